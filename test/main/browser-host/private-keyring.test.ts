// @vitest-environment node
/** Starting the browser host inside a private keyring: what it runs, with what, and what it leaves. */
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  insidePrivateKeyring,
  keptKeyring,
  keyringKept,
  PRIVATE_KEYRING_ENV,
  runInPrivateKeyring,
} from '../../../main/browser-host/private-keyring';

function fakeSpawner(outcome: { exit?: number; error?: boolean }) {
  const calls: Array<{ command: string; args: string[]; options: SpawnOptions }> = [];
  const spawner = (command: string, args: string[], options: SpawnOptions) => {
    calls.push({ command, args, options });
    const child = Object.assign(new EventEmitter(), { pid: undefined, kill: () => true });
    setTimeout(() => {
      if (outcome.error) child.emit('error', Object.assign(new Error('spawn'), { code: 'ENOENT' }));
      else child.emit('exit', outcome.exit ?? 0, null);
    }, 5);
    return child as unknown as ChildProcess;
  };
  return { calls, spawner };
}

describe('the private keyring', () => {
  it('runs the program in a private D-Bus session with an unlocked throwaway keyring, and passes on its exit code', async () => {
    const { calls, spawner } = fakeSpawner({ exit: 3 });
    const code = await runInPrivateKeyring(
      ['/usr/bin/node', 'host.js', '--port', '1'],
      { PATH: '/bin' },
      spawner,
    );
    expect(code).toBe(3);
    const [call] = calls;
    expect(call!.command).toBe('dbus-run-session');
    expect(call!.args.slice(0, 3)).toEqual(['--', 'sh', '-c']);
    expect(call!.args.slice(-4)).toEqual(['/usr/bin/node', 'host.js', '--port', '1']);
    const env = call!.options.env!;
    expect(env[PRIVATE_KEYRING_ENV]).toBe('1');
    expect(env.PATH).toBe('/bin');
    // The password unlocks the keyring through standard input, never on a command line.
    expect(env.KC_KEYRING_PASSWORD).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(call!.args.join(' ')).not.toContain(env.KC_KEYRING_PASSWORD!);
    // Its folder is gone once the run ends.
    expect(existsSync(env.HOME!)).toBe(false);
    expect(env.XDG_DATA_HOME!.startsWith(env.HOME!)).toBe(true);
    expect(insidePrivateKeyring(env)).toBe(true);
    expect(insidePrivateKeyring({})).toBe(false);
  });

  it('keeps the keyring in the data folder, with its password beside it, across runs', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kc-kept-'));
    try {
      const kept = keptKeyring(dataDir)!;
      expect(kept.home).toBe(path.join(dataDir, 'private-keyring'));
      expect(statSync(kept.home).mode & 0o777).toBe(0o700);
      const passwordFile = path.join(kept.home, 'keyring-password');
      expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
      // The same password on the next start: the keyring it unlocks is the one written before.
      expect(keptKeyring(dataDir)).toEqual(kept);
      const { calls, spawner } = fakeSpawner({ exit: 0 });
      await runInPrivateKeyring(['node'], {}, spawner, kept);
      const env = calls[0]!.options.env!;
      expect(env.HOME).toBe(kept.home);
      expect(env.KC_KEYRING_PASSWORD).toBe(kept.password);
      expect(keyringKept(env)).toBe(true);
      expect(existsSync(path.join(kept.home, 'keyring-password'))).toBe(true);
      // The daemon's sockets stay in a short folder of the run's own, gone after it.
      expect(env.XDG_RUNTIME_DIR!.startsWith(kept.home)).toBe(false);
      expect(existsSync(env.XDG_RUNTIME_DIR!)).toBe(false);
      // A data folder that cannot hold it (a file in its place): none, and the run says so.
      writeFileSync(path.join(dataDir, 'a-file'), '');
      expect(keptKeyring(path.join(dataDir, 'a-file'))).toBeNull();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('answers null when the tools to make one are missing', async () => {
    const { spawner, calls } = fakeSpawner({ error: true });
    expect(await runInPrivateKeyring(['node'], {}, spawner)).toBeNull();
    expect(existsSync(calls[0]!.options.env!.HOME!)).toBe(false);
  });
});
