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
  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    lineNo++;
    if (end === -1) {
      // No newline: the last write did not finish. Only a line that does not parse counts as cut short;
      // a complete entry without its newline is accepted (the newline is the last byte written).
      const rest = text.slice(offset);
      const parsed = parseEntry(rest);
      if (parsed && parsed.seq === entries.length + 1 && parsed.prev === head) {
        entries.push(parsed);
        head = sha256Hex(rest);
        offset = text.length;
        break;
      }
      return { entries, head, goodLength: offset, incompleteFinalEntry: true, problem: null };
    }
    const line = text.slice(offset, end);
    const entry = parseEntry(line);
    const problem = !entry
      ? 'not a valid journal entry'
      : entry.seq !== entries.length + 1
        ? `sequence number ${entry.seq} where ${entries.length + 1} was expected (an entry was deleted, inserted or moved)`
        : entry.prev !== head
          ? 'does not chain to the entry before it (this entry or the one before was edited)'
          : null;
    if (problem || !entry) {
      return {
        entries,
        head,
        goodLength: offset,
        incompleteFinalEntry: false,
        problem: { line: lineNo, reason: problem ?? 'invalid' },
      };
    }
    entries.push(entry);
    head = sha256Hex(line);
    offset = end + 1;
  }
  return { entries, head, goodLength: offset, incompleteFinalEntry: false, problem: null };
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
    typeof v.seq === 'number' &&
    Number.isSafeInteger(v.seq) &&
    v.seq >= 1 &&
    typeof v.at === 'string' &&
    typeof v.kind === 'string' &&
    KINDS.has(v.kind) &&
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
}

/**
 * Opens (or creates) a journal. An incomplete final entry left by a crash is cut off before the next
 * append; a journal that was altered is refused.
 */
export async function openJournal(file: string, now: () => Date = () => new Date()): Promise<Journal> {
  let text = '';
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const reading = readChain(text);
  if (reading.problem) throw new JournalTamperedError(file, reading.problem);
  if (reading.incompleteFinalEntry || reading.goodLength < text.length) {
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
  };
}
