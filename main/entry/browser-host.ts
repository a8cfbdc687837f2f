/**
 * `npm run start:browser`: the whole app without Electron. Starts the same services as Electron's main
 * (browser front end: offline sandbox only), serves the built renderer on 127.0.0.1 and prints the URL
 * with this run's token.
 *
 *   node out/main/browser-host.js [--port <n>] [--data-dir <dir>]
 *
 * With no Secret Service to reach (Linux without a desktop session), it runs itself inside a private
 * keyring kept in the data folder, or a throwaway one where that cannot be (see
 * browser-host/private-keyring.ts), and says which.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHostOptions } from '../browser-host/options';
import {
  insidePrivateKeyring,
  keptKeyring,
  keptKeyringHome,
  keyringKept,
  NO_KEYRING_TOOLS,
  runInPrivateKeyring,
} from '../browser-host/private-keyring';
import { isOver } from '../../common/ceremony/history';
import { startBrowserHost } from '../browser-host/server';
import { BROWSER_HOST_KEYCHAIN_SERVICE, createSecretStore, KeychainError } from '../keychain/secret-store';
import { startRuntime, type Runtime } from '../runtime';
import { localeFromEnvironment } from '../../common/i18n/locales';

const THROWAWAY_WARNING =
  'No system keychain is reachable, and the data folder cannot hold a private keyring: this run uses a throwaway one. Its secrets are gone when it stops, so a ceremony still open then can be neither followed nor cancelled after a restart. Give a data folder it can write (--data-dir) to keep them.';

/** At stop, with a throwaway keyring: the ceremonies still open, which its secrets leave stranded. */
async function openAtStop(runtime: Runtime, throwaway: boolean): Promise<void> {
  if (!throwaway) return;
  const { ceremonies } = await runtime.services.ceremonies.list(0).catch(() => ({ ceremonies: [] }));
  const open = ceremonies.filter((c) => !isOver(c.phase)).length;
  if (open)
    process.stdout.write(
      `${open} ${open === 1 ? 'ceremony is' : 'ceremonies are'} still open. This run's keyring goes with it: after a restart ${open === 1 ? 'it' : 'they'} can only be abandoned on the record.\n`,
    );
}

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
  const inside = insidePrivateKeyring();
  if (!inside && process.platform === 'linux' && (await keychainUnavailable())) {
    const kept = keptKeyring(options.dataDir);
    if (!kept) process.stdout.write(`${THROWAWAY_WARNING}\n`);
    const code = await runInPrivateKeyring(
      [process.execPath, ...process.execArgv, process.argv[1] ?? '', ...args],
      process.env,
      undefined,
      kept,
    );
    if (code !== null) process.exit(code);
    // Without the tools, go on: the app itself says the keychain is not available, and what to do.
    process.stdout.write(`${NO_KEYRING_TOOLS}\n`);
  }
  const { port, sandboxSettings } = options;
  // A throwaway keychain's secrets are gone after this run, so by default its data goes with them.
  const throwaway = inside && !keyringKept();
  const dataDir =
    throwaway && !options.dataDirGiven
      ? mkdtempSync(path.join(os.tmpdir(), 'kc-browser-host-'))
      : options.dataDir;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (inside && !throwaway)
    process.stdout.write(
      `No system keychain was reachable, so this run keeps its secrets in a private keyring in the data folder (${keptKeyringHome(dataDir)}): a restart finds them again. It is unlocked with a password kept beside it: whoever can read the data folder can use the rehearsal profile's secret and sign records as this installation, so keep the folder as private as the records.\n`,
    );
  if (throwaway)
    process.stdout.write(
      `No system keychain was reachable, so this run uses a private, throwaway one: its secrets${dataDir === options.dataDir ? '' : ' and its rehearsal data'} are gone when it stops, and a ceremony still open then can be neither followed nor cancelled after a restart.\n`,
    );
  const runtime = await startRuntime({
    frontEnd: 'browser',
    dataDir,
    sandboxSettings,
    // The host has no window to ask: its system's language is the one its environment names.
    systemLocale: localeFromEnvironment(process.env),
  });
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
    void openAtStop(runtime, throwaway)
      .then(() => Promise.all([host.close(), runtime.close()]))
      .then(() => {
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
