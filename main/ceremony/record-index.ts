/**
 * The installation's signed index of its ceremonies: for each, how many entries its journal had and
 * the hash of the last, as of the latest change. Each journal is signed entry by entry, but a journal
 * cut back to an earlier entry (with its state file edited to match), or a ceremony's files deleted,
 * leave nothing wrong with what remains; the index remembers what was there.
 *
 * The index lives beside the records and is signed with the installation key; a high-water mark of it
 * (its version and hash) is kept in the keychain, so an older index put back in its place is found
 * out too. Someone who can read the keychain can still rewrite all of it: the journal head on the
 * witnesses' sheet stays the defence against that (SECURITY.md).
 */
import { z } from 'zod';
import { fingerprintOfHexKey } from '../../common/fingerprint';
import { type EntryProblem, type JournalCheckpoint } from '../journal/chain';
import { verifierFor, type Signer } from '../journal/ed25519';
import { entryProblem } from '../journal/entry-problem';
import type { Said } from '../../common/i18n/said';
import { said, sayEnglish } from '../../common/i18n/translate';
import { canonicalJson } from '../journal/json-text';
import { log, reasonOf } from '../log';
import { readTextIfExists, writeFileAtomic } from '../storage/atomic-file';
import { bytesHash } from './record-memo';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const Checkpoint = z.strictObject({ entries: z.number().int().min(0), head: hex64 });
const IndexBody = z.strictObject({
  version: z.literal(1),
  /** Counts up with every index written: the keychain remembers the latest. */
  seq: z.number().int().min(1),
  /** The installation key that signed it (public, hex); it must be a key of this installation. */
  key: hex64,
  ceremonies: z.record(z.string().max(200), Checkpoint),
});
const IndexFile = IndexBody.extend({ sig: z.string().regex(/^[0-9a-f]{128}$/) });
type IndexBody = z.infer<typeof IndexBody>;

/** What the index needs of the installation key and the keychain. */
export interface IndexKeys {
  signer(): Promise<Signer>;
  /** Where a key stands in the signed key history, or -1: only a key in it may sign the index. */
  order(fingerprint: string): Promise<number>;
  /** The high-water mark the keychain holds ("<seq>:<sha256 of the index file>"), or null. */
  readMark(): Promise<string | null>;
  writeMark(mark: string): Promise<void>;
}

export interface IndexReading {
  /** What the index recorded for each ceremony; empty when the index cannot be trusted. */
  readonly recorded: ReadonlyMap<string, JournalCheckpoint>;
  /** Why the index cannot be trusted (replaced, rolled back, removed, altered), in English; null when it can. */
  readonly problem: string | null;
  /** The same as message keys, for the page to say in its language (issue #32). */
  readonly problemSaid: Said | null;
  /** The version the next index takes; 0 when no index may be written this run. */
  readonly nextSeq: number;
}

const parse = (text: string) => {
  try {
    const parsed = IndexFile.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

const markOf = (text: string | null): { seq: number; hash: string } | null => {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text ?? '');
  return match ? { seq: Number(match[1]), hash: match[2] ?? '' } : null;
};

/** Reads the index and holds it to its signature and to the keychain's high-water mark. */
export async function readIndex(file: string, keys: IndexKeys): Promise<IndexReading> {
  const text = await readTextIfExists(file).catch(() => '');
  let markText: string | null;
  try {
    markText = await keys.readMark();
  } catch {
    // Not "no mark": an index written now could put the mark back. Nothing is written this run.
    const problem = said('records.index.keychainUnreadable');
    return { recorded: new Map(), problem: sayEnglish(problem), problemSaid: problem, nextSeq: 0 };
  }
  const mark = markOf(markText);
  const distrust = (problem: Said): IndexReading => ({
    recorded: new Map(),
    problem: sayEnglish(problem),
    problemSaid: problem,
    nextSeq: (mark?.seq ?? 0) + 1,
  });
  if (text === null)
    return mark
      ? distrust(said('records.index.removed', { version: String(mark.seq) }))
      : { recorded: new Map(), problem: null, problemSaid: null, nextSeq: 1 };
  const found = parse(text);
  const { sig = '', ...body } = found ?? {};
  const signedByUs =
    found !== null &&
    verifierFor(found.key)?.(canonicalJson(body), sig) === true &&
    (await keys.order(fingerprintOfHexKey(found.key))) >= 0;
  if (!found || !signedByUs) return distrust(said('records.index.altered'));
  if (mark && (found.seq < mark.seq || (found.seq === mark.seq && bytesHash(text) !== mark.hash)))
    return distrust(said('records.index.older', { found: String(found.seq), version: String(mark.seq) }));
  return {
    recorded: new Map(Object.entries(found.ceremonies)),
    problem: null,
    problemSaid: null,
    nextSeq: Math.max(found.seq, mark?.seq ?? 0) + 1,
  };
}

/** Where a journal stands against what the index recorded for it: null when it holds all of it. */
export function rolledBack(
  reading: { entries: readonly { prev: string }[]; head: string },
  recorded: JournalCheckpoint,
): EntryProblem | null {
  const { entries } = reading;
  if (entries.length < recorded.entries)
    return entryProblem(
      { line: entries.length + 1, kind: null, field: null },
      said('records.index.stopsAt', { entries: String(entries.length), recorded: String(recorded.entries) }),
    );
  const headThen = entries[recorded.entries]?.prev ?? reading.head;
  if (headThen !== recorded.head)
    return entryProblem(
      { line: recorded.entries, kind: null, field: null },
      said('records.index.rewritten', { entry: String(recorded.entries) }),
    );
  return null;
}

/** The problem of a ceremony the index lists whose files are gone. */
export const deletedProblem = (recorded: JournalCheckpoint): EntryProblem =>
  entryProblem(
    { line: null, kind: null, field: null },
    said('records.index.deleted', { entries: String(recorded.entries) }),
  );

/**
 * Keeps the index: the latest checkpoint of each ceremony, written signed after each change (writes
 * that pile up are folded into one), then the keychain's high-water mark.
 */
export function createIndexWriter(file: string, keys: IndexKeys, start: IndexReading) {
  const recorded = new Map(start.recorded);
  let seq = start.nextSeq;
  let writing: Promise<void> | null = null;
  let dirty = false;

  async function writeOnce() {
    const signer = await keys.signer();
    const body: IndexBody = {
      version: 1,
      seq,
      key: signer.publicKey,
      ceremonies: Object.fromEntries(recorded),
    };
    const text = JSON.stringify({ ...body, sig: signer.sign(canonicalJson(body)) });
    await writeFileAtomic(file, text);
    await keys.writeMark(`${seq}:${bytesHash(text)}`);
    seq++;
  }

  let joined = false;

  /** Writes the index now, or once more after the write under way: writes that pile up are folded. */
  async function write(): Promise<void> {
    dirty = true;
    joined = false;
    while (writing) await writing;
    if (!dirty) return;
    writing = flush()
      .catch((error: unknown) => log.warn('ceremony.index_not_written', { reason: reasonOf(error) }))
      .finally(() => {
        writing = null;
      });
    await writing;
  }

  async function flush(): Promise<void> {
    if (seq === 0) return;
    while (dirty) {
      dirty = false;
      await writeOnce();
    }
  }

  return {
    recorded: (id: string) => recorded.get(id),
    /**
     * A record from before the index (or from before an index was lost) joins it once verified; the
     * joined ones are written together by `writeJoined`, once loading is done, not one write each.
     */
    join(id: string, checkpoint: JournalCheckpoint): void {
      if (recorded.has(id)) return;
      recorded.set(id, checkpoint);
      joined = true;
    },
    writeJoined: (): Promise<void> => (joined ? write() : Promise.resolve()),
    /**
     * Records a ceremony's checkpoint and writes the index; resolves once it is on disk. A record that
     * cannot be indexed now (no key in the keychain) is still kept: the next change writes it.
     */
    record(id: string, checkpoint: JournalCheckpoint): Promise<void> {
      recorded.set(id, checkpoint);
      return write();
    },
  };
}

export type IndexWriter = ReturnType<typeof createIndexWriter>;

/** The index at start: its writer, why it cannot be trusted if so, and the ceremonies it lists whose files are gone. */
export async function openIndex(file: string, keys: IndexKeys, onDisk: readonly string[]) {
  const reading = await readIndex(file, keys);
  if (reading.problem) log.error('ceremony.index_untrusted', { problem: reading.problem });
  const present = new Set(onDisk);
  const deleted = [...reading.recorded]
    .filter(([id]) => !present.has(id))
    .map(([id, recorded]) => ({ id, problem: deletedProblem(recorded) }));
  return {
    writer: createIndexWriter(file, keys, reading),
    problem: reading.problem,
    problemSaid: reading.problemSaid,
    deleted,
  };
}
