/**
 * A TSS request's life after it is created, as the README's transition table shows and the spec's
 * TSSRequestStatus describes. Each custodian acts once (Cobo's manual, guard/generate-and-back-up-key-
 * shares and Portal Mobile's key generation): reviews the request in Cobo Guard and taps Start Key Gen
 * (Portal Mobile: Start), then keeps the app open while the key is made, about 30 seconds. A Server
 * Signer's TSS Node starts by itself after its callback server's risk check. While the key is made,
 * a holder whose app is closed or offline stalls the request until it is back.
 */
import type { RequestState } from '../state';
import type { EngineContext } from './context';
import { keyGen, reshareInto } from './key-generation';

/** A holder's phone (or TSS Node) that can act: online, valid, its account not frozen. */
function holderReady(ctx: EngineContext, id: string): boolean {
  const n = ctx.nodeById(id);
  return n !== undefined && n.online && n.status === 'Valid' && !n.frozen;
}

export function createLifecycle(ctx: EngineContext) {
  let keygenFailures = 0;
  /** Requests waiting for a holder's app to come back before their next step. */
  const stalled = new Set<RequestState>();

  const ready = (id: string) => holderReady(ctx, id);

  /** Schedules the simulated holders' one act: Start Key Gen, while the request waits for it. */
  function scheduleApprovals(r: RequestState) {
    if (r.status !== 'PendingKeyHolderConfirmation' || r.admins === 'waiting') return;
    for (const id of r.required) {
      if (r.approvals[id]) continue;
      const n = ctx.nodeById(id);
      if (!n || !ready(id)) continue;
      // Manual approval turned on meanwhile: a phone acts only when someone plays it.
      const act = () =>
        !(n.type === 'Mobile' && ctx.settings.manualApproval) &&
        r.status === 'PendingKeyHolderConfirmation' &&
        !r.approvals[id] &&
        decide(r, id, 'approve');
      if (n.type === 'API') ctx.later(Math.min(200, ctx.settings.autoApproveMs), act);
      else if (n.type === 'Mobile' && !ctx.settings.manualApproval)
        ctx.later(ctx.settings.autoApproveMs, act);
    }
  }

  /**
   * Every holder taking part keeps its app (or TSS Node) open and online while the key is made; a
   * frozen account (after a restore from backup) takes no part until an Admin unfreezes it.
   */
  const absent = (r: RequestState) => r.required.some((id) => !ready(id));

  function step(r: RequestState) {
    if (r.status !== 'MPCProcessing' && r.status !== 'KeyGenerating') return;
    if (absent(r)) {
      stalled.add(r);
      return;
    }
    if (r.status === 'MPCProcessing') {
      ctx.setStatus(r, 'KeyGenerating');
      advance(r);
    } else finish(r);
    ctx.persistQuietly();
  }

  function advance(r: RequestState) {
    if (r.status === 'PendingKeyHolderConfirmation') scheduleApprovals(r);
    else if (r.status === 'MPCProcessing' || r.status === 'KeyGenerating')
      ctx.later(ctx.settings.stepMs, () => step(r));
  }

  /** A holder's one act in Cobo Guard (or its TSS Node's): Start Key Gen, or reject. */
  function decide(r: RequestState, nodeId: string, decision: 'approve' | 'reject') {
    const who = ctx.nodeById(nodeId)?.name ?? nodeId;
    if (r.status !== 'PendingKeyHolderConfirmation' || r.approvals[nodeId]) return;
    r.approvals[nodeId] = decision === 'approve' ? 'approved' : 'rejected';
    if (decision === 'reject') ctx.setStatus(r, 'KeyHolderConfirmationFailed', `${who} rejected the request`);
    else if (r.required.every((id) => r.approvals[id] === 'approved')) {
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
    /** A holder is back online: it can act, and a request its absence stalled goes on. */
    holderBack(nodeId: string) {
      for (const r of ctx.state.requests) {
        if (!r.required.includes(nodeId)) continue;
        if (stalled.delete(r)) step(r);
        else scheduleApprovals(r);
      }
    },
    failNextKeyGenerations(count: number) {
      keygenFailures = Math.max(0, Math.floor(count));
    },
    /** The simulated holders' acts again, for requests waiting on them (manual approval was turned off). */
    rescheduleApprovals() {
      for (const r of ctx.state.requests) scheduleApprovals(r);
    },
    /** Resumes timers for requests a restart interrupted. */
    resume() {
      stalled.clear();
      for (const r of ctx.state.requests) advance(r);
    },
  };
}

export type Lifecycle = ReturnType<typeof createLifecycle>;
