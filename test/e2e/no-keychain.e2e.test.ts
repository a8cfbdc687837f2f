/**
 * A fresh Linux machine with no desktop session: no Secret Service to reach. The browser host starts
 * a private, throwaway keyring for its own run, says so, and the app works: the rehearsal profile is
 * there and a ceremony can start with it.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CeremonyDriver } from './ceremony-driver';
import { launchBrowser, openApp, startHost, type HostProcess, type Session } from './harness';

let host: HostProcess;
let browser: Browser;
let session: Session;

beforeAll(async () => {
  // No session bus, and a runtime folder with none in it: libsecret finds no Secret Service.
  const { DBUS_SESSION_BUS_ADDRESS: _bus, ...rest } = process.env;
  const env = { ...rest, XDG_RUNTIME_DIR: mkdtempSync(path.join(os.tmpdir(), 'kc-no-bus-')) };
  host = await startHost(['--sandbox-auto-approve-ms', '250', '--sandbox-step-ms', '250'], undefined, env);
  browser = await launchBrowser();
  session = await openApp(browser, host);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('the browser host without a keychain', () => {
  it('says in one line that it uses a private, throwaway keyring', () => {
    const lines = host.output().split('\n');
    expect(
      lines.filter((l) =>
        l.startsWith('No system keychain was reachable, so this run uses a private, throwaway one'),
      ),
    ).toHaveLength(1);
    expect(host.output()).not.toContain('could not start');
  });

  it('has the rehearsal profile, and a KeyGen starts with it and reaches the vault step', async () => {
    const d = new CeremonyDriver(session.page, 'no-keychain');
    await d.start('Start: KeyGen');
    await d.waitStep('Vault');
    await d.chooseVault();
    await d.waitStep('Main Key');
    expect(session.consoleErrors).toEqual([]);
  });
});
