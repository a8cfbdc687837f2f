/**
 * The browser host on a machine with no reachable Secret Service (a server, a container, an SSH
 * session): it runs itself again inside a private D-Bus session with its own unlocked GNOME Keyring,
 * as the tests do. The keyring lives in the data folder (`private-keyring/`, unlocked with a password
 * kept beside it), so a restart finds the profile's secret and the transcript key again and an open
 * ceremony can be followed to its end; only where that folder cannot be made is it a throwaway one,
 * gone when the run stops. The user's own keychain is never touched.
 *
 * A password beside the keyring protects nothing from someone who can read the data folder: they can use
 * the rehearsal profile's secret (offline sandbox only) and this folder's transcript key, and so sign
 * records as this rehearsal installation.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Set in the environment of the run inside the private keyring (so it never starts another). */
export const PRIVATE_KEYRING_ENV = 'KC_PRIVATE_KEYRING';
/** Set beside it when the keyring is kept in the data folder across restarts. */
export const KEPT_KEYRING_ENV = 'KC_PRIVATE_KEYRING_KEPT';

export const insidePrivateKeyring = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env[PRIVATE_KEYRING_ENV] === '1';
export const keyringKept = (env: NodeJS.ProcessEnv = process.env): boolean => env[KEPT_KEYRING_ENV] === '1';

/** The kept keyring's folder in a data folder. */
export const keptKeyringHome = (dataDir: string): string => path.join(dataDir, 'private-keyring');

/**
 * The kept keyring's folder and password, made on first use; null when the data folder cannot hold
 * them (the run then uses a throwaway keyring, and says so).
 */
export function keptKeyring(dataDir: string): { home: string; password: string } | null {
  const home = keptKeyringHome(dataDir);
  const file = path.join(home, 'keyring-password');
  try {
    mkdirSync(home, { recursive: true, mode: 0o700 });
    if (!existsSync(file))
      writeFileSync(file, randomBytes(24).toString('base64url'), { mode: 0o600, flag: 'wx' });
    return { home, password: readFileSync(file, 'utf8').trim() };
  } catch {
    return null;
  }
}

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
  kept: { home: string; password: string } | null = null,
): Promise<number | null> {
  // The daemon's sockets go in a short folder of this run's (a socket path has a length limit).
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'kc-private-keyring-'));
  const home = kept?.home ?? scratch;
  const runtimeDir = path.join(scratch, 'run');
  mkdirSync(runtimeDir, { mode: 0o700 });
  const child = spawner('dbus-run-session', ['--', 'sh', '-c', SCRIPT, 'sh', ...program], {
    stdio: 'inherit',
    // A process group of its own: a signal to this process reaches the host inside, not only the session.
    detached: true,
    env: {
      ...env,
      [PRIVATE_KEYRING_ENV]: '1',
      ...(kept ? { [KEPT_KEYRING_ENV]: '1' } : {}),
      KC_KEYRING_PASSWORD: kept?.password ?? randomBytes(24).toString('base64url'),
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
      // A kept keyring stays in the data folder; only this run's scratch goes.
      rmSync(scratch, { recursive: true, force: true });
      resolve(code);
    };
    child.once('error', () => done(null));
    child.once('exit', (code, signal) => done(code ?? (signal ? 0 : 1)));
  });
}
