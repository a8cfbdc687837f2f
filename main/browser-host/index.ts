/**
 * `npm run start:browser`: the whole app without Electron. Starts the same services as Electron's main
 * (browser front end: offline sandbox only), serves the built renderer on 127.0.0.1 and prints the URL
 * with this run's token.
 *
 *   node out/main/browser-host.js [--port <n>] [--data-dir <dir>]
 */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startRuntime } from '../services';
import { startBrowserHost } from './server';

const here = path.dirname(fileURLToPath(import.meta.url));

function defaultDataDir(): string {
  const base = process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config');
  return path.join(base, 'key-ceremony-browser-host');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
      // Rehearsals and tests may make the simulated holders quicker or slower.
      'sandbox-auto-approve-ms': { type: 'string' },
      'sandbox-step-ms': { type: 'string' },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535 (got "${values.port}")`);
  }
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });

  const ms = (name: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0 || n > 600_000)
      throw new Error(`--${name} must be a whole number of milliseconds (got "${value}")`);
    return n;
  };
  const sandboxSettings = {
    ...(values['sandbox-auto-approve-ms'] !== undefined
      ? { autoApproveMs: ms('sandbox-auto-approve-ms', values['sandbox-auto-approve-ms']) }
      : {}),
    ...(values['sandbox-step-ms'] !== undefined
      ? { stepMs: ms('sandbox-step-ms', values['sandbox-step-ms']) }
      : {}),
  };
  const runtime = await startRuntime({ frontEnd: 'browser', dataDir, sandboxSettings });
  const host = await startBrowserHost({
    dispatch: runtime.dispatch,
    events: runtime.services.events,
    rendererDir: path.join(here, '../renderer'),
    bridgeScript: await readFile(path.join(here, '../browser-bridge/bridge.js'), 'utf8'),
    port,
  });
  process.stdout.write(`Key Ceremony browser host (offline sandbox only), data in ${dataDir}\n`);
  process.stdout.write(`open ${host.url}\n`);
  if (runtime.services.sandbox) {
    // For rehearsal scripts and tests: the embedded sandbox's control API (token-protected, loopback only).
    process.stdout.write(
      `offline sandbox control: ${runtime.services.sandbox.controlUrl} token ${runtime.services.sandbox.controlToken}\n`,
    );
  }

  const stop = () => {
    void Promise.all([host.close(), runtime.close()]).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Key Ceremony browser host could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
