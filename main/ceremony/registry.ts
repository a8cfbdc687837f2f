/**
 * Where ceremonies live: one journal (the record) and one state file (a cache of what the journal
 * says, checked against it on load) per ceremony under the data folder. The registry loads them, looks
 * them up, and runs one change at a time per ceremony, saving the state with its journal checkpoint
 * and announcing it to the page after each.
 * Loading them from disk is record-loader.ts: what may still act at start-up, the rest after.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Ceremony, DamagedRecord } from '../../common/contract';
import type { EventHub } from '../ipc/event-hub';
import { GENESIS, type JsonValue } from '../journal/chain';
import { openJournal, type Journal } from '../journal/journal';
import { log } from '../log';
import { isOver } from '../../common/ceremony/history';
import { createSerialQueue, readTextIfExists, writeFileAtomic } from '../storage/atomic-file';
import { notFound, recordDamaged } from './errors';
import {
  damagedEntry,
  JOURNAL_SUFFIX,
  recordIds,
  STATE_SUFFIX,
  type CeremonyEntry,
  type DamagedEntry,
  type RecordKeys,
  type StateFile,
} from './record-load';
import { openIndex, type IndexReading, type IndexWriter } from './record-index';
import { createRecordLoader, type RecordLoader } from './record-loader';

export type { CeremonyEntry, RecordKeys } from './record-load';

export const toJson = (value: unknown): JsonValue => JSON.parse(JSON.stringify(value ?? null)) as JsonValue;

/** Every ceremony not over, and the newest `overLimit` of those that are (loaded on demand), with how many are over. */
async function pageOf(
  ceremonies: ReadonlyMap<string, CeremonyEntry>,
  loader: Pick<RecordLoader, 'deferred' | 'ensure'>,
  overLimit: number,
): Promise<{ shown: Ceremony[]; overTotal: number }> {
  const states = [...ceremonies.values()].map((e) => e.state);
  const over = [...states.filter((c) => isOver(c.phase)), ...loader.deferred()];
  over.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const newest = over.slice(0, overLimit).map((c) => c.id);
  for (const id of newest) await loader.ensure(id);
  const shown = newest.flatMap((id) => ceremonies.get(id)?.state ?? []);
  return { shown: [...states.filter((c) => !isOver(c.phase)), ...shown], overTotal: over.length };
}

const fail = (error: Error): never => {
  throw error;
};

/** Why the signed index cannot be trusted, in English and as message keys (issue #32); nulls when it can. */
type IndexTrust = Pick<IndexReading, 'problem' | 'problemSaid'>;

export function createRegistry(options: {
  readonly dataDir: string;
  readonly events: EventHub;
  readonly keys: RecordKeys;
}) {
  const dir = path.join(options.dataDir, 'ceremonies');
  const ceremonies = new Map<string, CeremonyEntry>();
  const damaged = new Map<string, DamagedEntry>();
  const stateFile = (id: string) => path.join(dir, `${id}${STATE_SUFFIX}`);
  const journalFile = (id: string) => path.join(dir, `${id}${JOURNAL_SUFFIX}`);
  const journalOptions = { signer: options.keys.signer };

  const entry = (id: string): CeremonyEntry =>
    ceremonies.get(id) ?? fail(damaged.has(id) ? recordDamaged() : notFound());

  async function save(state: Ceremony) {
    state.updatedAt = new Date().toISOString();
    loader.changed(state.id);
    const journal = ceremonies.get(state.id)?.journal;
    const file: StateFile = {
      ceremony: state,
      journal: journal?.checkpoint() ?? { entries: 0, head: GENESIS },
    };
    await writeFileAtomic(stateFile(state.id), JSON.stringify(file, null, 1));
    await index?.record(state.id, file.journal);
    options.events.emit('ceremony.updated', state);
  }

  function setDamaged(id: string, record: DamagedEntry) {
    ceremonies.delete(id);
    damaged.set(id, record);
    const { line, field } = record.record.problem;
    log.error('ceremony.record_damaged', { id, line, field });
    options.events.emit('app.changed', { topic: 'records' });
  }

  const loader = createRecordLoader({
    dataDir: options.dataDir,
    keys: options.keys,
    files: { stateFile, journalFile },
    journalOptions,
    loaded: (id, e) => {
      ceremonies.set(id, e);
      index?.join(id, e.journal.checkpoint());
    },
    damaged: setDamaged,
    stateOf: (id) => ceremonies.get(id)?.state,
    indexed: (id) => index?.recorded(id),
  });
  let [index, indexTrust]: [IndexWriter | null, IndexTrust] = [null, { problem: null, problemSaid: null }];

  return {
    entry,
    save,
    /** Reads the ceremonies that may still act (the rest wait for `loadRest`); a damaged one is kept as such. */
    async load() {
      await fs.mkdir(dir, { recursive: true, mode: 0o700 });
      const ids = await recordIds(dir, STATE_SUFFIX, JOURNAL_SUFFIX);
      // The signed index first: a ceremony it lists whose files are gone is listed as damaged.
      const opened = await openIndex(path.join(options.dataDir, 'record-index.json'), options.keys, ids);
      [index, indexTrust] = [opened.writer, opened];
      for (const { id, problem } of opened.deleted) setDamaged(id, damagedEntry(id, '', problem));
      await loader.loadNow(ids);
    },
    /** Why the installation's signed index of its ceremonies cannot be trusted; nulls when it can. */
    indexTrust: (): IndexTrust => indexTrust,
    ensure: loader.ensure,
    /** Loads what waits, then writes the records that joined the index meanwhile, in one write. */
    loadRest: () => loader.loadRest().then(() => index?.writeJoined()),
    stopLoading: loader.stop,

    /**
     * One page of the ceremonies: every one not over, and the newest `overLimit` of those that are
     * over (loaded on demand), with how many are over in all.
     */
    page: (overLimit: number) => pageOf(ceremonies, loader, overLimit),

    /** Holds these journals to what the app wrote: one changed while the app runs is damaged at once. */
    async recheck(ids: readonly string[]) {
      const check = async (id: string) => {
        const problem = await ceremonies.get(id)?.journal.checkOnDisk();
        if (problem)
          setDamaged(id, damagedEntry(id, (await readTextIfExists(journalFile(id))) ?? '', problem));
      };
      // A few files at a time: many open at once could fail to read and look like damage.
      for (let i = 0; i < ids.length; i += 8) await Promise.all(ids.slice(i, i + 8).map(check));
    },

    /** A new ceremony, with the journal's first entry written before the state is saved. */
    async create(state: Ceremony, first: Record<string, JsonValue>) {
      await fs.mkdir(dir, { recursive: true, mode: 0o700 });
      const journal = await openJournal(journalFile(state.id), journalOptions);
      await journal.append('ceremony_started', first);
      ceremonies.set(state.id, { state, journal, serial: createSerialQueue() });
      await save(state);
      return state;
    },

    /** Runs a change to one ceremony at a time, then saves and announces it. */
    async change(
      id: string,
      run: (state: Ceremony, journal: Journal) => Promise<void> | void,
    ): Promise<Ceremony> {
      const e = entry(id);
      return e.serial(async () => {
        await run(e.state, e.journal);
        await save(e.state);
        return e.state;
      });
    },

    /** The entry, or undefined when there is none (for timers that outlive a ceremony). */
    find: (id: string): CeremonyEntry | undefined => ceremonies.get(id),
    all: (): Ceremony[] => [...ceremonies.values()].map((e) => e.state),
    /** The ceremonies whose records are damaged, with what is wrong. */
    damaged: (): DamagedRecord[] => [...damaged.values()].map((d) => d.record),
    /** A damaged record's lines and description, for a transcript marked as damaged; undefined if none. */
    findDamaged: (id: string): DamagedEntry | undefined => damaged.get(id),
  };
}

export type Registry = ReturnType<typeof createRegistry>;
