/**
 * Where ceremonies live: one state file and one journal per ceremony under the data folder. The
 * registry loads them, looks them up, and runs one change at a time per ceremony, saving the state
 * with its journal checkpoint and announcing it to the page after each.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Ceremony } from '../../common/contract';
import type { EventHub } from '../ipc/event-hub';
import { GENESIS, JournalTamperedError, openJournal, type Journal, type JsonValue } from '../journal/journal';
import { log } from '../log';
import { createSerialQueue, readTextIfExists, writeFileAtomic } from '../storage/atomic-file';
import { notFound } from './errors';

/** A ceremony's state file: the state, and where its journal stood when the state was saved. */
const StateFile = z.strictObject({
  ceremony: Ceremony,
  journal: z.strictObject({ entries: z.number().int().min(0), head: z.string().regex(/^[0-9a-f]{64}$/) }),
});
type StateFile = z.infer<typeof StateFile>;

/** One loaded ceremony: its live state (the page and tests read it), its journal, its queue of changes. */
export interface CeremonyEntry {
  readonly state: Ceremony;
  readonly journal: Journal;
  readonly serial: ReturnType<typeof createSerialQueue>;
}

export const toJson = (value: unknown): JsonValue => JSON.parse(JSON.stringify(value ?? null)) as JsonValue;

export function createRegistry(options: { readonly dataDir: string; readonly events: EventHub }) {
  const dir = path.join(options.dataDir, 'ceremonies');
  const ceremonies = new Map<string, CeremonyEntry>();
  const stateFile = (id: string) => path.join(dir, `${id}.json`);
  const journalFile = (id: string) => path.join(dir, `${id}.journal.jsonl`);

  function entry(id: string): CeremonyEntry {
    const e = ceremonies.get(id);
    if (!e) throw notFound();
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

  async function loadOne(id: string) {
    try {
      const parsed = StateFile.safeParse(JSON.parse((await readTextIfExists(stateFile(id))) ?? 'null'));
      if (!parsed.success) {
        log.error('ceremony.state_unreadable', { id });
        return;
      }
      // The journal must still hold every entry it held at the last save, unchanged.
      const journal = await openJournal(journalFile(id), undefined, parsed.data.journal);
      const state = parsed.data.ceremony;
      // The journal decides: an intent with no answer after it means the send may have happened.
      const kinds = journal.entries().map((en) => en.kind);
      if (
        kinds.lastIndexOf('request_intent') > kinds.lastIndexOf('response_received') &&
        state.phase === 'preparing'
      )
        state.phase = 'submitting';
      ceremonies.set(id, { state, journal, serial: createSerialQueue() });
    } catch (error) {
      log.error('ceremony.load_failed', {
        id,
        ...(error instanceof JournalTamperedError
          ? { line: error.problem.line, reason: error.problem.reason }
          : { reason: error instanceof Error ? error.message.slice(0, 120) : 'unknown' }),
      });
    }
  }

  return {
    entry,
    save,

    /** Reads every ceremony on disk; one that cannot be trusted is logged and left out, never repaired. */
    async load() {
      await fs.mkdir(dir, { recursive: true, mode: 0o700 });
      for (const name of await fs.readdir(dir)) {
        if (name.endsWith('.json')) await loadOne(name.slice(0, -'.json'.length));
      }
    },

    /** A new ceremony, with the journal's first entry written before the state is saved. */
    async create(state: Ceremony, first: Record<string, JsonValue>) {
      await fs.mkdir(dir, { recursive: true, mode: 0o700 });
      const journal = await openJournal(journalFile(state.id));
      await journal.append('ceremony_started', first);
      ceremonies.set(state.id, { state, journal, serial: createSerialQueue() });
      await save(state);
      return state;
    },

    /** Runs a change to one ceremony at a time, then saves and announces it. */
    change(id: string, run: (state: Ceremony, journal: Journal) => Promise<void> | void): Promise<Ceremony> {
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
  };
}

export type Registry = ReturnType<typeof createRegistry>;
