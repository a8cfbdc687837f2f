/**
 * `npm run start:browser`: the whole app without Electron. Starts the same services as Electron's main
 * (browser front end: offline sandbox only), serves the built renderer on 127.0.0.1 and prints the URL
 * with this run's token.
 *
 *   node out/main/browser-host.js [--port <n>] [--data-dir <dir>]
 */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHostOptions } from '../browser-host/options';
import { startBrowserHost } from '../browser-host/server';
import { startRuntime } from '../runtime';

const here = path.dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const { port, dataDir, sandboxSettings } = parseHostOptions(process.argv.slice(2));
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
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
