/**
 * Where ceremonies live: one journal (the record) and one state file (a cache of what the journal
 * says, checked against it on load) per ceremony under the data folder. The registry loads them, looks
 * them up, and runs one change at a time per ceremony, saving the state with its journal checkpoint
 * and announcing it to the page after each.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Ceremony, DamagedRecord } from '../../common/contract';
import type { EventHub } from '../ipc/event-hub';
import { GENESIS, type JsonValue } from '../journal/chain';
import { journalFromReading, openJournal, type Journal } from '../journal/journal';
import { log } from '../log';
import { createSerialQueue, readTextIfExists, writeFileAtomic } from '../storage/atomic-file';
import { notFound, recordDamaged } from './errors';
import {
  damagedEntry,
  readRecord,
  recordIds,
  type DamagedEntry,
  type RecordKeys,
  type StateFile,
} from './record-load';

/** One loaded ceremony: its live state (the page and tests read it), its journal, its queue of changes. */
export interface CeremonyEntry {
  readonly state: Ceremony;
  readonly journal: Journal;
  readonly serial: ReturnType<typeof createSerialQueue>;
}

export type { RecordKeys } from './record-load';

export const toJson = (value: unknown): JsonValue => JSON.parse(JSON.stringify(value ?? null)) as JsonValue;

const STATE_SUFFIX = '.json';
const JOURNAL_SUFFIX = '.journal.jsonl';

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

  function entry(id: string): CeremonyEntry {
    const e = ceremonies.get(id);
    if (!e) throw damaged.has(id) ? recordDamaged() : notFound();
    return e;
  }

  async function save(state: Ceremony) {
    state.updatedAt = new Date().toISOString();
    const journal = ceremonies.get(state.id)?.journal;
    const file: StateFile = {
      ceremony: state,
      journal: journal?.checkpoint() ?? { entries: 0, head: GENESIS },
    };
    await writeFileAtomic(stateFile(state.id), JSON.stringify(file, null, 1));
    options.events.emit('ceremony.updated', state);
  }

  function setDamaged(id: string, record: DamagedEntry) {
    ceremonies.delete(id);
    damaged.set(id, record);
    const { line, field } = record.record.problem;
    log.error('ceremony.record_damaged', { id, line, field });
  }

  async function loadOne(id: string) {
    const found = await readRecord({
      id,
      journalFile: journalFile(id),
      stateFile: stateFile(id),
      keys: options.keys,
    });
    if ('damaged' in found) return setDamaged(id, found.damaged);
    const { text, reading, state } = found;
    const journal = await journalFromReading(journalFile(id), text, reading, journalOptions);
    ceremonies.set(id, { state, journal, serial: createSerialQueue() });
  }

  return {
    entry,
    save,

    /**
     * Reads every ceremony on disk. One whose record cannot be trusted (the journal altered, or the
     * state file disagreeing with it) is kept as damaged: listed with what is wrong, never repaired.
     */
    async load() {
      await fs.mkdir(dir, { recursive: true, mode: 0o700 });
      const ids = await recordIds(dir, STATE_SUFFIX, JOURNAL_SUFFIX);
      for (const id of ids) {
        try {
          await loadOne(id);
        } catch (error) {
          log.error('ceremony.load_failed', {
            id,
            reason: error instanceof Error ? error.message.slice(0, 120) : 'unknown',
          });
        }
      }
    },

    /**
     * Holds every open journal to what the app wrote: a file changed while the app runs makes its
     * ceremony damaged at once, not at the next start.
     */
    async recheck() {
      for (const [id, e] of [...ceremonies]) {
        const problem = await e.journal.checkOnDisk();
        if (problem)
          setDamaged(id, damagedEntry(id, (await readTextIfExists(journalFile(id))) ?? '', problem));
      }
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
