/**
 * A fresh Linux machine with no desktop session: no Secret Service to reach. The browser host starts
 * a private keyring kept in its data folder, says so, and the app works. The headless restart story:
 * start, begin a KeyGen, stop while the request waits for its holders, start again — the profile's
 * secret and the transcript key are still there, and the ceremony is followed to its end.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CeremonyDriver, resumeFromList, sendKeyGen } from './ceremony-driver';
import { launchBrowser, openApp, startHost, type HostProcess, type Session } from './harness';

let host: HostProcess;
let browser: Browser;
let session: Session;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kc-headless-'));
// No session bus, and a runtime folder with none in it: libsecret finds no Secret Service.
const { DBUS_SESSION_BUS_ADDRESS: _bus, ...rest } = process.env;
const env = { ...rest, XDG_RUNTIME_DIR: mkdtempSync(path.join(os.tmpdir(), 'kc-no-bus-')) };
const start = () => startHost(['--sandbox-auto-approve-ms', '250', '--sandbox-step-ms', '250'], dataDir, env);

beforeAll(async () => {
  host = await start();
  browser = await launchBrowser();
  session = await openApp(browser, host);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the browser host without a keychain', () => {
  it('says in one line that it keeps its secrets in a private keyring in the data folder', () => {
    const lines = host.output().split('\n');
    expect(
      lines.filter((l) =>
        l.startsWith(
          `No system keychain was reachable, so this run keeps its secrets in a private keyring in the data folder (${path.join(dataDir, 'private-keyring')}): a restart finds them again.`,
        ),
      ),
    ).toHaveLength(1);
    expect(host.output()).not.toContain('throwaway');
    expect(existsSync(path.join(dataDir, 'private-keyring', 'data', 'keyrings'))).toBe(true);
  });

  it('follows a KeyGen begun before a restart to its end after it', async () => {
    // The phones wait to be played, so the request is still waiting when the host stops.
    expect((await host.control('POST', '/settings', { manual_approval: true })).status).toBe(201);
    const d = await sendKeyGen(session.page, 'headless-restart');
    await d.waitStatus('PendingKeyHolderConfirmation');
    const fingerprintBefore = await session.page.evaluate(async () => {
      const api = window.keyCeremony as unknown as {
        invoke: Record<string, (i: object) => Promise<{ ok: boolean; value?: { fingerprint: string } }>>;
      };
      return (await api.invoke['app.installationKey']!({})).value?.fingerprint;
    });

    await session.context.close();
    await host.stop('SIGINT');
    host = await start();
    session = await openApp(browser, host);
    // Manual approval was kept across the restart: nobody has played the phones yet.
    await resumeFromList(session.page, 'KeyGen');
    const after = new CeremonyDriver(session.page, 'headless-restart-after');
    await after.waitStep('Live status');
    await after.waitStatus('PendingKeyHolderConfirmation');
    expect((await host.control('POST', '/settings', { manual_approval: false })).status).toBe(201);
    await after.waitStatus('Success');
    await after.reachVerify();
    await after.verifyAndClose();
    const fingerprintAfter = await session.page.evaluate(async () => {
      const api = window.keyCeremony as unknown as {
        invoke: Record<string, (i: object) => Promise<{ ok: boolean; value?: { fingerprint: string } }>>;
      };
      return (await api.invoke['app.installationKey']!({})).value?.fingerprint;
    });
    expect(fingerprintAfter).toBe(fingerprintBefore);
    expect(session.consoleErrors).toEqual([]);
  });
});
