/**
 * After a send whose outcome is unknown, the ceremony looks for what it may have created — never sends
 * again. Each look asks the ceremony's protocol; only exactly one candidate decides. When a few looks
 * cannot decide, the officer is told what is known and what to do.
 */
import type { Ceremony } from '../../common/contract';
import type { CoboClient } from '../cobo/client';
import { log } from '../log';
import { errorOf, OUTCOME_UNKNOWN } from './errors';
import { finish, rootKeysNow } from './finish';
import { protocolFor } from './protocols';
import type { Registry } from './registry';
import type { Tracker } from './tracker';

export interface ReconcilerOptions {
  readonly registry: Registry;
  readonly tracker: Tracker;
  readonly clientOf: (state: Ceremony) => Promise<CoboClient>;
  /** How often to look for a request whose send had an unknown outcome, before asking the officer. */
  readonly attempts?: number;
  readonly delayMs?: number;
}

export function createReconciler({
  registry,
  tracker,
  clientOf,
  attempts = 3,
  delayMs = 1_000,
}: ReconcilerOptions) {
  /** One look; answers whether it decided. */
  async function lookOnce(id: string): Promise<boolean> {
    const e = registry.entry(id);
    return e.serial(async () => {
      const intent = [...e.journal.entries()].reverse().find((en) => en.kind === 'request_intent');
      const client = await clientOf(e.state);
      const found = await protocolFor(e.state.kind).find(e.state, intent, client);
      if (!found) return false;
      // Read before anything is recorded: a failed read leaves the look to be taken again.
      const after = found.finishes ? await rootKeysNow(e.state, client, 'success') : null;
      await e.journal.append('response_received', found.journal);
      found.apply(e.state);
      if (found.finishes) await finish(e.state, e.journal, after, 'success', null);
      await registry.save(e.state);
      return true;
    });
  }

  return async function reconcile(id: string): Promise<void> {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      let decided = false;
      try {
        decided = await lookOnce(id);
      } catch (error) {
        log.warn('ceremony.reconcile_failed', { code: errorOf(error).code });
      }
      if (decided) {
        if (registry.entry(id).state.phase === 'tracking') tracker.track(id);
        return;
      }
      if (attempt < attempts) await new Promise((r) => setTimeout(r, delayMs));
    }
    await registry.change(id, (state) => {
      state.phase = 'undecided';
      state.lastError = OUTCOME_UNKNOWN;
    });
  };
}

export type Reconcile = ReturnType<typeof createReconciler>;
