/**
 * Reading one ceremony's record from disk and deciding whether it can be trusted: the journal must
 * verify (form, chain, signatures), be signed by a key of this installation, hold every entry the
 * state file's checkpoint saw, and agree with the state file fact by fact. Anything else makes the
 * record damaged: described, kept, never repaired.
 */
import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { Ceremony, type DamagedRecord, type KeyOwner } from '../../common/contract';
import { fingerprintOfHexKey } from '../../common/fingerprint';
import {
  checkpointProblem,
  readChain,
  type ChainReading,
  type EntryProblem,
  type JournalCheckpoint,
} from '../journal/chain';
import type { Signer } from '../journal/ed25519';
import { entryProblem } from '../journal/entry-problem';
import { said } from '../../common/i18n/translate';
import { fitsBoundary } from '../app-error';
import { readFacts } from '../journal/facts';
import type { Journal } from '../journal/journal';
import { readTextIfExists, type createSerialQueue } from '../storage/atomic-file';
import { describeRecordProblem, describeRecordProblemSaid, stateDisagreement } from './record-check';
import { rolledBack } from './record-index';
import { bytesHash, type RecordHashes, type RecordMemo } from './record-memo';

/** A ceremony's two files in the ceremonies folder: `<id>.journal.jsonl` and `<id>.json`. */
export const STATE_SUFFIX = '.json';
export const JOURNAL_SUFFIX = '.journal.jsonl';

/** A ceremony's state file: the state, and where its journal stood when the state was saved. */
export const StateFile = z.strictObject({
  ceremony: Ceremony,
  journal: z.strictObject({ entries: z.number().int().min(0), head: z.string().regex(/^[0-9a-f]{64}$/) }),
});
export type StateFile = z.infer<typeof StateFile>;

/** One loaded ceremony: its live state (the page and tests read it), its journal, its queue of changes. */
export interface CeremonyEntry {
  readonly state: Ceremony;
  readonly journal: Journal;
  readonly serial: ReturnType<typeof createSerialQueue>;
}

/** A ceremony whose record cannot be trusted: kept, shown with what is wrong, never changed again. */
export interface DamagedEntry {
  readonly record: DamagedRecord;
  /** The journal's lines as they are on disk, for a transcript marked as damaged. */
  readonly lines: string[];
}

/** What the registry needs of the installation key: the signer for new entries, and whose a key is. */
export interface RecordKeys {
  signer(): Promise<Signer>;
  whose(fingerprint: string): Promise<KeyOwner>;
  /** The current key's public half as the keychain holds it, or null; never makes a key. */
  currentPublicKey(): Promise<string | null>;
  /** Where a key stands in the signed key history (0 for the first), or -1 when it is not in it. */
  order(fingerprint: string): Promise<number>;
  /** The keychain's high-water mark of the record index (record-index.ts), or null. */
  readMark(): Promise<string | null>;
  writeMark(mark: string): Promise<void>;
}

/** A problem with the ceremony's files as a whole, at no one entry. */
export const NOWHERE = { line: null, kind: null, field: null } as const;

function parseStateFile(text: string | null): StateFile | null {
  try {
    const parsed = StateFile.safeParse(JSON.parse(text ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** What is wrong with a ceremony's record as found on disk; null when the journal and the state agree. */
async function recordProblem(
  id: string,
  reading: ChainReading,
  stored: StateFile | null,
  keys: RecordKeys,
  indexed: JournalCheckpoint | undefined,
): Promise<EntryProblem | null> {
  if (reading.problem) return reading.problem;
  if (!reading.entries.length)
    return entryProblem({ line: 1, kind: null, field: null }, said('records.load.journalEmpty'));
  let before = -1;
  for (const key of reading.signers) {
    const signer = fingerprintOfHexKey(key);
    const at = key === reading.signer ? 0 : reading.entries.findIndex((e) => e.data.signer === key);
    const where = { line: at + 1, kind: reading.entries[at]?.kind ?? null, field: 'data.signer' };
    if ((await keys.whose(signer)) === 'unknown')
      return entryProblem(where, said('records.load.unknownKey', { key: signer }));
    // A key change goes forward in the key history: never back to a key replaced before.
    const order = await keys.order(signer);
    if (order <= before) return entryProblem(where, said('records.load.replacedKey', { key: signer }));
    before = order;
  }
  if (!stored) return entryProblem(NOWHERE, said('records.load.noState'));
  return (
    checkpointProblem(reading, stored.journal) ??
    stateDisagreement(id, stored.ceremony, reading.entries) ??
    // Cut back to an earlier entry, state file and all: the signed index remembers how far it went.
    (indexed ? rolledBack(reading, indexed) : null)
  );
}

export async function readRecord(files: {
  readonly id: string;
  readonly journalFile: string;
  readonly stateFile: string;
  readonly keys: RecordKeys;
  /** What was verified before: the journal's signatures need no second check over the same bytes. */
  readonly memo?: RecordMemo;
  /** Where the installation's signed index last saw this journal. */
  readonly indexed?: JournalCheckpoint;
}): Promise<
  { text: string; reading: ChainReading; state: Ceremony; hashes: RecordHashes } | { damaged: DamagedEntry }
> {
  const { id } = files;
  const text = (await readTextIfExists(files.journalFile)) ?? '';
  const stateText = await readTextIfExists(files.stateFile);
  const hashes = { journal: bytesHash(text), state: bytesHash(stateText ?? '') };
  const seenBefore = stateText !== null && files.memo?.matches(id, hashes) === true;
  const reading = readChain(text, seenBefore ? 'verified' : 'check');
  const stored = parseStateFile(stateText);
  const problem = await recordProblem(id, reading, stored, files.keys, files.indexed);
  if (!problem && stored) {
    const state = stored.ceremony;
    // The journal decides: an intent with no answer after it means the send may have happened.
    const kinds = reading.entries.map((en) => en.kind);
    if (
      kinds.lastIndexOf('request_intent') > kinds.lastIndexOf('response_received') &&
      state.phase === 'preparing'
    )
      state.phase = 'submitting';
    return { text, reading, state, hashes };
  }
  return {
    damaged: damagedEntry(
      id,
      text,
      problem ?? entryProblem(NOWHERE, said('records.load.unreadable')),
      reading,
    ),
  };
}

/** A damaged record as History shows it: what the journal's readable entries say, and what is wrong. */
export function damagedEntry(
  id: string,
  text: string,
  why: EntryProblem,
  // Verifying a journal checks a signature per entry: a caller that has read it passes the reading on.
  reading: ChainReading = readChain(text),
): DamagedEntry {
  const { facts } = readFacts(reading.entries);
  const record: DamagedRecord = {
    id,
    kind: facts.ceremony_type,
    environment: facts.environment,
    vaultName: facts.vault.name ?? facts.vault.vault_id,
    startedAt: facts.started_at,
    entries: reading.entries.length,
    problem: { line: why.line, entryKind: why.kind, field: why.field, reason: why.reason },
    summary: describeRecordProblem(why),
  };
  // The page says it in its language; a sentence too long to cross the boundary (a state file's value
  // shown whole) leaves the page the English summary.
  const sentence = describeRecordProblemSaid(why);
  if (fitsBoundary(sentence)) record.said = sentence;
  return { record, lines: text.split('\n').filter((line) => line !== '') };
}

/** The longest ceremony id the app lists as it is (its own are UUIDs). */
export const MAX_ID_LENGTH = 200;

/** A file name no ceremony of the app has: listed under a shortened id, never read as a record. */
export function strangeRecord(id: string): { id: string; damaged: DamagedEntry } {
  const shown = `${id.slice(0, 60)}…${bytesHash(id).slice(0, 12)}`;
  // The length as text: a number would be said with a thousands separator.
  const reason = said('records.load.strangeName', { length: String(id.length), start: id.slice(0, 40) });
  return { id: shown, damaged: damagedEntry(shown, '', entryProblem(NOWHERE, reason)) };
}

/** The ceremonies in a folder: every id with a journal or a state file (either alone is a damaged record). */
export async function recordIds(dir: string, stateSuffix: string, journalSuffix: string): Promise<string[]> {
  const ids = new Set<string>();
  for (const name of await fs.readdir(dir)) {
    if (name.endsWith(journalSuffix)) ids.add(name.slice(0, -journalSuffix.length));
    // A dot file is an atomic write's temporary file, not a state file.
    else if (name.endsWith(stateSuffix) && !name.startsWith('.')) ids.add(name.slice(0, -stateSuffix.length));
  }
  return [...ids];
}
