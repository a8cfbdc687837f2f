/**
 * The OS keychain, through keytar (the only module that touches it: keytar's repository is archived,
 * so it stays behind this one file). One fixed service name for the app, one account per secret.
 * When the keychain is missing, locked or refuses, callers get a typed error and nothing else happens:
 * there is no fallback to a file, an environment variable or memory.
 */
import { said, type MessageKey } from '../../common/i18n/translate';
import type { ErrorPayload } from '../../common/contract';
import { AppError, saidPayload } from '../app-error';
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
    super(
      `keychain.${problem}`,
      said(KEYCHAIN_MESSAGES[problem].message),
      said(KEYCHAIN_MESSAGES[problem].hint),
    );
    this.name = 'KeychainError';
  }
}

const KEYCHAIN_MESSAGES: Record<KeychainProblem, { message: MessageKey; hint: MessageKey }> = {
  unavailable: { message: 'errorsMore.keychain.unavailable', hint: 'errorsMore.keychain.unavailableHint' },
  locked: { message: 'errorsMore.keychain.locked', hint: 'errorsMore.keychain.lockedHint' },
  denied: { message: 'errorsMore.keychain.denied', hint: 'errorsMore.keychain.deniedHint' },
  failed: { message: 'errorsMore.keychain.failed', hint: 'errorsMore.keychain.failedHint' },
};

/**
 * The keychain's state as the first screen says it: what it means for the app, and what to do. Unlike
 * a failed operation's message, this is said before anything was tried.
 */
export function keychainStatusProblem(error: KeychainError): ErrorPayload {
  const byProblem: Record<KeychainProblem, { message: MessageKey; hint: MessageKey }> = {
    unavailable: {
      message: 'errorsMore.keychainStatus.unavailable',
      hint: 'errorsMore.keychainStatus.unavailableHint',
    },
    locked: { message: 'errorsMore.keychainStatus.locked', hint: 'errorsMore.keychainStatus.lockedHint' },
    denied: { message: 'errorsMore.keychainStatus.denied', hint: 'errorsMore.keychainStatus.deniedHint' },
    failed: { message: 'errorsMore.keychainStatus.failed', hint: 'errorsMore.keychainStatus.failedHint' },
  };
  const words = byProblem[error.problem];
  return saidPayload(error.code, said(words.message), said(words.hint));
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
