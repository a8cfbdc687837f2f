/**
 * The TSS status rules, in one place: what each status means for the officer, which are final,
 * which can be cancelled. Unknown values (Cobo may add some) are kept and shown as unknown. The words
 * are message keys, said in the page's language or, by main, in English.
 */
import { isKnown, TSS_REQUEST_STATUSES, type TssRequestStatus } from '../cobo-enums';
import type { MessageKey, MessageValues, Translate } from '../i18n/translate';

export interface StatusMeaning {
  readonly known: boolean;
  readonly titleKey: MessageKey;
  readonly meaningKey: MessageKey;
  readonly final: boolean;
  readonly outcome: 'success' | 'failed' | null;
  readonly cancellable: boolean;
  /** Who has to do something next. */
  readonly actorKey: MessageKey;
  /** The values the three messages take: the status itself, for one this version does not know. */
  readonly values: MessageValues;
}

const MEANINGS: Record<TssRequestStatus, Omit<StatusMeaning, 'known' | 'values'>> = {
  // Each custodian acts once (Cobo's manual, guard/generate-and-back-up-key-shares, Portal Mobile's
  // key generation): Start Key Gen (Portal Mobile: Start), then the app stays open until the key is made.
  PendingKeyHolderConfirmation: {
    titleKey: 'words.status.pendingKeyHolderConfirmation.title',
    meaningKey: 'words.status.pendingKeyHolderConfirmation.meaning',
    final: false,
    outcome: null,
    cancellable: true,
    actorKey: 'words.status.pendingKeyHolderConfirmation.actor',
  },
  MPCProcessing: {
    titleKey: 'words.status.mpcProcessing.title',
    meaningKey: 'words.status.mpcProcessing.meaning',
    final: false,
    outcome: null,
    cancellable: true,
    actorKey: 'words.status.mpcProcessing.actor',
  },
  KeyGenerating: {
    titleKey: 'words.status.keyGenerating.title',
    meaningKey: 'words.status.keyGenerating.meaning',
    final: false,
    outcome: null,
    cancellable: false,
    actorKey: 'words.status.keyGenerating.actor',
  },
  Success: {
    titleKey: 'words.status.success.title',
    meaningKey: 'words.status.success.meaning',
    final: true,
    outcome: 'success',
    cancellable: false,
    actorKey: 'words.status.success.actor',
  },
  KeyHolderConfirmationFailed: {
    titleKey: 'words.status.keyHolderConfirmationFailed.title',
    meaningKey: 'words.status.keyHolderConfirmationFailed.meaning',
    final: true,
    outcome: 'failed',
    cancellable: false,
    actorKey: 'words.status.keyHolderConfirmationFailed.actor',
  },
  KeyGeneratingFailed: {
    titleKey: 'words.status.keyGeneratingFailed.title',
    meaningKey: 'words.status.keyGeneratingFailed.meaning',
    final: true,
    outcome: 'failed',
    cancellable: false,
    actorKey: 'words.status.keyGeneratingFailed.actor',
  },
};

export function describeStatus(status: string): StatusMeaning {
  if (isKnown(TSS_REQUEST_STATUSES, status)) return { known: true, ...MEANINGS[status], values: {} };
  return {
    known: false,
    titleKey: 'words.status.unknown.title',
    meaningKey: 'words.status.unknown.meaning',
    final: false,
    outcome: null,
    cancellable: false,
    actorKey: 'words.status.unknown.actor',
    values: { status: status.slice(0, 60) },
  };
}

/** A status in words, in the language of `t`. */
export function statusInWords(
  status: string,
  t: Translate,
): { title: string; meaning: string; actor: string } {
  const m = describeStatus(status);
  return {
    title: t(m.titleKey, m.values),
    meaning: t(m.meaningKey, m.values),
    actor: t(m.actorKey, m.values),
  };
}

/** A timeline step's title, in the language of `t`. */
export const stepTitle = (step: TimelineStep, t: Translate): string => t(step.titleKey, step.titleValues);

export interface TimelineStep {
  readonly status: string;
  readonly titleKey: MessageKey;
  /** The values its title takes (the status, for one unknown or cancelled). */
  readonly titleValues: MessageValues;
  readonly known: boolean;
  readonly at: string;
  /** How long this status lasted, or has lasted so far for the current one. */
  readonly durationMs: number;
  /**
   * False for a status the request must have passed through between two reads (statuses can move
   * faster than the app looks): shown so the timeline is complete, never recorded as seen.
   */
  readonly observed: boolean;
}

/**
 * The order a request that goes well passes through; a failure of key generation takes Success's
 * place. A failed confirmation can come from either of the first two, so nothing is implied before it.
 */
const LIFECYCLE: readonly string[] = [
  'PendingKeyHolderConfirmation',
  'MPCProcessing',
  'KeyGenerating',
  'Success',
];
const placeInLifecycle = (status: string) =>
  status === 'KeyGeneratingFailed' ? LIFECYCLE.indexOf('Success') : LIFECYCLE.indexOf(status);

/** The statuses a request passed through, unseen, between two it was seen in. */
function passedThrough(from: string, to: string): string[] {
  const a = placeInLifecycle(from);
  const b = placeInLifecycle(to);
  return a === -1 || b === -1 || b <= a + 1 ? [] : LIFECYCLE.slice(a + 1, b);
}

/**
 * A timeline from status observations in any order and with repeats: one step per change, with the
 * statuses passed through between two reads shown as such.
 */
export function buildTimeline(
  observations: ReadonlyArray<{ status: string; at: string }>,
  now: number = Date.now(),
  /** The officer cancelled the request: its final status is Cobo's answer to that, said as such. */
  cancelled = false,
): TimelineStep[] {
  const sorted = [...observations].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const changes = sorted.filter((o, i) => i === 0 || o.status !== sorted[i - 1]?.status);
  return changes.flatMap((o, i) => {
    const next = changes[i + 1];
    const end = next ? Date.parse(next.at) : describeStatus(o.status).final ? Date.parse(o.at) : now;
    const meaning = describeStatus(o.status);
    const before = changes[i - 1];
    const unseen = (before ? passedThrough(before.status, o.status) : []).map((status): TimelineStep => ({
      status,
      titleKey: describeStatus(status).titleKey,
      titleValues: {},
      known: true,
      at: o.at,
      durationMs: 0,
      observed: false,
    }));
    return [
      ...unseen,
      {
        status: o.status,
        // Before the cancel the request was in a status that can be cancelled, never a final one: a
        // final status of a cancelled ceremony is how Cobo reports the cancel, not holders refusing.
        ...(cancelled && meaning.final
          ? { titleKey: 'words.status.cancelledByOfficer' as const, titleValues: { status: o.status } }
          : { titleKey: meaning.titleKey, titleValues: meaning.values }),
        known: meaning.known,
        at: o.at,
        durationMs: Math.max(0, end - Date.parse(o.at)),
        observed: true,
      },
    ];
  });
}

/** What the custodians taking part do while the request is in this status, or null once they have nothing to do. */
export function custodiansDo(status: string): 'start' | 'keep open' | null {
  if (status === 'PendingKeyHolderConfirmation') return 'start';
  if (status === 'MPCProcessing' || status === 'KeyGenerating') return 'keep open';
  return null;
}

/** Cobo's manual (holder-group-main-group): a Server Signer's TSS Node must come online within 24 hours. */
export const SERVER_SIGNER_WINDOW_MS = 24 * 60 * 60 * 1000;

/** By when a Server Signer's TSS Node must be online for this request: 24 hours after Cobo first reported it. */
export function serverSignerDeadline(statuses: ReadonlyArray<{ at: string }>): Date | null {
  const first = statuses[0] ? Date.parse(statuses[0].at) : NaN;
  return Number.isNaN(first) ? null : new Date(first + SERVER_SIGNER_WINDOW_MS);
}

/** After this long in a status where custodians act, the live status says what the choices are. */
export const LONG_WAIT_MS = 10 * 60 * 1000;

/** How long the request has waited on its custodians in its current status, once that is long; else null. */
export function longWait(
  statuses: ReadonlyArray<{ status: string; at: string }>,
  now: number,
): number | null {
  const last = statuses.at(-1);
  if (!last || custodiansDo(last.status) === null) return null;
  const waited = now - Date.parse(last.at);
  return waited >= LONG_WAIT_MS ? waited : null;
}
