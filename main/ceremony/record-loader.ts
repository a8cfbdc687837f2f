/**
 * Loading ceremonies from disk at a cost that grows with new work, not with history. Start-up loads
 * what may still act: open ceremonies, and any the memo of verified records (record-memo.ts) does not
 * list as over. Ceremonies that are over wait for a background pass (`loadRest`), newest first, or
 * load on demand when something asks for one first (`ensure`). A record whose files are byte for byte
 * the ones verified before is not signature-checked again; everything else is verified in full, and
 * the pass ends by signing a new memo, so the next start checks only what changed.
 */
import path from 'node:path';
import type { Ceremony } from '../../common/contract';
import { isOver } from '../../common/ceremony/history';
import type { JournalCheckpoint } from '../journal/chain';
import { entryProblem } from '../journal/entry-problem';
import { said } from '../../common/i18n/translate';
import { journalFromReading, type JournalOptions } from '../journal/journal';
import { log, reasonOf } from '../log';
import { createSerialQueue } from '../storage/atomic-file';
import {
  damagedEntry,
  MAX_ID_LENGTH,
  NOWHERE,
  readRecord,
  strangeRecord,
  type CeremonyEntry,
  type DamagedEntry,
  type RecordKeys,
} from './record-load';
import { readMemo, writeMemo, type RecordHashes, type RecordMemo } from './record-memo';

/** One look at the key history per signer and pass, not one per ceremony. */
function oneLookPerSigner(inner: RecordKeys) {
  let seen = new Map<string, Promise<unknown>>();
  const once = <T>(kind: string, fingerprint: string, look: () => Promise<T>): Promise<T> => {
    const key = `${kind}:${fingerprint}`;
    const found = (seen.get(key) as Promise<T> | undefined) ?? look();
    seen.set(key, found);
    return found;
  };
  const keys: RecordKeys = {
    ...inner,
    whose: (fingerprint) => once('whose', fingerprint, () => inner.whose(fingerprint)),
    order: (fingerprint) => once('order', fingerprint, () => inner.order(fingerprint)),
  };
  return { keys, forget: () => (seen = new Map()) };
}

export function createRecordLoader(options: {
  readonly dataDir: string;
  readonly keys: RecordKeys;
  readonly files: { stateFile(id: string): string; journalFile(id: string): string };
  readonly journalOptions: JournalOptions;
  /** A record that verified, with its journal open for appending. */
  loaded(id: string, entry: CeremonyEntry): void;
  /** A record that cannot be trusted. */
  damaged(id: string, record: DamagedEntry): void;
  stateOf(id: string): Ceremony | undefined;
  /** Where the installation's signed index last saw a ceremony's journal. */
  indexed(id: string): JournalCheckpoint | undefined;
}) {
  const memoFile = path.join(options.dataDir, 'record-memo.json');
  /** Ceremonies that are over and not loaded yet, with when each was created (from the memo). */
  const waiting = new Map<string, string>();
  const inFlight = new Map<string, { done: Promise<void>; createdAt: string }>();
  /** The bytes each record over had when it verified, while unchanged since: the next memo. */
  const verified = new Map<string, RecordHashes>();
  let memo: RecordMemo | null = null;
  let stopped = false;
  const { keys, forget } = oneLookPerSigner(options.keys);

  async function loadOne(id: string) {
    const found = await readRecord({
      id,
      journalFile: options.files.journalFile(id),
      stateFile: options.files.stateFile(id),
      keys,
      memo: memo ?? undefined,
      indexed: options.indexed(id),
    });
    if ('damaged' in found) return options.damaged(id, found.damaged);
    const { text, reading, state, hashes } = found;
    const file = options.files.journalFile(id);
    const journal = await journalFromReading(file, text, reading, options.journalOptions);
    options.loaded(id, { state, journal, serial: createSerialQueue() });
    // A journal that loading repaired (a cut-off line) is not the bytes hashed: it is not remembered.
    if (isOver(state.phase) && text.endsWith('\n')) verified.set(id, hashes);
  }

  async function load(id: string) {
    // A name no ceremony has is listed as what it is, and the rest load as usual.
    if (id.length > MAX_ID_LENGTH) {
      const strange = strangeRecord(id);
      return options.damaged(strange.id, strange.damaged);
    }
    try {
      await loadOne(id);
    } catch (error) {
      // Never lost from sight: a record that cannot even be read is listed as damaged.
      log.error('ceremony.load_failed', { id, reason: reasonOf(error) });
      const reason = said('records.load.readFailed', { reason: reasonOf(error) });
      options.damaged(id, damagedEntry(id, '', entryProblem(NOWHERE, reason)));
    }
  }

  /** Loads a ceremony that waits, once; resolves at once for one loaded already. */
  function ensure(id: string): Promise<void> {
    const createdAt = waiting.get(id);
    if (createdAt === undefined) return inFlight.get(id)?.done ?? Promise.resolve();
    waiting.delete(id);
    const done = load(id).finally(() => inFlight.delete(id));
    inFlight.set(id, { done, createdAt });
    return done;
  }

  /** Signs a memo of every record verified and unchanged since; skipped without the installation key. */
  async function remember() {
    const records = new Map<string, RecordHashes & { createdAt: string }>();
    for (const [id, hashes] of verified) {
      const state = options.stateOf(id);
      // Only records over are ever in `verified`, and a ceremony over stays over.
      if (state) records.set(id, { ...hashes, createdAt: state.createdAt });
    }
    try {
      // Nothing to remember, or no key in the keychain: none is made here (only a first journal makes one).
      if (!records.size || !(await options.keys.currentPublicKey())) return;
      await writeMemo(memoFile, records, await options.keys.signer());
    } catch (error) {
      log.warn('ceremony.memo_not_written', { reason: reasonOf(error) });
    }
  }

  return {
    /** Loads the ceremonies on disk that may still act; those the memo lists as over wait. */
    async loadNow(ids: readonly string[]) {
      forget();
      memo = await readMemo(memoFile, () => options.keys.currentPublicKey());
      for (const id of ids) {
        const createdAt = memo.over.get(id);
        if (createdAt !== undefined) waiting.set(id, createdAt);
        else await load(id);
      }
    },
    ensure,
    /** Loads every ceremony that waits, newest first, then signs the memo of what verified. */
    async loadRest() {
      const ids = [...waiting].sort((a, b) => b[1].localeCompare(a[1])).map(([id]) => id);
      for (const id of ids) if (!stopped) await ensure(id);
      await Promise.all([...inFlight.values()].map((f) => f.done));
      if (stopped) return;
      forget();
      await remember();
    },
    /** The ceremonies that wait or are loading, with when each was created. */
    deferred: () => [
      ...[...waiting].map(([id, createdAt]) => ({ id, createdAt })),
      ...[...inFlight].map(([id, { createdAt }]) => ({ id, createdAt })),
    ],
    /** The app stops: the background pass ends after the ceremony it is loading. */
    stop: () => {
      stopped = true;
    },
    /** A ceremony changed: its record is no longer the one verified. */
    changed: (id: string) => verified.delete(id),
  };
}

export type RecordLoader = ReturnType<typeof createRecordLoader>;
