/**
 * Follows a submitted TSS request until it ends: each new status is journalled and shown; polling is
 * adaptive (often while things move, less often while they do not); a failed look is shown and retried.
 */
import { describeStatus } from '../../common/ceremony/status';
import type { Ceremony } from '../../common/contract';
import type { CoboClient } from '../cobo/client';
import { errorOf } from './errors';
import { finish, rootKeysNow } from './finish';
import { DEFAULT_POLLING, initialPolling, nextPoll, type PollingPolicy } from './polling';
import type { CeremonyEntry, Registry } from './registry';
import { said, sayEnglish } from '../../common/i18n/translate';

export interface TrackerOptions {
  readonly registry: Registry;
  readonly clientOf: (state: Ceremony) => Promise<CoboClient>;
  readonly polling?: PollingPolicy;
}

export function createTracker({ registry, clientOf, polling: given }: TrackerOptions) {
  const policy = given ?? DEFAULT_POLLING;
  const timers = new Map<string, NodeJS.Timeout>();
  /** Requests a cancel is ending: no look records a status or an ending for them meanwhile. */
  const held = new Set<string>();
  let stopped = false;

  function stop(id: string) {
    const timer = timers.get(id);
    if (timer) clearTimeout(timer);
    timers.delete(id);
  }

  /** One look at the request; answers whether its status changed. */
  async function look(e: CeremonyEntry): Promise<boolean> {
    const vaultId = e.state.selection.vaultId ?? '';
    const client = await clientOf(e.state);
    const request = await client.getTssRequest(vaultId, e.state.tssRequestId ?? '');
    return e.serial(async () => {
      const state = e.state;
      // The cancel under way ends it (one ending on the record), or lets it be followed again.
      if (held.has(state.id) || state.phase !== 'tracking') return false;
      // An answer without a status says nothing new: keep following.
      if (request.status === undefined) return false;
      const status = String(request.status);
      const hadError = state.lastError !== null;
      state.lastError = null;
      if (state.statuses[state.statuses.length - 1]?.status === status) {
        if (hadError) await registry.save(state);
        return false;
      }
      const meaning = describeStatus(status);
      const outcome = meaning.outcome === 'success' ? 'success' : 'failed';
      // The root keys are read before the status is recorded: if the read fails, the next look takes
      // the whole step again instead of leaving a final status recorded and never checked.
      const after = meaning.final ? await rootKeysNow(state, client, outcome) : null;
      await e.journal.append('status_observed', { tss_request_id: state.tssRequestId ?? '', status });
      state.statuses.push({ status, at: new Date().toISOString() });
      if (meaning.final) {
        stop(state.id);
        await finish(state, e.journal, after, outcome, said(meaning.meaningKey, meaning.values));
      }
      await registry.save(state);
      return true;
    });
  }

  async function lookOrShow(e: CeremonyEntry): Promise<boolean> {
    try {
      return await look(e);
    } catch (error) {
      await e.serial(async () => {
        const payload = errorOf(error);
        const keepsChecking = said('run.status.keepsChecking');
        e.state.lastError = {
          ...payload,
          hint: `${payload.hint} ${sayEnglish(keepsChecking)}`,
          ...(payload.said && {
            said: {
              ...payload.said,
              hint: said('errors.join.space', { first: payload.said.hint, rest: keepsChecking }),
            },
          }),
        };
        await registry.save(e.state);
      });
      return false;
    }
  }

  function track(id: string) {
    stop(id);
    let polling = initialPolling(policy);
    const following = (e: CeremonyEntry | undefined): e is CeremonyEntry =>
      !stopped && e?.state.phase === 'tracking' && Boolean(e.state.tssRequestId && e.state.selection.vaultId);
    const tick = async () => {
      const e = registry.find(id);
      if (!following(e) || held.has(id)) return;
      const changed = await lookOrShow(e);
      polling = nextPoll(polling, changed, Date.now(), policy);
      if (!stopped && !held.has(id) && e.state.phase === 'tracking')
        timers.set(
          id,
          setTimeout(() => void tick(), polling.delayMs),
        );
    };
    timers.set(
      id,
      setTimeout(() => void tick(), 0),
    );
  }

  return {
    track,
    stop,
    /** A cancel is asking Cobo: nothing is looked at or recorded for this request until it releases it. */
    hold(id: string) {
      held.add(id);
      stop(id);
    },
    /** The cancel is done: when it did not end the ceremony, following goes on. */
    release(id: string) {
      held.delete(id);
      if (!stopped && registry.find(id)?.state.phase === 'tracking') track(id);
    },
    stopAll() {
      stopped = true;
      for (const id of [...timers.keys()]) stop(id);
    },
  };
}

export type Tracker = ReturnType<typeof createTracker>;
