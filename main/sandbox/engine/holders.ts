/**
 * The organisation's key share holders: Cobo's node, listing holders, and the simulated holders'
 * side — starting or rejecting a request, going offline. Their phones are in ./phones.ts.
 */
import type { KeyShareHolder } from '../../cobo/schemas';
import { invalidParameter, invalidStatus, notFound } from '../errors';
import type { EngineContext } from './context';
import type { Lifecycle } from './lifecycle';
import { toHolder, toTss } from './views';

export function createHoldersApi(ctx: EngineContext, lifecycle: Lifecycle) {
  return {
    coboNodes: () => ctx.state.nodes.filter((n) => n.type === 'Cobo').map((n) => toHolder(n, true)),

    listHolders(vaultId: string, groupIds: string[] | undefined) {
      ctx.vault(vaultId);
      const groups = ctx.state.groups.filter(
        (g) => g.vault_id === vaultId && (!groupIds || groupIds.includes(g.key_share_holder_group_id)),
      );
      if (groupIds) for (const id of groupIds) ctx.group(vaultId, id);
      const seen = new Map<string, KeyShareHolder>();
      for (const g of groups) {
        for (const h of g.holders) {
          const n = ctx.nodeById(h.tss_node_id);
          if (n && !seen.has(n.tss_node_id)) seen.set(n.tss_node_id, toHolder(n, h.signer));
        }
      }
      // As Cobo does: the holders of the vault's groups only. A phone in no group yet is known to
      // its custodian (Cobo Guard shows its TSS node ID), not listed here.
      return [...seen.values()];
    },

    /** One holder of the vault's groups by TSS node ID (get_key_share_holder_by_tss_node_id). */
    getHolder(vaultId: string, tssNodeId: string) {
      ctx.vault(vaultId);
      const member = ctx.state.groups
        .filter((g) => g.vault_id === vaultId)
        .flatMap((g) => g.holders)
        .find((h) => h.tss_node_id === tssNodeId);
      const n = member && ctx.nodeById(tssNodeId);
      if (!member || !n) throw notFound(`Key share holder ${tssNodeId}`);
      return toHolder(n, member.signer);
    },

    async decide(nodeId: string, requestId: string, decision: 'approve' | 'reject') {
      const n = ctx.node(nodeId);
      const r = ctx.anyRequest(requestId);
      if (!r.required.includes(nodeId))
        throw invalidParameter(`${n.name} is not asked to take part in this request`);
      const acted = r.approvals[nodeId];
      if (acted) throw invalidStatus(`${n.name} has already answered (${acted}); a holder acts once`);
      if (r.status !== 'PendingKeyHolderConfirmation') throw invalidStatus(`the request is ${r.status}`);
      if (r.admins === 'waiting')
        throw invalidStatus(
          "the request waits for the organisation's Admins to approve it (governance) before its holders are asked",
        );
      if (!n.online || n.status !== 'Valid')
        throw invalidStatus(`${n.name}'s Cobo Guard is offline or no longer valid`);
      if (n.frozen)
        throw invalidStatus(
          `${n.name}'s account is frozen after a restore from backup until an Admin unfreezes it in Cobo Portal`,
        );
      lifecycle.decide(r, nodeId, decision);
      await ctx.persist();
      return toTss(r);
    },

    async setOnline(nodeId: string, online: boolean) {
      const n = ctx.node(nodeId);
      if (n.status === 'Changed')
        throw invalidStatus(`${n.name}'s old phone is lost and cannot come back online`);
      n.online = online;
      await ctx.persist();
      if (online) lifecycle.holderBack(nodeId);
      return toHolder(n, false);
    },

    /** Pending approvals and holder states, for the holder panel and the control API. */
    holderView() {
      return ctx.state.nodes.map((n) => ({
        tss_node_id: n.tss_node_id,
        name: n.name,
        type: n.type,
        online: n.online,
        status: n.status,
        replaces: n.replaces,
        frozen: n.frozen,
        // What Cobo Guard asks of this holder now: to review a request and tap Start Key Gen.
        pending: ctx.state.requests
          .filter(
            (r) =>
              r.required.includes(n.tss_node_id) &&
              r.status === 'PendingKeyHolderConfirmation' &&
              r.admins !== 'waiting' &&
              !r.approvals[n.tss_node_id],
          )
          .map((r) => ({ tss_request_id: r.tss_request_id, vault_id: r.vault_id, type: r.type })),
      }));
    },
  };
}
