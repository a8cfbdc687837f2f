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
      'The request waits for enough key share holders to approve it. Custodians with a mobile co-signer approve it in Cobo Guard now; API co-signers’ TSS Nodes answer by themselves.',
    final: false,
    outcome: null,
    cancellable: true,
    actor: 'custodians approve in Cobo Guard; API co-signers’ TSS Nodes by themselves',
  },
  MPCProcessing: {
    title: 'Approved; holders now take part in Cobo Guard',
    meaning:
      'The approval is waiting to be started. Custodians with a mobile co-signer must open Cobo Guard again to approve the TSS request and take part; an API co-signer’s TSS Node asks its callback server for the risk-control check, with nothing to do by hand.',
    final: false,
    outcome: null,
    cancellable: true,
    actor: 'custodians take part in Cobo Guard; API co-signers’ TSS Nodes ask their callback server',
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
}

/** A timeline from status observations in any order and with repeats: one step per change. */
export function buildTimeline(
  observations: ReadonlyArray<{ status: string; at: string }>,
  now: number = Date.now(),
): TimelineStep[] {
  const sorted = [...observations].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const changes = sorted.filter((o, i) => i === 0 || o.status !== sorted[i - 1]?.status);
  return changes.map((o, i) => {
    const next = changes[i + 1];
    const end = next ? Date.parse(next.at) : describeStatus(o.status).final ? Date.parse(o.at) : now;
    const meaning = describeStatus(o.status);
    return {
      status: o.status,
      title: meaning.title,
      known: meaning.known,
      at: o.at,
      durationMs: Math.max(0, end - Date.parse(o.at)),
    };
  });
}
