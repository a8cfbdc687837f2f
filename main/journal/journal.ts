/**
 * The ceremony journal: one append-only JSON Lines file per ceremony, each entry chained to the one
 * before by the SHA-256 of that entry's exact line, and each fsync'ed before the action it records
 * takes effect. Reading verifies the chain: a last line cut short by a crash is recovered as an
 * "incomplete final entry"; any other damage is tampering, reported at its line.
 */
import { hash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, promises as fs, writeSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { syncDir } from '../storage/atomic-file';

export const JOURNAL_KINDS = [
  'ceremony_started',
  'step_completed',
  'checklist_tick',
  'custodian_checkin',
  'witnesses',
  'preflight',
  'request_intent',
  'request_sent',
  'response_received',
  'status_observed',
  'verification_result',
  'note',
  'closure',
] as const;
export type JournalKind = (typeof JOURNAL_KINDS)[number];

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export const GENESIS = '0'.repeat(64);

export const JournalEntry = z.strictObject({
  seq: z.number().int().min(1),
  at: z.string(),
  kind: z.enum(JOURNAL_KINDS),
  data: z.record(z.string(), z.unknown()),
  prev: z.string().regex(/^[0-9a-f]{64}$/),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

/** One-shot hashing: about three times faster than createHash() on entry-sized lines. */
export const sha256Hex = (text: string | Uint8Array): string => hash('sha256', text, 'hex');

export type ChainProblem = { line: number; reason: string };

export interface ChainReading {
  entries: JournalEntry[];
  /** The hash of the last good line: what the next entry must name as `prev`. */
  head: string;
  /** Bytes of the good part of the file (a cut-off last line lies beyond). */
  goodLength: number;
  /** Set when a crash cut the last line short; it is not part of the record. */
  incompleteFinalEntry: boolean;
  /** The first line that breaks the chain, when the file was altered. */
  problem: ChainProblem | null;
}

/** Verifies a journal's text. Never throws: damage is reported. */
export function readChain(text: string): ChainReading {
  const entries: JournalEntry[] = [];
  let head = GENESIS;
  let offset = 0;
  let lineNo = 0;
  const broken = (reason: string): ChainReading => ({
    entries,
    head,
    goodLength: offset,
    incompleteFinalEntry: false,
    problem: { line: lineNo, reason },
  });
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    lineNo++;
    // No newline: the last write may not have finished. Only a line that is not a complete entry
    // counts as cut short; a complete entry is held to the chain like any other (the newline is the
    // last byte written, so a crash can leave a whole entry without it).
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(offset, end);
    const entry = parseEntry(line);
    if (entry === null) {
      if (newline === -1)
        return { entries, head, goodLength: offset, incompleteFinalEntry: true, problem: null };
      return broken('not a valid journal entry');
    }
    const problem = chainProblem(entry, entries.length, head);
    if (problem !== null) return broken(problem);
    entries.push(entry);
    head = sha256Hex(line);
    offset = end + 1;
  }
  return {
    entries,
    head,
    goodLength: Math.min(offset, text.length),
    incompleteFinalEntry: false,
    problem: null,
  };
}

function chainProblem(entry: JournalEntry, before: number, head: string): string | null {
  if (entry.seq !== before + 1)
    return `sequence number ${entry.seq} where ${before + 1} was expected (an entry was deleted, inserted or moved)`;
  if (entry.prev !== head)
    return 'does not chain to the entry before it (this entry or the one before was edited)';
  return null;
}

/**
 * Where the journal stood when the ceremony's state was last saved: how many entries, and the hash of
 * the last of them. Nothing chains to a journal's last entry, so without this an edit of that entry, or
 * lines cut from the end, would leave a valid chain.
 */
export interface JournalCheckpoint {
  readonly entries: number;
  readonly head: string;
}

/**
 * Holds a valid chain to a checkpoint saved earlier. The journal may have grown since (a crash between
 * an append and the next save), never shrunk, and the checkpoint's entry must still hash to its head.
 */
export function checkpointProblem(reading: ChainReading, checkpoint: JournalCheckpoint): ChainProblem | null {
  const { entries } = reading;
  if (entries.length < checkpoint.entries) {
    return {
      line: entries.length + 1,
      reason: `the journal ends after ${entries.length} entries but ${checkpoint.entries} had been recorded (entries were removed from its end)`,
    };
  }
  // The entry after the checkpoint names the checkpoint's hash; with none after it, the chain's head does.
  const headThen = entries[checkpoint.entries]?.prev ?? reading.head;
  if (headThen !== checkpoint.head) {
    return {
      line: checkpoint.entries,
      reason: 'this entry was changed after it was written (it no longer matches the hash recorded for it)',
    };
  }
  return null;
}

const KINDS = new Set<string>(JOURNAL_KINDS);
const HEX64 = /^[0-9a-f]{64}$/;

/**
 * The JournalEntry schema, checked by hand: verifying a long journal spends most of its time here,
 * and this is about twice as fast as the zod parse. A property test holds the two to the same verdicts.
 */
export function isJournalEntry(value: unknown): value is JournalEntry {
  return hasEntryShape(value) && HEX64.test(value.prev);
}

/** Everything but the form of `prev`, which the chain check compares with a known hash anyway. */
function hasEntryShape(value: unknown): value is JournalEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  // Five keys, and the five named ones present with the right types: exactly those keys.
  const keys = Object.keys(v).length;
  return (
    keys === 5 &&
    Number.isSafeInteger(v.seq) &&
    (v.seq as number) >= 1 &&
    typeof v.at === 'string' &&
    KINDS.has(v.kind as string) &&
    typeof v.data === 'object' &&
    v.data !== null &&
    !Array.isArray(v.data) &&
    Object.getPrototypeOf(v.data) === Object.prototype &&
    typeof v.prev === 'string'
  );
}

function parseEntry(line: string): JournalEntry | null {
  try {
    const value: unknown = JSON.parse(line);
    return hasEntryShape(value) ? value : null;
  } catch {
    return null;
  }
}

export class JournalTamperedError extends Error {
  constructor(
    readonly file: string,
    readonly problem: ChainProblem,
  ) {
    super(`The ceremony journal ${file} was altered at line ${problem.line}: ${problem.reason}.`);
  }
}

export interface Journal {
  readonly file: string;
  /** Appends one entry and returns once it is on disk. */
  append(kind: JournalKind, data: { [key: string]: JsonValue }): Promise<JournalEntry>;
  entries(): readonly JournalEntry[];
  /** Where the journal stands now: what the ceremony's state file records beside it. */
  checkpoint(): JournalCheckpoint;
}

/**
 * Opens (or creates) a journal. An incomplete final entry left by a crash is cut off before the next
 * append; a journal that was altered is refused.
 */
export async function openJournal(
  file: string,
  now: () => Date = () => new Date(),
  checkpoint?: JournalCheckpoint,
): Promise<Journal> {
  let text = '';
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const reading = readChain(text);
  const problem = reading.problem ?? (checkpoint ? checkpointProblem(reading, checkpoint) : null);
  if (problem) throw new JournalTamperedError(file, problem);
  if (reading.goodLength < text.length) {
    await fs.truncate(file, Buffer.byteLength(text.slice(0, reading.goodLength)));
  }
  if (text.length && !text.endsWith('\n') && !reading.incompleteFinalEntry) {
    await fs.appendFile(file, '\n');
  }
  const entries = [...reading.entries];
  let head = reading.head;
  let queue: Promise<unknown> = Promise.resolve();

  const write = async (kind: JournalKind, data: { [key: string]: JsonValue }): Promise<JournalEntry> => {
    const entry: JournalEntry = { seq: entries.length + 1, at: now().toISOString(), kind, data, prev: head };
    const line = JSON.stringify(entry);
    const isNew = entries.length === 0;
    // Synchronous on purpose: one small write and an fsync, in order, with no thread-pool hops; the
    // entry is on disk before append() returns and before the action it records starts.
    const fd = openSync(file, 'a', 0o600);
    try {
      writeSync(fd, line + '\n');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (isNew) await syncDir(path.dirname(file));
    entries.push(entry);
    head = sha256Hex(line);
    return entry;
  };

  return {
    file,
    append(kind, data) {
      const next = queue.then(() => write(kind, data));
      queue = next.catch(() => undefined);
      return next;
    },
    entries: () => entries,
    checkpoint: () => ({ entries: entries.length, head }),
  };
}
