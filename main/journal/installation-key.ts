/**
 * This installation's record-signing key: an Ed25519 key made once, on first use, and kept in the OS
 * keychain under an account of its own data folder. It signs every journal entry and every
 * transcript; its public key and fingerprint go into both.
 *
 * Which keys are this installation's is its key history (key-history.ts, in `installation-keys.json`):
 * statements signed by the keys themselves and ending with the key the keychain holds, so a file
 * edited, swapped or rolled back is found out, not believed. The key is never silently replaced: if
 * the keychain loses it the app says so, and a new key is made only when the officer asks, says why
 * and types the confirmation; the old key signs the new key's introduction whenever it is present.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { KeyOwner } from '../../common/contract';
import { fingerprintOfHexKey, normalFingerprint, replaceConfirmation } from '../../common/fingerprint';
import type { Said } from '../../common/i18n/said';
import { said } from '../../common/i18n/translate';
import { AppError } from '../app-error';
import { log } from '../log';
import type { SecretStore } from '../keychain/secret-store';
import { newSecret, publicKeyOf, signerFromSecret, type Signer } from './ed25519';
import {
  adoptLegacy,
  firstStatement,
  historyStore,
  interrupted,
  LEGACY_ACCOUNT,
  readAgainst,
  statementsOf,
} from './key-history-store';
import { introduce, type HistoryReading, type KeyStatement, type KnownKey } from './key-history';

/**
 * The keychain account of a data folder's key: two data folders never sign with one key. It is named by
 * an id kept in the folder (`installation-id`, made on first use), so a folder moved or restored
 * elsewhere keeps its key; an id edited to point at another folder's key is found out by the key
 * history, which must end with the key the keychain holds.
 */
export function installationAccount(dataDir: string): string {
  const file = path.join(dataDir, 'installation-id');
  let id = '';
  try {
    id = readFileSync(file, 'utf8').trim();
  } catch {
    // None yet: made below.
  }
  if (!/^[0-9a-f]{32}$/.test(id)) {
    id = randomBytes(16).toString('hex');
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(file, `${id}\n`, { mode: 0o600 });
  }
  return `${LEGACY_ACCOUNT}:${id}`;
}

export const keyMissing = (fingerprint: string) =>
  new AppError(
    'installation.key_missing',
    said('errors.installation.keyMissing', { fingerprint }),
    said('errors.installation.keyMissingHint'),
  );

/** Why the officer replaces the key, and the words they typed to confirm it. */
export interface Replacement {
  readonly reason: 'lost' | 'compromised';
  readonly confirm: string;
}

const refused = (code: string, message: Said, hint: Said) =>
  new AppError(`installation.${code}`, message, hint);

/** Holds a replacement to its rules; the current key's fingerprint when it may go ahead. */
function checkReplacement(request: Replacement, present: boolean, current: string): void {
  if (present && request.reason === 'lost')
    throw refused(
      'key_present',
      said('errors.installation.keyPresent', { fingerprint: current }),
      said('errors.installation.keyPresentHint'),
    );
  if (!present && request.reason === 'compromised')
    throw refused(
      'key_absent',
      said('errors.installation.keyAbsent', { fingerprint: current }),
      said('errors.installation.keyAbsentHint'),
    );
  if (request.confirm.trim().toLowerCase() !== replaceConfirmation(current).toLowerCase())
    throw refused(
      'confirm_mismatch',
      said('errors.installation.confirmMismatch'),
      said('errors.installation.confirmMismatchHint', { confirmation: replaceConfirmation(current) }),
    );
}

const missingWithDamagedHistory = () =>
  refused(
    'history_damaged',
    said('errors.installation.missingWithDamagedHistory'),
    said('errors.installation.missingWithDamagedHistoryHint'),
  );

const historyDamaged = (problem: Said) =>
  refused(
    'history_damaged',
    said('errors.installation.historyDamaged', { problem }),
    said('errors.installation.historyDamagedHint'),
  );

const publicKeyIn = (secret: string | null): string | null => (secret ? publicKeyOf(secret) : null);

/** Whose a key is among the keys of a history, and how that is known. */
function knownIn(
  keys: readonly KnownKey[],
  fingerprint: string,
): { owner: KeyOwner; how: string | null; howSaid: Said | null } {
  const at = keys.findIndex((k) => normalFingerprint(k.fingerprint) === normalFingerprint(fingerprint));
  const key = keys[at];
  if (!key) return { owner: 'unknown', how: null, howSaid: null };
  const how = { how: key.how, howSaid: key.howSaid };
  if (key.standing !== 'attested') return { owner: 'unattested', ...how };
  return { owner: at === keys.length - 1 ? 'this-installation' : 'previous-key', ...how };
}

/**
 * The writes of a replacement: the history first, then the new key; a keychain that refuses the key
 * leaves the old key and the old history (and a stop in between is undone at the next start).
 */
async function writeReplacement(
  store: ReturnType<typeof historyStore>,
  storeKey: (secretHex: string) => Promise<void>,
  statements: KeyStatement[],
  next: KeyStatement,
  secretHex: string,
): Promise<void> {
  await store.write([...statements, next]);
  try {
    await storeKey(secretHex);
  } catch (error) {
    await store.write(statements).catch(() => undefined);
    throw error;
  }
}

export function createInstallationKey(secrets: SecretStore, historyFile?: string, account = LEGACY_ACCOUNT) {
  const store = historyStore(historyFile, secrets, `${account}:key-history`);
  let pending: Promise<string> | null = null;

  async function load(): Promise<string> {
    const text = await store.read();
    const existing = (await secrets.get(account)) ?? (await adoptLegacy(secrets, account, text));
    if (existing) {
      const undone = interrupted(text, publicKeyOf(existing));
      if (undone) {
        log.warn('installation.replacement_undone');
        await store.write(undone);
      }
      // A first key, or an older version's list: the history starts here, unless the keychain remembers
      // one (then it was removed or replaced: reported, never written over). Any other history is held
      // to this key when it is read.
      const first = (await store.mark()) === null ? firstStatement(text, signerFromSecret(existing)) : null;
      if (first) await store.write([first]);
      return existing;
    }
    const last = statementsOf(text)?.at(-1);
    if (last) throw keyMissing(fingerprintOfHexKey(last.key));
    if (text !== null) throw missingWithDamagedHistory();
    // The keychain first: a keychain that refuses leaves no history naming a key it never held.
    const secretHex = newSecret();
    await secrets.set(account, secretHex);
    await store.write([introduce([], signerFromSecret(secretHex), 'first')]);
    return secretHex;
  }

  /** One load at a time: first uses that race make one key, not several. */
  function secret(): Promise<string> {
    pending ??= load().finally(() => {
      pending = null;
    });
    return pending;
  }

  // The key as a signer, kept once read: every journal entry is signed with it, and a keychain read
  // per entry would cost more than the fsync. Replacing the key clears it.
  let signing: Promise<Signer> | null = null;
  function signer(): Promise<Signer> {
    signing ??= secret().then(signerFromSecret);
    signing.catch(() => {
      signing = null;
    });
    return signing;
  }

  const currentPublicKey = async (): Promise<string | null> => publicKeyIn(await secrets.get(account));

  /** The key history as it reads against the keychain's key (unanchored when the keychain cannot be read). */
  const history = async (): Promise<HistoryReading> =>
    readAgainst(await store.read(), await currentPublicKey().catch(() => null), await store.mark());

  const known = async (fingerprint: string) => knownIn((await history()).keys, fingerprint);

  async function replace(request: Replacement) {
    await pending?.catch(() => undefined);
    const text = await store.read();
    const statements = statementsOf(text);
    const reading = await history();
    const last = statements?.at(-1);
    if (!statements || !last || reading.problem)
      throw historyDamaged(reading.problemSaid ?? said('records.load.unreadable'));
    const present = await secrets.get(account);
    const current = fingerprintOfHexKey(present ? publicKeyOf(present) : last.key);
    checkReplacement(request, present !== null, current);
    const secretHex = newSecret();
    const next = introduce(statements, signerFromSecret(secretHex), request.reason, {
      replacedSigner: present ? signerFromSecret(present) : undefined,
    });
    await writeReplacement(store, (secret) => secrets.set(account, secret), statements, next, secretHex);
    // A signer read meanwhile (a journal entry written during the replacement) was the old key's.
    signing = null;
    const publicKey = publicKeyOf(secretHex);
    return {
      publicKey,
      fingerprint: fingerprintOfHexKey(publicKey),
      previousFingerprint: current,
      attested: next.sig_replaced !== null,
    };
  }

  return {
    /** Main process only: signs journal entries and transcripts; the secret stays inside. */
    signer,
    async publicInfo(): Promise<{ publicKey: string; fingerprint: string }> {
      const { publicKey } = await signer();
      return { publicKey, fingerprint: fingerprintOfHexKey(publicKey) };
    },
    /** The public key of the secret the keychain holds now, or null: a look that never makes a key. */
    currentPublicKey,
    history,
    /** The statements a transcript carries, so an auditor can follow signed introductions; empty if unproven. */
    async statements(): Promise<KeyStatement[]> {
      return (await history()).problem ? [] : (statementsOf(await store.read()) ?? []);
    },
    /** The keychain's high-water mark of the record index (record-index.ts), beside the key it is signed with. */
    readMark: () => secrets.get(`${account}:record-index`),
    writeMark: (mark: string) => secrets.set(`${account}:record-index`, mark),
    /**
     * Where a key stands in the signed history (0 for the first), or -1 for one not in it (a key only
     * an older version's list named counts as not in it): a journal's signers must follow this order.
     */
    async order(fingerprint: string): Promise<number> {
      const keys = (await history()).keys.filter((k) => k.standing !== 'listed-unsigned');
      return keys.findIndex((k) => normalFingerprint(k.fingerprint) === normalFingerprint(fingerprint));
    },
    /** Whose key a fingerprint is, and how that is known. */
    known,
    async whose(fingerprint: string): Promise<KeyOwner> {
      return (await known(fingerprint)).owner;
    },
    /** A new key, deliberately: refused for a present key unless believed compromised, and never unconfirmed. */
    replace,
  };
}

export type InstallationKey = ReturnType<typeof createInstallationKey>;
