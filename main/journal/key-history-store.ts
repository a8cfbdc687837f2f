/**
 * The key history as it is kept: the file beside the records (`installation-keys.json`, see
 * key-history.ts for what it holds) and the keychain's mark of its last statement, which finds a file
 * removed, rolled back or replaced. How it reads against the key in the keychain, how a replacement
 * that stopped halfway is undone, and how an older version's unsigned list is carried over.
 */
import type { Said } from '../../common/i18n/said';
import { said, sayEnglish } from '../../common/i18n/translate';
import { rm } from 'node:fs/promises';
import { z } from 'zod';
import { fingerprintOfHexKey } from '../../common/fingerprint';
import type { SecretStore } from '../keychain/secret-store';
import { readTextIfExists, writeFileAtomic } from '../storage/atomic-file';
import { publicKeyOf, type Signer } from './ed25519';
import {
  brokenHistory,
  historyHead,
  introduce,
  KEY_HISTORY_FORMAT,
  readKeyHistory,
  type HistoryReading,
  type KeyStatement,
  type KnownKey,
} from './key-history';

/** The account every data folder shared before each had its own; a folder whose history names its key adopts it. */
export const LEGACY_ACCOUNT = 'installation:transcript-signing-key';

/** The unsigned list an older version of the app kept: read once, to carry its keys into sight. */
const LegacyList = z.object({ keys: z.array(z.object({ publicKey: z.string().regex(/^[0-9a-f]{64}$/) })) });

const parse = (text: string | null): unknown => {
  try {
    return JSON.parse(text ?? 'null');
  } catch {
    return null;
  }
};

/** The statements of a history that verifies on its own (anchored or not), or null. */
export const statementsOf = (text: string | null): KeyStatement[] | null => {
  const value = parse(text) as { statements?: KeyStatement[] } | null;
  return readKeyHistory(value, null).problem === null ? (value?.statements ?? null) : null;
};

/**
 * The key history file (or, without one, memory: tests), and the keychain's mark of its last statement:
 * a file removed, rolled back or replaced by one the keys would also sign is found out by it.
 */
export function historyStore(historyFile: string | undefined, secrets: SecretStore, markAccount: string) {
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
export async function adoptLegacy(
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
export function firstStatement(text: string | null, signer: Signer): KeyStatement | null {
  const legacy = text === null ? null : LegacyList.safeParse(parse(text));
  if (text !== null && !(legacy?.success && !statementsOf(text))) return null;
  const earlier = (legacy?.data?.keys ?? []).map((k) => k.publicKey).filter((k) => k !== signer.publicKey);
  return introduce([], signer, 'first', { earlierUnsigned: earlier });
}

/** Why a history is not the one this installation wrote last, by the keychain's mark; null when it is. */
function markProblem(text: string | null, mark: string | null): Said | null {
  if (mark === null) return null;
  if (text === null) return said('records.keyHistory.removed');
  const statements = statementsOf(text);
  if (statements && historyHead(statements) !== mark) return said('records.keyHistory.notLast');
  return null;
}

/** The keychain's key when the history does not verify, in English and as message keys. */
function howBroken(problem: Said): Pick<KnownKey, 'how' | 'howSaid'> {
  const howSaid = said('profiles.keyHow.historyBroken', { problem });
  return { how: sayEnglish(howSaid), howSaid };
}

/** The history as it reads against the keychain's key and mark; when it does not verify, the keychain's key alone. */
export function readAgainst(text: string | null, anchor: string | null, mark: string | null): HistoryReading {
  const marked = markProblem(text, mark);
  if (text === null && !marked) return { keys: [], problem: null, problemSaid: null };
  const reading = marked ? brokenHistory(marked) : readKeyHistory(parse(text), anchor);
  if (reading.problem === null || anchor === null) return reading;
  const own: KnownKey = {
    publicKey: anchor,
    fingerprint: fingerprintOfHexKey(anchor),
    standing: 'unattested',
    since: null,
    until: null,
    reason: null,
    ...howBroken(reading.problemSaid),
  };
  return { ...reading, keys: [own] };
}

/**
 * A replacement that stopped between writing the history and storing the new key: the history names a
 * key the keychain never got, right after the key it holds. Nothing was signed with it: it goes.
 */
export function interrupted(text: string | null, anchor: string): KeyStatement[] | null {
  const statements = statementsOf(text);
  const [before, last] = statements?.slice(-2) ?? [];
  return statements && last && last.key !== anchor && before?.key === anchor ? statements.slice(0, -1) : null;
}
