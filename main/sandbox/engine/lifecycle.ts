/**
 * A TSS request's life after it is created, as the README's transition table shows and the spec's
 * TSSRequestStatus describes: holders approve (Server Signers at once, Mobile holders after a while or
 * when someone plays their part); in MPCProcessing every holder takes part — a Mobile holder again in
 * Cobo Guard, a Server Signer's TSS Node after its callback server's risk check; KeyGenerating takes a
 * step; then the key material is made and checked.
 */
import type { RequestState } from '../state';
import type { EngineContext } from './context';
import { keyGen, reshareInto } from './key-generation';

export function createLifecycle(ctx: EngineContext) {
  let keygenFailures = 0;

  /** Schedules what the simulated holders do by themselves in the request's current phase. */
  function scheduleApprovals(r: RequestState) {
    const phase = r.status;
    if (phase !== 'PendingKeyHolderConfirmation' && phase !== 'MPCProcessing') return;
    const done = phase === 'MPCProcessing' ? r.participation : r.approvals;
    for (const id of r.required) {
      if (done[id]) continue;
      const n = ctx.nodeById(id);
      if (!n || !n.online || n.status !== 'Valid') continue;
      const act = () => {
        if (r.status === phase) decide(r, id, 'approve');
      };
      if (n.type === 'API') ctx.later(Math.min(200, ctx.settings.autoApproveMs), act);
      else if (n.type === 'Mobile' && !ctx.settings.manualApproval)
        ctx.later(ctx.settings.autoApproveMs, act);
    }
  }

  function advance(r: RequestState) {
    if (r.status === 'PendingKeyHolderConfirmation' || r.status === 'MPCProcessing') scheduleApprovals(r);
    else if (r.status === 'KeyGenerating') {
      ctx.later(ctx.settings.stepMs, () => {
        if (r.status !== 'KeyGenerating') return;
        finish(r);
        ctx.persistQuietly();
      });
    }
  }

  /** A holder's decision in Cobo Guard (or its TSS Node's): approving the request, then taking part. */
  function decide(r: RequestState, nodeId: string, decision: 'approve' | 'reject') {
    const who = ctx.nodeById(nodeId)?.name ?? nodeId;
    if (r.status === 'PendingKeyHolderConfirmation' && !r.approvals[nodeId]) {
      r.approvals[nodeId] = decision === 'approve' ? 'approved' : 'rejected';
      if (decision === 'reject')
        ctx.setStatus(r, 'KeyHolderConfirmationFailed', `${who} rejected the request`);
      else if (r.required.every((id) => r.approvals[id] === 'approved')) {
        ctx.setStatus(r, 'MPCProcessing');
        advance(r);
      }
    } else if (r.status === 'MPCProcessing' && !r.participation[nodeId]) {
      r.participation[nodeId] = decision === 'approve' ? 'joined' : 'refused';
      if (decision === 'reject')
        ctx.setStatus(r, 'KeyHolderConfirmationFailed', `${who} refused to take part in key generation`);
      else if (r.required.every((id) => r.participation[id] === 'joined')) {
        ctx.setStatus(r, 'KeyGenerating');
        advance(r);
      }
    }
    ctx.persistQuietly();
  }

  function finish(r: RequestState) {
    if (keygenFailures > 0) {
      keygenFailures--;
      const target = ctx.state.groups.find(
        (g) => g.key_share_holder_group_id === r.target_key_share_holder_group_id,
      );
      const victim = target?.holders
        .map((h) => ctx.nodeById(h.tss_node_id))
        .find((n) => n && n.type !== 'Cobo');
      ctx.setStatus(
        r,
        'KeyGeneratingFailed',
        `Injected fault: TSS node of ${victim?.name ?? 'a holder'} stopped during key generation`,
      );
      return;
    }
    try {
      if (r.type === 'KeyGen') keyGen(ctx, r);
      else reshareInto(ctx, r);
      ctx.setStatus(r, 'Success');
    } catch (error) {
      ctx.setStatus(
        r,
        'KeyGeneratingFailed',
        error instanceof Error ? error.message : 'key generation failed',
      );
    }
  }

  return {
    scheduleApprovals,
    decide,
    failNextKeyGenerations(count: number) {
      keygenFailures = Math.max(0, Math.floor(count));
    },
    /** Resumes timers for requests a restart interrupted. */
    resume() {
      for (const r of ctx.state.requests) advance(r);
    },
  };
}

export type Lifecycle = ReturnType<typeof createLifecycle>;
