/**
 * A TSS request's life after it is created, as the README's transition table shows: holders approve
 * (API co-signers at once, Mobile holders after a while or when someone plays their part), then
 * MPCProcessing and KeyGenerating each take a step, then the key material is made and checked.
 */
import type { RequestState } from '../state';
import type { EngineContext } from './context';
import { keyGen, reshareInto } from './key-generation';

export function createLifecycle(ctx: EngineContext) {
  let keygenFailures = 0;

  function scheduleApprovals(r: RequestState) {
    if (r.status !== 'PendingKeyHolderConfirmation') return;
    for (const id of r.required) {
      if (r.approvals[id]) continue;
      const n = ctx.nodeById(id);
      if (!n || !n.online || n.status !== 'Valid') continue;
      if (n.type === 'API')
        ctx.later(Math.min(200, ctx.settings.autoApproveMs), () => decide(r, id, 'approve'));
      else if (n.type === 'Mobile' && !ctx.settings.manualApproval)
        ctx.later(ctx.settings.autoApproveMs, () => decide(r, id, 'approve'));
    }
  }

  function advance(r: RequestState) {
    if (r.status === 'MPCProcessing') {
      ctx.later(ctx.settings.stepMs, () => {
        if (r.status !== 'MPCProcessing') return;
        ctx.setStatus(r, 'KeyGenerating');
        ctx.persistQuietly();
        advance(r);
      });
    } else if (r.status === 'KeyGenerating') {
      ctx.later(ctx.settings.stepMs, () => {
        if (r.status !== 'KeyGenerating') return;
        finish(r);
        ctx.persistQuietly();
      });
    }
  }

  function decide(r: RequestState, nodeId: string, decision: 'approve' | 'reject') {
    if (r.status !== 'PendingKeyHolderConfirmation' || r.approvals[nodeId]) return;
    r.approvals[nodeId] = decision === 'approve' ? 'approved' : 'rejected';
    if (decision === 'reject') {
      ctx.setStatus(
        r,
        'KeyHolderConfirmationFailed',
        `${ctx.nodeById(nodeId)?.name ?? nodeId} rejected the request`,
      );
    } else if (r.required.every((id) => r.approvals[id] === 'approved')) {
      ctx.setStatus(r, 'MPCProcessing');
      advance(r);
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
      for (const r of ctx.state.requests) {
        if (r.status === 'PendingKeyHolderConfirmation') scheduleApprovals(r);
        else advance(r);
      }
    },
  };
}

export type Lifecycle = ReturnType<typeof createLifecycle>;
