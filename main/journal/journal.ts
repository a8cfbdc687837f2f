/**
 * The ceremony journal on disk: one append-only file per ceremony, each entry signed, chained and
 * fsync'ed before the action it records takes effect (the format and its reading are in chain.ts).
 */
import { closeSync, fsyncSync, openSync, promises as fs, writeSync } from 'node:fs';
import path from 'node:path';
import { said } from '../../common/i18n/translate';
import { AppError } from '../app-error';
import { syncDir } from '../storage/atomic-file';
import {
  describeEntryProblem,
  readChain,
  sha256Hex,
  signedLine,
  type ChainReading,
  type EntryProblem,
  type JournalCheckpoint,
  type JournalEntry,
  type JournalKind,
  type JsonValue,
} from './chain';
import type { Signer } from './ed25519';
import { entryProblem } from './entry-problem';

export class JournalTamperedError extends Error {
  constructor(
    readonly file: string,
    readonly problem: EntryProblem,
  ) {
    super(`The ceremony journal ${file} was altered at ${describeEntryProblem(problem)}.`);
  }
}

const signerChanged = () =>
  new AppError(
    'journal.signer_changed',
    said('errors.journal.signerChanged'),
    said('errors.journal.signerChangedHint'),
  );

export interface Journal {
  readonly file: string;
  /** Appends one signed entry and returns once it is on disk. */
  append(kind: JournalKind, data: { [key: string]: JsonValue }): Promise<JournalEntry>;
  entries(): readonly JournalEntry[];
  /** The public key (hex) that signs this journal now (after any key change); null while it has no entry. */
  signer(): string | null;
  /** Where the journal stands now: what the ceremony's state file records beside it. */
  checkpoint(): JournalCheckpoint;
  /**
   * Whether the file still holds exactly what was written: null when it does, else what is wrong and
   * where. Cheap when nothing changed (one read, one comparison); verifies only when something did.
   */
  checkOnDisk(): Promise<EntryProblem | null>;
}

export interface JournalOptions {
  /** The installation key, asked for when an entry is written (reading needs no key). */
  readonly signer: () => Promise<Signer>;
  readonly now?: () => Date;
}

/**
 * Opens (or creates) a journal. An incomplete final entry left by a crash is cut off before the next
 * append; a journal that was altered is refused. The first entry written names the signer's key.
 */
export async function openJournal(file: string, options: JournalOptions): Promise<Journal> {
  let text = '';
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const reading = readChain(text);
  if (reading.problem) throw new JournalTamperedError(file, reading.problem);
  return journalFromReading(file, text, reading, options);
}

/** A journal to append to, from a reading of its text already found free of damage. */
export async function journalFromReading(
  file: string,
  text: string,
  reading: ChainReading,
  options: JournalOptions,
): Promise<Journal> {
  const now = options.now ?? (() => new Date());
  if (reading.goodLength < text.length) {
    await fs.truncate(file, Buffer.byteLength(text.slice(0, reading.goodLength)));
  }
  if (text.length && !text.endsWith('\n') && !reading.incompleteFinalEntry) {
    await fs.appendFile(file, '\n');
  }
  const entries = [...reading.entries];
  let head = reading.head;
  // The key signing now: the last a key change named, or the first entry's.
  let signerKey = reading.signers.at(-1) ?? null;
  let queue: Promise<unknown> = Promise.resolve();
  /** The file's identity when it last matched what was written (see checkOnDisk). */
  let matched: string | null = null;

  const write = async (kind: JournalKind, data: { [key: string]: JsonValue }): Promise<JournalEntry> => {
    const signer = await options.signer();
    const isNew = entries.length === 0;
    if (isNew !== (kind === 'ceremony_started'))
      throw new Error('a journal starts with its ceremony_started entry, and has only that one');
    if (!isNew && signer.publicKey !== signerKey) {
      // Only a closing (or a co-signature after it) may cross a key change, and the change goes on the record first.
      if (kind !== 'closure' && kind !== 'attestation') throw signerChanged();
      await writeLine('key_replaced', { signer: signer.publicKey, replaces: signerKey }, signer);
      signerKey = signer.publicKey;
    }
    return writeLine(kind, isNew ? { ...data, signer: signer.publicKey } : data, signer);
  };

  const writeLine = async (
    kind: JournalKind,
    data: { [key: string]: JsonValue },
    signer: Signer,
  ): Promise<JournalEntry> => {
    const isNew = entries.length === 0;
    const { line, entry } = signedLine(
      { seq: entries.length + 1, at: now().toISOString(), kind, data, prev: head },
      signer,
    );
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
    signerKey ??= signer.publicKey;
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
    signer: () => signerKey,
    checkpoint: () => ({ entries: entries.length, head }),
    async checkOnDisk() {
      let found = '';
      // Twice: an append may finish while the file is read.
      for (let attempt = 0; attempt < 2; attempt++) {
        await queue;
        // Unchanged since it last matched: no write has touched it (any write, even one that keeps
        // the size and resets the modification time, moves the change time, which no user can set on
        // Linux or macOS; on Windows a program can, so there every check reads the file).
        const before = process.platform === 'win32' ? null : await fileIdentity(file);
        if (before !== null && before === matched) return null;
        found = await fs.readFile(file, 'utf8').catch(() => '');
        if (found === entries.map((e) => `${JSON.stringify(e)}\n`).join('')) {
          matched = before;
          return null;
        }
      }
      return differenceFromWritten(readChain(found), entries);
    },
  };
}

/** What changes whenever a file is written: its inode, size, and modification and change times (ns). */
async function fileIdentity(file: string): Promise<string | null> {
  try {
    const st = await fs.stat(file, { bigint: true });
    return `${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
  } catch {
    return null;
  }
}

/** How a journal read from disk differs from the entries the app wrote to it. */
function differenceFromWritten(reading: ChainReading, written: readonly JournalEntry[]): EntryProblem {
  if (reading.problem) return reading.problem;
  const read = reading.entries;
  const first = written.findIndex((e, i) => JSON.stringify(read[i]) !== JSON.stringify(e));
  if (first === -1)
    return entryProblem(
      { line: written.length + 1, kind: read[written.length]?.kind ?? null, field: null },
      said('records.written.extra'),
    );
  if (first === read.length)
    return entryProblem(
      { line: first + 1, kind: written[first]?.kind ?? null, field: null },
      // The counts as text: a number would be said with a thousands separator.
      said('records.written.shorter', { entries: String(read.length), written: String(written.length) }),
    );
  return entryProblem(
    { line: first + 1, kind: read[first]?.kind ?? null, field: null },
    said('records.written.otherEntry'),
  );
}
