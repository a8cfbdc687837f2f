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
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { KeyOwner } from '../../common/contract';
import { fingerprintOfHexKey, normalFingerprint, replaceConfirmation } from '../../common/fingerprint';
import { AppError } from '../app-error';
import { log } from '../log';
import type { SecretStore } from '../keychain/secret-store';
import { readTextIfExists, writeFileAtomic } from '../storage/atomic-file';
import { newSecret, publicKeyOf, signerFromSecret, type Signer } from './ed25519';
import {
  historyHead,
  introduce,
  KEY_HISTORY_FORMAT,
  readKeyHistory,
  type HistoryReading,
  type KeyStatement,
  type KnownKey,
} from './key-history';

/** The account every data folder shared before each had its own; a folder whose history names its key adopts it. */
const LEGACY_ACCOUNT = 'installation:transcript-signing-key';

/** The keychain account of a data folder's key: two data folders never sign with one key. */
export const installationAccount = (dataDir: string): string =>
  `${LEGACY_ACCOUNT}:${createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16)}`;

/** The unsigned list an older version of the app kept: read once, to carry its keys into sight. */
const LegacyList = z.object({ keys: z.array(z.object({ publicKey: z.string().regex(/^[0-9a-f]{64}$/) })) });

export const keyMissing = (fingerprint: string) =>
  new AppError(
    'installation.key_missing',
    `This installation's transcript key (${fingerprint}) is missing from the system keychain.`,
    'If the keychain is locked, unlock it and try again. If the key is lost, make a new one on the About screen: transcripts signed before still verify, and the new key is recorded as made after a loss.',
  );

/** Why the officer replaces the key, and the words they typed to confirm it. */
export interface Replacement {
  readonly reason: 'lost' | 'compromised';
  readonly confirm: string;
}

const refused = (code: string, message: string, hint: string) =>
  new AppError(`installation.${code}`, message, hint);

const parse = (text: string | null): unknown => {
  try {
    return JSON.parse(text ?? 'null');
  } catch {
    return null;
  }
};

/** The statements of a history that verifies on its own (anchored or not), or null. */
const statementsOf = (text: string | null): KeyStatement[] | null => {
  const value = parse(text) as { statements?: KeyStatement[] } | null;
  return readKeyHistory(value, null).problem === null ? (value?.statements ?? null) : null;
};

/**
 * The key history file (or, without one, memory: tests), and the keychain's mark of its last statement:
 * a file removed, rolled back or replaced by one the keys would also sign is found out by it.
 */
function historyStore(historyFile: string | undefined, secrets: SecretStore, markAccount: string) {
  let memory: string | null = null;
  return {
    // A history that cannot even be read (a folder in its place) reads as unreadable, never as none.
    read: async () => (historyFile ? readTextIfExists(historyFile).catch(() => '') : memory),
    /** The keychain's mark, or null; a keychain that cannot answer counts as no mark only for reading. */
    mark: () => secrets.get(markAccount).catch(() => null),
    /** Writes the history, then its mark; a keychain that refuses the mark leaves the file as it was. */
    async write(statements: KeyStatement[]) {
      const before = memory;
      const text = JSON.stringify({ format: KEY_HISTORY_FORMAT, statements }, null, 1);
      const old = historyFile ? await readTextIfExists(historyFile).catch(() => null) : before;
      memory = text;
      if (historyFile) await writeFileAtomic(historyFile, text);
      try {
        await secrets.set(markAccount, historyHead(statements) ?? '');
      } catch (error) {
        memory = before;
        if (historyFile && old !== null) await writeFileAtomic(historyFile, old);
        else if (historyFile) await rm(historyFile, { force: true });
        throw error;
      }
    },
  };
}

/** A key left under the shared account by an older version, taken over by the folder whose history names it. */
async function adoptLegacy(
  secrets: SecretStore,
  account: string,
  text: string | null,
): Promise<string | null> {
  if (account === LEGACY_ACCOUNT) return null;
  const legacy = await secrets.get(LEGACY_ACCOUNT);
  if (!legacy) return null;
  const publicKey = publicKeyOf(legacy);
  const statements = statementsOf(text);
  const named = statements
    ? statements[statements.length - 1]?.key === publicKey
    : LegacyList.safeParse(parse(text)).data?.keys.some((k) => k.publicKey === publicKey);
  if (!named) return null;
  await secrets.set(account, legacy);
  await secrets.delete(LEGACY_ACCOUNT);
  return legacy;
}

/** The first statement of a key found in the keychain with no history yet, or with an older version's list. */
function firstStatement(text: string | null, signer: Signer): KeyStatement | null {
  const legacy = text === null ? null : LegacyList.safeParse(parse(text));
  if (text !== null && !(legacy?.success && !statementsOf(text))) return null;
  const earlier = (legacy?.data?.keys ?? []).map((k) => k.publicKey).filter((k) => k !== signer.publicKey);
  return introduce([], signer, 'first', { earlierUnsigned: earlier });
}

/** Why a history is not the one this installation wrote last, by the keychain's mark; null when it is. */
function markProblem(text: string | null, mark: string | null): string | null {
  if (mark === null) return null;
  if (text === null) return 'the key history was removed (the keychain remembers its last statement)';
  const statements = statementsOf(text);
  if (statements && historyHead(statements) !== mark)
    return 'the key history is not the one this installation wrote last (the keychain remembers another last statement): it was replaced or rolled back';
  return null;
}

/** The history as it reads against the keychain's key and mark; when it does not verify, the keychain's key alone. */
function readAgainst(text: string | null, anchor: string | null, mark: string | null): HistoryReading {
  const marked = markProblem(text, mark);
  if (text === null && !marked) return { keys: [], problem: null };
  const reading = marked ? { keys: [], problem: marked } : readKeyHistory(parse(text), anchor);
  if (reading.problem === null || anchor === null) return reading;
  const own: KnownKey = {
    publicKey: anchor,
    fingerprint: fingerprintOfHexKey(anchor),
    standing: 'unattested',
    since: null,
    until: null,
    reason: null,
    how: `the key the keychain holds; the key history does not verify (${reading.problem})`,
  };
  return { keys: [own], problem: reading.problem };
}

/**
 * A replacement that stopped between writing the history and storing the new key: the history names a
 * key the keychain never got, right after the key it holds. Nothing was signed with it: it goes.
 */
function interrupted(text: string | null, anchor: string): KeyStatement[] | null {
  const statements = statementsOf(text);
  const [before, last] = statements?.slice(-2) ?? [];
  return statements && last && last.key !== anchor && before?.key === anchor ? statements.slice(0, -1) : null;
}

/** Holds a replacement to its rules; the current key's fingerprint when it may go ahead. */
function checkReplacement(request: Replacement, present: boolean, current: string): void {
  if (present && request.reason === 'lost')
    throw refused(
      'key_present',
      `The transcript key ${current} is in the keychain: it is not lost.`,
      'Keep using it. If you believe someone else has it, choose “believed compromised”: the present key then signs its successor’s introduction.',
    );
  if (!present && request.reason === 'compromised')
    throw refused(
      'key_absent',
      `The transcript key ${current} is not in the keychain, so it cannot sign for a new key.`,
      'Choose “lost”: the new key is recorded as made after a loss, and its fingerprint must be given to your auditors again.',
    );
  if (request.confirm.trim().toLowerCase() !== replaceConfirmation(current).toLowerCase())
    throw refused(
      'confirm_mismatch',
      'The confirmation does not match, so the transcript key was not replaced.',
      `Type “${replaceConfirmation(current)}” (the last four characters of the current key’s fingerprint) to confirm.`,
    );
}

const missingWithDamagedHistory = () =>
  refused(
    'history_damaged',
    'The transcript key is missing from the keychain, and the key history beside the records cannot be read.',
    'Unlock the keychain if it is locked. Otherwise keep the data folder as it is and report it to your security team: a new key would hide what happened.',
  );

const historyDamaged = (problem: string) =>
  refused(
    'history_damaged',
    `The key history does not verify (${problem}), so no new key is made: it would hide what happened.`,
    'Keep the data folder as it is and report it to your security team.',
  );

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

  const currentPublicKey = async (): Promise<string | null> => {
    const existing = await secrets.get(account);
    return existing ? publicKeyOf(existing) : null;
  };

  /** The key history as it reads against the keychain's key (unanchored when the keychain cannot be read). */
  const history = async (): Promise<HistoryReading> =>
    readAgainst(await store.read(), await currentPublicKey().catch(() => null), await store.mark());

  async function known(fingerprint: string): Promise<{ owner: KeyOwner; how: string | null }> {
    const keys = (await history()).keys;
    const at = keys.findIndex((k) => normalFingerprint(k.fingerprint) === normalFingerprint(fingerprint));
    const key = keys[at];
    if (!key) return { owner: 'unknown', how: null };
    if (key.standing !== 'attested') return { owner: 'unattested', how: key.how };
    return { owner: at === keys.length - 1 ? 'this-installation' : 'previous-key', how: key.how };
  }

  async function replace(request: Replacement) {
    await pending?.catch(() => undefined);
    const text = await store.read();
    const statements = statementsOf(text);
    const reading = await history();
    const last = statements?.at(-1);
    if (!statements || !last || reading.problem) throw historyDamaged(reading.problem ?? 'unreadable');
    const present = await secrets.get(account);
    const current = fingerprintOfHexKey(present ? publicKeyOf(present) : last.key);
    checkReplacement(request, present !== null, current);
    signing = null;
    const secretHex = newSecret();
    const next = introduce(statements, signerFromSecret(secretHex), request.reason, {
      replacedSigner: present ? signerFromSecret(present) : undefined,
    });
    // The history first: a keychain that then refuses leaves the old key and the old history (and a
    // stop in between is undone at the next start: see interrupted()).
    await store.write([...statements, next]);
    try {
      await secrets.set(account, secretHex);
    } catch (error) {
      await store.write(statements).catch(() => undefined);
      throw error;
    }
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
