// @vitest-environment node
// A real Secret Service whose keyring is locked: a private D-Bus session with gnome-keyring started
// without unlocking. This file runs in its own process and points it at that session before keytar loads.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const home = mkdtempSync(path.join(os.tmpdir(), 'kc-locked-'));
const bus = spawn('dbus-daemon', ['--session', '--nofork', '--print-address'], {
  stdio: ['ignore', 'pipe', 'ignore'],
});
let address = '';

beforeAll(async () => {
  address = await new Promise<string>((resolve) =>
    bus.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim())),
  );
  const env = {
    ...process.env,
    DBUS_SESSION_BUS_ADDRESS: address,
    HOME: home,
    XDG_RUNTIME_DIR: home,
    XDG_DATA_HOME: home,
  };
  execFileSync('gnome-keyring-daemon', ['--components=secrets', '--start'], { env, stdio: 'ignore' });
  process.env.DBUS_SESSION_BUS_ADDRESS = address;
});

afterAll(() => {
  bus.kill();
  rmSync(home, { recursive: true, force: true });
});

describe('keychain locked', () => {
  it('gives the typed "locked" error and keeps nothing', async () => {
    const { createSecretStore } = await import('../../../main/keychain/secret-store');
    const store = createSecretStore(undefined, 'Key Ceremony tests (locked)');
    await expect(store.set('profile:x', 'a'.repeat(64))).rejects.toMatchObject({
      code: 'keychain.locked',
      message: 'The system keychain is locked.',
    });
    // Reading finds nothing in a locked keyring; the signer then says so (see profiles.test.ts).
    expect(await store.get('profile:x')).toBeNull();
  });
});
