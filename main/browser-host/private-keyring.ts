/**
 * The browser host on a machine with no reachable Secret Service (a server, a container, an SSH
 * session): it runs itself again inside a private D-Bus session with a throwaway, unlocked GNOME
 * Keyring, as the tests do. Its secrets, and by default its rehearsal data, go when it stops; the
 * user's own keychain is never touched.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Set in the environment of the run inside the private keyring (so it never starts another). */
export const PRIVATE_KEYRING_ENV = 'KC_PRIVATE_KEYRING';

export const insidePrivateKeyring = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env[PRIVATE_KEYRING_ENV] === '1';

// The password unlocks a keyring that lives in a temporary folder for one run; it reaches the
// daemon on its standard input, never on a command line.
const SCRIPT =
  'printf %s "$KC_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && unset KC_KEYRING_PASSWORD && exec "$@"';

export const NO_KEYRING_TOOLS =
  'No system keychain is reachable, and no private one can be started: dbus-run-session and gnome-keyring-daemon are needed (on Debian or Ubuntu: sudo apt-get install dbus gnome-keyring).';

export type Spawner = (command: string, args: string[], options: SpawnOptions) => ChildProcess;

/**
 * Runs `program` (this Node and its arguments) inside a private keyring; resolves with its exit code,
 * or null when the tools to make one are missing.
 */
export function runInPrivateKeyring(
  program: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  spawner: Spawner = spawn,
): Promise<number | null> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'kc-private-keyring-'));
  const runtimeDir = path.join(home, 'run');
  mkdirSync(runtimeDir, { mode: 0o700 });
  const child = spawner('dbus-run-session', ['--', 'sh', '-c', SCRIPT, 'sh', ...program], {
    stdio: 'inherit',
    // A process group of its own: a signal to this process reaches the host inside, not only the session.
    detached: true,
    env: {
      ...env,
      [PRIVATE_KEYRING_ENV]: '1',
      KC_KEYRING_PASSWORD: randomBytes(24).toString('base64url'),
      HOME: home,
      XDG_DATA_HOME: path.join(home, 'data'),
      XDG_RUNTIME_DIR: runtimeDir,
    },
  });
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const forward = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      child.kill(signal);
    }
  };
  for (const signal of signals) process.on(signal, forward);
  return new Promise((resolve) => {
    const done = (code: number | null) => {
      for (const signal of signals) process.off(signal, forward);
      rmSync(home, { recursive: true, force: true });
      resolve(code);
    };
    child.once('error', () => done(null));
    child.once('exit', (code, signal) => done(code ?? (signal ? 0 : 1)));
  });
}
