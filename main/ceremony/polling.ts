/**
 * Adaptive polling of a TSS request: fast while the status moves, backing off while nothing changes,
 * within a request budget. Goals: a change shows within about a second while a ceremony is active;
 * at most 60 requests a minute on average; at most 6 a minute while nothing changes.
 */
export interface PollingPolicy {
  readonly fastMs: number;
  readonly slowMs: number;
  readonly backoff: number;
  /** Unchanged polls at the fast rate before backing off. */
  readonly patience: number;
  /** At most this many polls in any sliding minute. */
  readonly perMinute: number;
}

export const DEFAULT_POLLING: PollingPolicy = {
  fastMs: 900,
  slowMs: 10_000,
  backoff: 1.6,
  patience: 20,
  perMinute: 60,
};

export interface PollingState {
  readonly delayMs: number;
  readonly unchanged: number;
  /** Times of recent polls (ms), for the budget. */
  readonly recent: readonly number[];
}

export const initialPolling = (policy: PollingPolicy = DEFAULT_POLLING): PollingState => ({
  delayMs: policy.fastMs,
  unchanged: 0,
  recent: [],
});

/** After a poll at `at`: how long to wait before the next one. */
export function nextPoll(
  state: PollingState,
  changed: boolean,
  at: number,
  policy: PollingPolicy = DEFAULT_POLLING,
): PollingState {
  const recent = [...state.recent.filter((t) => t > at - 60_000), at];
  const unchanged = changed ? 0 : state.unchanged + 1;
  let delayMs =
    changed || unchanged <= policy.patience
      ? policy.fastMs
      : Math.min(policy.slowMs, state.delayMs * policy.backoff);
  if (recent.length >= policy.perMinute) {
    // Budget spent: wait until the oldest poll of the minute leaves the window.
    delayMs = Math.max(delayMs, (recent[recent.length - policy.perMinute] ?? at) + 60_000 - at);
  }
  return { delayMs, unchanged, recent };
}
