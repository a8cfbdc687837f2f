/**
 * A holder's phone, as the simulated holders live it: lost with no backup (a new phone, a new TSS node
 * ID), or restored from backup on a new phone (the same ID; the account frozen until an Admin
 * unfreezes it). Cobo's manual: ocw/restore-from-backup, guard/reset, portal-mobile/reset.
 */
import { invalidParameter, invalidStatus } from '../errors';
import { newNodeId, type NodeState } from '../state';
import { SUPPORTED_CURVES } from '../threshold';
import type { EngineContext } from './context';
import type { Lifecycle } from './lifecycle';
import { toHolder } from './views';

export function createPhonesApi(ctx: EngineContext, lifecycle: Lifecycle) {
  return {
    /**
     * The phone is lost and the holder restores the key share from its backup on a new phone (Cobo's
     * manual, ocw/restore-from-backup): the same TSS node ID and shares, nothing for Cobo to re-create.
     * Cobo Guard freezes the account until an Admin unfreezes it (guard/reset).
     */
    async restoreFromBackup(nodeId: string) {
      const n = ctx.node(nodeId);
      if (n.type !== 'Mobile')
        throw invalidParameter('only a Mobile Signer restores a key share from a phone backup');
      if (n.status === 'Changed')
        throw invalidStatus(
          `${n.name}'s old phone was reset without a backup (Cobo reports it Changed); a restore is no longer possible`,
        );
      n.online = true;
      n.frozen = true;
      await ctx.persist();
      return toHolder(n, false);
    },

    /** An Admin unfreezes the account in Cobo Portal: the holder can act again. */
    async unfreeze(nodeId: string) {
      const n = ctx.node(nodeId);
      if (!n.frozen) throw invalidStatus(`${n.name}'s account is not frozen`);
      n.frozen = false;
      await ctx.persist();
      lifecycle.holderBack(nodeId);
      return toHolder(n, false);
    },

    /** The holder's phone is lost without a backup: its shares are gone, its groups unusable; a new phone is set up. */
    async losePhone(nodeId: string) {
      const lost = ctx.node(nodeId);
      if (lost.type !== 'Mobile')
        throw invalidParameter('only a Mobile holder (Cobo Guard) can lose a phone');
      if (lost.status === 'Changed') throw invalidStatus(`${lost.name}'s phone is already lost`);
      lost.status = 'Changed';
      lost.online = false;
      for (const g of ctx.state.groups) {
        if (!g.holders.some((h) => h.tss_node_id === nodeId)) continue;
        for (const curve of SUPPORTED_CURVES) delete g.keys?.[curve]?.shares[nodeId];
        if (g.keys) g.status = 'Unavailable';
      }
      const replacement: NodeState = {
        ...lost,
        tss_node_id: newNodeId(),
        status: 'Valid',
        online: true,
        replaces: nodeId,
        frozen: false,
      };
      ctx.state.nodes.push(replacement);
      await ctx.persist();
      return { lost: toHolder(lost, false), replacement: toHolder(replacement, false) };
    },
  };
}
