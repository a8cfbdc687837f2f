// @vitest-environment node
/** Starting the browser host inside a private keyring: what it runs, with what, and what it leaves. */
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  insidePrivateKeyring,
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

  it('answers null when the tools to make one are missing', async () => {
    const { spawner, calls } = fakeSpawner({ error: true });
    expect(await runInPrivateKeyring(['node'], {}, spawner)).toBeNull();
    expect(existsSync(calls[0]!.options.env!.HOME!)).toBe(false);
  });
});
