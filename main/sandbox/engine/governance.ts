/**
 * The organisation's governance, rehearsed on request (an assumption: Cobo's manual does not say
 * whether a request made with an API key waits for the Admins): a governed request waits for the
 * Admins' approval before its holders are asked.
 */
import { invalidStatus } from '../errors';
import type { EngineContext } from './context';
import type { Lifecycle } from './lifecycle';
import { toTss } from './views';

export function createGovernanceApi(ctx: EngineContext, lifecycle: Lifecycle) {
  return {
    /** The organisation's Admins approve a governed request (rehearsed governance): its holders are asked next. */
    async approveAsAdmins(requestId: string) {
      const r = ctx.anyRequest(requestId);
      if (r.admins !== 'waiting' || r.status !== 'PendingKeyHolderConfirmation')
        throw invalidStatus('the request does not wait for the Admins');
      r.admins = 'approved';
      await ctx.persist();
      lifecycle.scheduleApprovals(r);
      return toTss(r);
    },

    /** The requests waiting for the Admins' approval (rehearsed governance). */
    awaitingAdmins: () =>
      ctx.state.requests
        .filter((r) => r.admins === 'waiting' && r.status === 'PendingKeyHolderConfirmation')
        .map((r) => ({ tss_request_id: r.tss_request_id, type: r.type })),
  };
}
