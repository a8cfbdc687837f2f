/**
 * The TSS status rules, in one place: what each status means for the officer, which are final,
 * which can be cancelled. Unknown values (Cobo may add some) are kept and shown as unknown.
 */
import { isKnown, TSS_REQUEST_STATUSES, type TssRequestStatus } from '../cobo-enums';

export interface StatusMeaning {
  readonly known: boolean;
  readonly title: string;
  readonly meaning: string;
  readonly final: boolean;
  readonly outcome: 'success' | 'failed' | null;
  readonly cancellable: boolean;
  /** Who has to do something next. */
  readonly actor: string;
}

const MEANINGS: Record<TssRequestStatus, Omit<StatusMeaning, 'known'>> = {
  PendingKeyHolderConfirmation: {
    title: 'Waiting for holders to approve',
    meaning:
      'The request waits for enough key share holders to approve it. Custodians with a Mobile Signer approve it in Cobo Guard or Portal Mobile now; Server Signers’ TSS Nodes answer by themselves.',
    final: false,
    outcome: null,
    cancellable: true,
    actor: 'custodians approve in Cobo Guard or Portal Mobile; Server Signers’ TSS Nodes by themselves',
  },
  MPCProcessing: {
    title: 'Approved; holders now take part in Cobo Guard',
    meaning:
      'The approval is waiting to be started. Custodians with a Mobile Signer must open Cobo Guard or Portal Mobile again to approve the TSS request and take part; a Server Signer’s TSS Node asks its callback server for the risk-control check, with nothing to do by hand.',
    final: false,
    outcome: null,
    cancellable: true,
    actor:
      'custodians take part in Cobo Guard or Portal Mobile; Server Signers’ TSS Nodes ask their callback server',
  },
  KeyGenerating: {
    title: 'Generating key shares',
    meaning: 'The TSS nodes are generating key shares. Keep the holders’ phones and nodes online.',
    final: false,
    outcome: null,
    cancellable: false,
    actor: 'the TSS nodes',
  },
  Success: {
    title: 'Key shares created',
    meaning: 'The request finished successfully. Verify the root extended public keys next.',
    final: true,
    outcome: 'success',
    cancellable: false,
    actor: 'the officer: verify the root keys',
  },
  KeyHolderConfirmationFailed: {
    title: 'Holders did not approve',
    meaning:
      'A holder rejected the request, or it was cancelled. Nothing was created. Start a new ceremony to try again.',
    final: true,
    outcome: 'failed',
    cancellable: false,
    actor: 'the officer: start a new ceremony',
  },
  KeyGeneratingFailed: {
    title: 'Key generation failed',
    meaning:
      'A TSS node failed while generating key shares. Nothing usable was created. Check that every holder’s node is online, then start a new ceremony.',
    final: true,
    outcome: 'failed',
    cancellable: false,
    actor: 'the officer: check the nodes, then start a new ceremony',
  },
};

export function describeStatus(status: string): StatusMeaning {
  if (isKnown(TSS_REQUEST_STATUSES, status)) return { known: true, ...MEANINGS[status] };
  return {
    known: false,
    title: `Unknown status “${status.slice(0, 60)}”`,
    meaning:
      'Cobo reported a status this version of the app does not know. The app keeps following the request; check Cobo Portal for details.',
    final: false,
    outcome: null,
    cancellable: false,
    actor: 'nobody can tell: check Cobo Portal',
  };
}

export interface TimelineStep {
  readonly status: string;
  readonly title: string;
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
      title: describeStatus(status).title,
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
        title:
          cancelled && meaning.final
            ? `Cancelled by the officer (Cobo now reports ${o.status})`
            : meaning.title,
        known: meaning.known,
        at: o.at,
        durationMs: Math.max(0, end - Date.parse(o.at)),
        observed: true,
      },
    ];
  });
}

/** Cobo's manual (holder-group-main-group): a Server Signer's TSS Node must come online within 24 hours. */
export const SERVER_SIGNER_WINDOW_MS = 24 * 60 * 60 * 1000;

/** By when a Server Signer's TSS Node must be online for this request: 24 hours after Cobo first reported it. */
export function serverSignerDeadline(statuses: ReadonlyArray<{ at: string }>): Date | null {
  const first = statuses[0] ? Date.parse(statuses[0].at) : NaN;
  return Number.isNaN(first) ? null : new Date(first + SERVER_SIGNER_WINDOW_MS);
}
