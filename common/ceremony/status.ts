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
  // Each custodian acts once (Cobo's manual, guard/generate-and-back-up-key-shares, Portal Mobile's
  // key generation): Start Key Gen (Portal Mobile: Start), then the app stays open until the key is made.
  PendingKeyHolderConfirmation: {
    title: 'Waiting for holders to start',
    meaning:
      'The request waits for its key share holders. Each custodian with a Mobile Signer acts once: in Cobo Guard, tap the request’s banner, then Group Information › Start Key Gen (Portal Mobile: Approvals › Start), and keep the app open until the key is made, about 30 seconds. A Server Signer’s TSS Node starts by itself.',
    final: false,
    outcome: null,
    cancellable: true,
    actor:
      'custodians tap Start Key Gen in Cobo Guard (Start in Portal Mobile), once; Server Signers’ TSS Nodes by themselves',
  },
  MPCProcessing: {
    title: 'Holders started; their apps take part',
    meaning:
      'The holders have started. Their Cobo Guard or Portal Mobile apps and TSS Nodes now work together, with nothing more to tap: custodians keep the app open and the phone online; a Server Signer’s TSS Node asks its callback server for the risk-control check. An app closed or offline holds the request here until it is back.',
    final: false,
    outcome: null,
    cancellable: true,
    actor: 'the holders’ apps and TSS Nodes: keep Cobo Guard or Portal Mobile open and online',
  },
  KeyGenerating: {
    title: 'Generating key shares',
    meaning:
      'The TSS nodes are generating key shares. Custodians keep Cobo Guard or Portal Mobile open and online until Cobo reports success; nothing to tap.',
    final: false,
    outcome: null,
    cancellable: false,
    actor: 'the TSS nodes: keep every holder’s app open and online',
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
    title: 'Holders did not start',
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
