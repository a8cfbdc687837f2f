/**
 * The journal's format, and reading it. A journal is JSON Lines; each entry is chained to the one before
 * by the SHA-256 of that entry's exact line and signed with the installation's Ed25519 key (so
 * rewriting, reordering, inserting or removing entries needs that key). The first entry names the key
 * that signs the journal.
 *
 * Reading verifies every line: its form (exactly as the app writes it), its place in the chain and its
 * signature. A last line cut short by a crash is recovered as an "incomplete final entry"; any other
 * damage is reported at its line, with the entry's kind and the field that fails. Transcripts carry the
 * same lines and are read by the same code.
 */
import { hash } from 'node:crypto';
import { z } from 'zod';
import { verifierFor, type Signer, type Verifier } from './ed25519';
import type { Said } from '../../common/i18n/said';
import { said } from '../../common/i18n/translate';
import { entryProblem, type EntryProblem } from './entry-problem';

export type { EntryProblem } from './entry-problem';

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
  'ceremony_finished',
  'backup_confirmed',
  /** A recovery drill: one holder's recovery file checked (never the share or its password). */
  'recovery_file_checked',
  /** A recovery drill's conclusion, per curve. */
  'recovery_drill_result',
  /** The run sheet printed: its SHA-256 and version (a new version says which it supersedes). */
  'script_printed',
  /** A deviation from the script, recorded against its step: what happened, what was decided, who agreed. */
  'exception',
  /** The witnesses' SSH keys (allowed signers), fixed in the plan before the ceremony starts. */
  'witness_signers',
  /** A witness's co-signature (or dissent) of the closing head: the one kind written after the closure. */
  'attestation',
  'note',
  /** The installation key was replaced while the ceremony was open: signed by the new key, which signs on. */
  'key_replaced',
  'closure',
] as const;
export type JournalKind = (typeof JOURNAL_KINDS)[number];

/**
 * What may follow the closing entry: the witnesses' co-signatures of the closing head (and, should the
 * installation key change before one is given, the key change that goes on the record first).
 */
const AFTER_CLOSURE: ReadonlySet<string> = new Set<JournalKind>(['attestation', 'key_replaced']);

/** Where a journal closes: the closing entry's index, when only co-signatures follow it; else -1. */
export function closureIndex(entries: ReadonlyArray<{ readonly kind: string }>): number {
  const at = entries.findLastIndex((e) => e.kind === 'closure');
  return at >= 0 && entries.slice(at + 1).every((e) => AFTER_CLOSURE.has(e.kind)) ? at : -1;
}

/**
 * The head the witnesses write down and sign: the journal's entries up to its closing entry, and the
 * hash of the closing line (the next entry's `prev`), or null when nothing follows the closing entry
 * (the head is then the journal's last). Null while the journal is open.
 */
export function closingPoint(
  entries: ReadonlyArray<Pick<JournalEntry, 'kind' | 'prev'>>,
): { readonly entries: number; readonly head: string | null } | null {
  const at = closureIndex(entries);
  return at < 0 ? null : { entries: at + 1, head: entries[at + 1]?.prev ?? null };
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export const GENESIS = '0'.repeat(64);

export const JournalEntry = z.strictObject({
  seq: z.number().int().min(1),
  at: z.string(),
  kind: z.enum(JOURNAL_KINDS),
  data: z.record(z.string(), z.unknown()),
  prev: z.string().regex(/^[0-9a-f]{64}$/),
  /** Ed25519 by the journal's key over the line as written without this member. */
  sig: z.string().regex(/^[0-9a-f]{128}$/),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

/** One-shot hashing: about three times faster than createHash() on entry-sized lines. */
export const sha256Hex = (text: string | Uint8Array): string => hash('sha256', text, 'hex');

/** A journal read: its good entries, and what is wrong with it, if anything. */
export interface ChainReading {
  entries: JournalEntry[];
  /** The hash of the last good line: what the next entry must name as `prev`. */
  head: string;
  /** Bytes of the good part of the file (a cut-off last line lies beyond). */
  goodLength: number;
  /** Set when a crash cut the last line short; it is not part of the record. */
  incompleteFinalEntry: boolean;
  /** The first line that fails, when the journal was altered. */
  problem: EntryProblem | null;
  /** The public key (hex) the first entry names as the journal's signer; null before it is read. */
  signer: string | null;
  /** Every key that signed entries, in order: the first entry's, then one per key_replaced entry. */
  signers: string[];
  /** The good part ends with the closing entry (and the co-signatures given after it): the record is complete. */
  closed: boolean;
}

// `,"sig":"<128 hex>"}` closes every line the app writes: the signed bytes are the line without it.
const SIG_TAIL = 8 + 128 + 2;
const unsignedLine = (line: string): string => `${line.slice(0, line.length - SIG_TAIL)}}`;

/**
 * Reads a journal line by line. One reader per journal: it remembers the chain's head, the signer the
 * first entry names, and the entries so far; the first problem stops it. `signatures: 'verified'`
 * skips the Ed25519 check of each line, for bytes proven identical to ones verified before (the
 * registry's signed memo); the form and the chain are still checked.
 */
function createChainReader(signatures: Signatures = 'check') {
  const entries: JournalEntry[] = [];
  let head = GENESIS;
  let signer: string | null = null;
  const signers: string[] = [];
  let verify: Verifier | null = null;
  return {
    entries,
    head: () => head,
    signer: () => signer,
    signers: () => signers,
    /** Checks one complete line; the problem with it, or null when it joins the chain. */
    push(line: string): EntryProblem | null {
      const lineNo = entries.length + 1;
      const entry = parseEntry(line);
      if (entry === null)
        return entryProblem({ line: lineNo, kind: null, field: null }, said('verdicts.entry.notAnEntry'));
      const at = (field: string | null, reason: Said): EntryProblem =>
        entryProblem({ line: lineNo, kind: entry.kind, field }, reason);
      // The exact form the app writes: anything else (a duplicate key, reordered or reformatted
      // content) would let a reader see what the signature does not cover.
      if (JSON.stringify(entry) !== line) return at(null, said('verdicts.entry.notWritten'));
      if (entry.seq !== lineNo)
        return at('seq', said('verdicts.entry.seq', { seq: String(entry.seq), expected: String(lineNo) }));
      if (entry.prev !== head) return at('prev', said('verdicts.entry.prev'));
      if (lineNo === 1) {
        const named = entry.data.signer;
        verify = entry.kind === 'ceremony_started' && typeof named === 'string' ? verifierFor(named) : null;
        if (!verify) return at('data.signer', said('verdicts.entry.firstSigner'));
        signer = named as string;
        signers.push(signer);
      }
      // A new key takes over from this entry on: it signs the entry that names it, so it is really
      // held; whether it is a key of this installation is for the reader to decide, as for the first.
      if (entry.kind === 'key_replaced') {
        const named = entry.data.signer;
        const next = typeof named === 'string' ? verifierFor(named) : null;
        if (!next || named === signers[signers.length - 1])
          return at('data.signer', said('verdicts.entry.newSigner'));
        verify = next;
        signers.push(named as string);
      }
      if (signatures === 'check' && !verify?.(unsignedLine(line), entry.sig))
        return at('sig', said('verdicts.entry.sig'));
      entries.push(entry);
      head = sha256Hex(line);
      return null;
    },
  };
}

type ChainReader = ReturnType<typeof createChainReader>;

const readingOf = (
  reader: ChainReader,
  problem: EntryProblem | null,
  goodLength = 0,
  incompleteFinalEntry = false,
): ChainReading => ({
  entries: reader.entries,
  head: reader.head(),
  goodLength,
  incompleteFinalEntry,
  problem,
  signer: reader.signer(),
  signers: [...reader.signers()],
  closed: closureIndex(reader.entries) >= 0,
});

/** Whether each line's signature is checked, or was verified before over these very bytes. */
export type Signatures = 'check' | 'verified';

/** Verifies a journal's text. Never throws: damage is reported. */
export function readChain(text: string, signatures: Signatures = 'check'): ChainReading {
  const reader = createChainReader(signatures);
  let offset = 0;
  const reading = (problem: EntryProblem | null, incompleteFinalEntry = false) =>
    readingOf(reader, problem, Math.min(offset, text.length), incompleteFinalEntry);
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    // No newline: the last write may not have finished. Only a line that is not a complete entry
    // counts as cut short; a complete entry is held to the chain like any other (the newline is the
    // last byte written, so a crash can leave a whole entry without it).
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(offset, end);
    if (newline === -1 && parseEntry(line) === null) return reading(null, true);
    const problem = reader.push(line);
    if (problem) return reading(problem);
    offset = end + 1;
  }
  return reading(null);
}

/** Lines as a transcript carries them: each must be one complete entry. */
export function readChainLines(lines: readonly string[]): ChainReading {
  const reader = createChainReader();
  for (const line of lines) {
    const problem = reader.push(line);
    if (problem) return readingOf(reader, problem);
  }
  return readingOf(reader, null);
}

/**
 * Where the journal stood when the ceremony's state was last saved: how many entries, and the hash of
 * the last of them. A hint beside the signatures: lines cut from the end of an open ceremony's journal
 * leave every remaining signature valid, and this notices it.
 */
export interface JournalCheckpoint {
  readonly entries: number;
  readonly head: string;
}

/**
 * Holds a valid chain to a checkpoint saved earlier. The journal may have grown since (a crash between
 * an append and the next save), never shrunk, and the checkpoint's entry must still hash to its head.
 */
export function checkpointProblem(reading: ChainReading, checkpoint: JournalCheckpoint): EntryProblem | null {
  const { entries } = reading;
  if (entries.length < checkpoint.entries) {
    return entryProblem(
      { line: entries.length + 1, kind: null, field: null },
      // The counts as text: a number would be said with a thousands separator.
      said('records.checkpoint.shorter', {
        entries: String(entries.length),
        recorded: String(checkpoint.entries),
      }),
    );
  }
  // The entry after the checkpoint names the checkpoint's hash; with none after it, the chain's head does.
  const headThen = entries[checkpoint.entries]?.prev ?? reading.head;
  if (headThen !== checkpoint.head) {
    return entryProblem(
      { line: checkpoint.entries, kind: entries[checkpoint.entries - 1]?.kind ?? null, field: null },
      said('records.checkpoint.otherEntry'),
    );
  }
  return null;
}

const KINDS = new Set<string>(JOURNAL_KINDS);
const HEX64 = /^[0-9a-f]{64}$/;
const HEX128 = /^[0-9a-f]{128}$/;

/**
 * The JournalEntry schema, checked by hand: verifying a long journal spends much of its time here,
 * and this is about twice as fast as the zod parse. A property test holds the two to the same verdicts.
 */
export function isJournalEntry(value: unknown): value is JournalEntry {
  return hasEntryShape(value) && HEX64.test(value.prev);
}

/** Everything but the form of `prev`, which the chain check compares with a known hash anyway. */
function hasEntryShape(value: unknown): value is JournalEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  // Six keys, and the six named ones present with the right types: exactly those keys.
  const keys = Object.keys(v).length;
  return (
    keys === 6 &&
    Number.isSafeInteger(v.seq) &&
    (v.seq as number) >= 1 &&
    typeof v.at === 'string' &&
    KINDS.has(v.kind as string) &&
    typeof v.data === 'object' &&
    v.data !== null &&
    !Array.isArray(v.data) &&
    Object.getPrototypeOf(v.data) === Object.prototype &&
    typeof v.prev === 'string' &&
    typeof v.sig === 'string' &&
    HEX128.test(v.sig)
  );
}

function parseEntry(line: string): JournalEntry | null {
  try {
    const value: unknown = JSON.parse(line, (key, v: unknown) => {
      if (key === '__proto__') throw new SyntaxError('__proto__');
      return v;
    });
    return hasEntryShape(value) ? value : null;
  } catch {
    return null;
  }
}

/** Where a problem is, in the words the officer and the auditor read. */
export const describeEntryProblem = (p: EntryProblem): string =>
  `${p.line === null ? 'the record' : `entry ${p.line}`}${p.kind ? ` (${p.kind})` : ''}${p.field ? `, field ${p.field}` : ''}: ${p.reason}`;

/** The line of a new entry: the entry as JSON, with its signature over those very bytes added last. */
export function signedLine(
  entry: Omit<JournalEntry, 'sig'>,
  signer: Pick<Signer, 'sign'>,
): { line: string; entry: JournalEntry } {
  const unsigned = JSON.stringify({
    seq: entry.seq,
    at: entry.at,
    kind: entry.kind,
    data: entry.data,
    prev: entry.prev,
  });
  const sig = signer.sign(unsigned);
  return { line: `${unsigned.slice(0, -1)},"sig":"${sig}"}`, entry: { ...entry, sig } };
}
