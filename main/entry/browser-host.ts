/**
 * `npm run start:browser`: the whole app without Electron. Starts the same services as Electron's main
 * (browser front end: offline sandbox only), serves the built renderer on 127.0.0.1 and prints the URL
 * with this run's token.
 *
 *   node out/main/browser-host.js [--port <n>] [--data-dir <dir>]
 *
 * With no Secret Service to reach (Linux without a desktop session), it runs itself inside a private,
 * throwaway keyring (see browser-host/private-keyring.ts) and says so.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHostOptions } from '../browser-host/options';
import { insidePrivateKeyring, NO_KEYRING_TOOLS, runInPrivateKeyring } from '../browser-host/private-keyring';
import { startBrowserHost } from '../browser-host/server';
import { BROWSER_HOST_KEYCHAIN_SERVICE, createSecretStore, KeychainError } from '../keychain/secret-store';
import { startRuntime } from '../runtime';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Whether the Secret Service answers; only "not available" sends the host into a private keyring. */
async function keychainUnavailable(): Promise<boolean> {
  try {
    await createSecretStore(undefined, BROWSER_HOST_KEYCHAIN_SERVICE).get('probe');
    return false;
  } catch (error) {
    return error instanceof KeychainError && error.problem === 'unavailable';
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const options = parseHostOptions(args);
  const throwaway = insidePrivateKeyring();
  if (!throwaway && process.platform === 'linux' && (await keychainUnavailable())) {
    const code = await runInPrivateKeyring([
      process.execPath,
      ...process.execArgv,
      process.argv[1] ?? '',
      ...args,
    ]);
    if (code !== null) process.exit(code);
    // Without the tools, go on: the app itself says the keychain is not available, and what to do.
    process.stdout.write(`${NO_KEYRING_TOOLS}\n`);
  }
  const { port, sandboxSettings } = options;
  // A throwaway keychain's secrets are gone after this run, so by default its data goes with them.
  const dataDir =
    throwaway && !options.dataDirGiven
      ? mkdtempSync(path.join(os.tmpdir(), 'kc-browser-host-'))
      : options.dataDir;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (throwaway)
    process.stdout.write(
      `No system keychain was reachable, so this run uses a private, throwaway one: its secrets${dataDir === options.dataDir ? '' : ' and its rehearsal data'} are gone when it stops.\n`,
    );
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
    void Promise.all([host.close(), runtime.close()]).then(() => {
      if (throwaway && dataDir !== options.dataDir) rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    });
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
