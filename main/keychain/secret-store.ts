/**
 * The OS keychain, through keytar (the only module that touches it: keytar's repository is archived,
 * so it stays behind this one file). One fixed service name for the app, one account per secret.
 * When the keychain is missing, locked or refuses, callers get a typed error and nothing else happens:
 * there is no fallback to a file, an environment variable or memory.
 */
import { AppError } from '../app-error';
import { log } from '../log';

export const KEYCHAIN_SERVICE = 'Key Ceremony';
/**
 * The browser host's own service name: its secrets never share the desktop app's entries, so its
 * "offline sandbox only" rule does not rest on what profiles.json says a profile is.
 */
export const BROWSER_HOST_KEYCHAIN_SERVICE = 'Key Ceremony (browser host)';

export const keychainServiceFor = (frontEnd: 'electron' | 'browser'): string =>
  frontEnd === 'browser' ? BROWSER_HOST_KEYCHAIN_SERVICE : KEYCHAIN_SERVICE;

export interface KeytarLike {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

export type KeychainProblem = 'unavailable' | 'locked' | 'denied' | 'failed';

export class KeychainError extends AppError {
  constructor(readonly problem: KeychainProblem) {
    super(`keychain.${problem}`, KEYCHAIN_MESSAGES[problem].message, KEYCHAIN_MESSAGES[problem].hint);
    this.name = 'KeychainError';
  }
}

const KEYCHAIN_MESSAGES: Record<KeychainProblem, { message: string; hint: string }> = {
  unavailable: {
    message: 'The system keychain is not available, so the API secret cannot be stored or used.',
    hint: 'Log in to a desktop session with a keychain (on Linux, install and start a Secret Service such as GNOME Keyring), then try again. Nothing was saved.',
  },
  locked: {
    message: 'The system keychain is locked.',
    hint: 'Unlock your keychain (log in again or unlock it in your keyring manager), then try again. Nothing was saved.',
  },
  denied: {
    message: 'The system keychain refused access to Key Ceremony.',
    hint: 'Allow Key Ceremony to use the keychain when your system asks, then try again. Nothing was saved.',
  },
  failed: {
    message: 'The system keychain failed to complete the operation.',
    hint: 'Try again. If it keeps failing, restart your keychain service or log out and in again. Nothing was saved.',
  },
};

/**
 * The keychain's state as the first screen says it: what it means for the app, and what to do. Unlike
 * a failed operation's message, this is said before anything was tried.
 */
export function keychainStatusProblem(error: KeychainError): { code: string; message: string; hint: string } {
  const unusable = 'so no profile can sign a request and none can be created.';
  const byProblem: Record<KeychainProblem, { message: string; hint: string }> = {
    unavailable: {
      message: `The system keychain is not available, ${unusable}`,
      hint: 'Install and start the system keychain (on Linux, a Secret Service such as GNOME Keyring, in a desktop session you are logged in to), then restart Key Ceremony.',
    },
    locked: {
      message: `The system keychain is locked, ${unusable}`,
      hint: 'Unlock it (log in again, or unlock it in your keyring manager), then come back to this screen.',
    },
    denied: {
      message: `The system keychain refuses Key Ceremony, ${unusable}`,
      hint: 'Allow Key Ceremony to use the keychain when your system asks, then come back to this screen.',
    },
    failed: {
      message: `The system keychain did not answer, ${unusable}`,
      hint: 'Restart your keychain service, or log out and in again, then restart Key Ceremony.',
    },
  };
  return { code: error.code, ...byProblem[error.problem] };
}

/**
 * Sorts a keytar failure by what the officer can do about it. The messages are the real ones from
 * libsecret, macOS Keychain and Windows Credential Manager.
 */
export function classifyKeychainError(error: unknown): KeychainProblem {
  const text = error instanceof Error ? error.message : String(error);
  if (
    /autolaunch D-Bus|DBUS_SESSION_BUS_ADDRESS|was not provided by any \.service files|org\.freedesktop\.secrets|No such interface|Failed to connect|ServiceUnknown|not available/i.test(
      text,
    )
  ) {
    return 'unavailable';
  }
  if (
    /collection\/login|is locked|locked collection|Cannot create an item in a locked|unlock|interaction is not allowed|User interaction/i.test(
      text,
    )
  ) {
    return 'locked';
  }
  if (/denied|not permitted|authorization|cancel|dismissed|errSecAuthFailed/i.test(text)) return 'denied';
  return 'failed';
}

export interface SecretStore {
  set(account: string, secret: string): Promise<void>;
  /** Main process only: the secret never leaves it. */
  get(account: string): Promise<string | null>;
  delete(account: string): Promise<boolean>;
}

async function loadKeytar(): Promise<KeytarLike> {
  const mod = (await import('keytar')) as unknown as KeytarLike & { default?: KeytarLike };
  return mod.default ?? mod;
}

export function createSecretStore(
  keytar: Promise<KeytarLike> | KeytarLike = loadKeytar(),
  service = KEYCHAIN_SERVICE,
): SecretStore {
  // A module that fails to load is reported at first use as "keychain not available"; until then its
  // rejection must not count as unhandled, which would stop the process.
  if (keytar instanceof Promise) keytar.catch(() => undefined);
  const guarded = async <T>(operation: string, run: (k: KeytarLike) => Promise<T>): Promise<T> => {
    let k: KeytarLike;
    try {
      k = await keytar;
    } catch {
      log.error('keychain.module_missing', { operation });
      throw new KeychainError('unavailable');
    }
    try {
      return await run(k);
    } catch (error) {
      const problem = classifyKeychainError(error);
      // Only the classification is logged: a keychain's message could in principle echo an argument.
      log.warn('keychain.failed', { operation, problem });
      throw new KeychainError(problem);
    }
  };
  return {
    set: (account, secret) => guarded('set', (k) => k.setPassword(service, account, secret)),
    get: (account) => guarded('get', (k) => k.getPassword(service, account)),
    delete: (account) => guarded('delete', (k) => k.deletePassword(service, account)),
  };
}
