/**
 * Follows a submitted TSS request until it ends: each new status is journalled and shown; polling is
 * adaptive (often while things move, less often while they do not); a failed look is shown and retried.
 */
import { describeStatus } from '../../common/ceremony/status';
import type { Ceremony, ErrorPayload } from '../../common/contract';
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

/** A failed look as shown: what went wrong, and that the app keeps checking by itself. */
function failedLook(error: unknown): ErrorPayload {
  const payload = errorOf(error);
  const keepsChecking = said('run.status.keepsChecking');
  return {
    ...payload,
    hint: `${payload.hint} ${sayEnglish(keepsChecking)}`,
    ...(payload.said && {
      said: {
        ...payload.said,
        hint: said('errors.join.space', { first: payload.said.hint, rest: keepsChecking }),
      },
    }),
  };
}

export function createTracker({ registry, clientOf, polling: given }: TrackerOptions) {
  const policy = given ?? DEFAULT_POLLING;
  const timers = new Map<string, NodeJS.Timeout>();
  /** Requests a cancel is ending: no look records a status or an ending for them meanwhile. */
  const held = new Set<string>();
  /** Each request's polling loop by number: a loop older than the last track() ends by itself. */
  const loops = new Map<string, number>();
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
        // A cancel under way, or an ending already recorded, has the last word on what is shown.
        if (held.has(e.state.id) || e.state.phase !== 'tracking') return;
        e.state.lastError = failedLook(error);
        await registry.save(e.state);
      });
      return false;
    }
  }

  /** Follows the request, its first look after `firstDelayMs`; a loop already running for it ends. */
  function track(id: string, firstDelayMs = 0) {
    stop(id);
    const loop = (loops.get(id) ?? 0) + 1;
    loops.set(id, loop);
    let polling = initialPolling(policy);
    const current = () => !stopped && !held.has(id) && loops.get(id) === loop;
    const following = (e: CeremonyEntry | undefined): e is CeremonyEntry =>
      current() &&
      e?.state.phase === 'tracking' &&
      Boolean(e.state.tssRequestId && e.state.selection.vaultId);
    const tick = async () => {
      const e = registry.find(id);
      if (!following(e)) return;
      const changed = await lookOrShow(e);
      polling = nextPoll(polling, changed, Date.now(), policy);
      if (current() && e.state.phase === 'tracking')
        timers.set(
          id,
          setTimeout(() => void tick(), polling.delayMs),
        );
    };
    timers.set(
      id,
      setTimeout(() => void tick(), firstDelayMs),
    );
  }

  return {
    track,
    stop,
    /**
     * A cancel is asking Cobo: nothing is looked at or recorded for this request until it releases
     * it. False when another cancel holds it already (one cancel at a time).
     */
    hold(id: string): boolean {
      if (held.has(id)) return false;
      held.add(id);
      stop(id);
      return true;
    },
    /**
     * The cancel is done: when it did not end the ceremony, following goes on after the usual
     * delay, so what the cancel showed (its error) is seen before a look replaces it.
     */
    release(id: string) {
      held.delete(id);
      if (!stopped && registry.find(id)?.state.phase === 'tracking')
        track(id, initialPolling(policy).delayMs);
    },
    stopAll() {
      stopped = true;
      for (const id of [...timers.keys()]) stop(id);
    },
  };
}

export type Tracker = ReturnType<typeof createTracker>;
