/** Vaults and key share holder groups: listing, reading, and creating a group as Cobo's rules allow. */
import { CreateKeyShareHolderGroupRequest, type GroupType } from '../../cobo/schemas';
import { invalidParameter, invalidStatus } from '../errors';
import { newGroupId, type GroupState } from '../state';
import type { EngineContext } from './context';
import { parseWith, requireFields } from './validation';
import { toGroup, toVault } from './views';

/** Refuses members that Cobo would refuse: wrong type, inactive, no Cobo node or signer, a second Main Group. */
function checkMembers(ctx: EngineContext, vaultId: string, body: CreateKeyShareHolderGroupRequest) {
  const members = body.key_share_holders.map((h) => ({ holder: h, node: ctx.node(h.tss_node_id) }));
  for (const { holder, node: n } of members) {
    if (n.type !== holder.type)
      throw invalidParameter(`key_share_holders: ${n.tss_node_id} is a ${n.type} node, not ${holder.type}`);
    if (n.status !== 'Valid') throw invalidStatus(`TSS node ${n.tss_node_id} (${n.name}) is ${n.status}`);
  }
  const type = body.key_share_holder_group_type as GroupType;
  const hasCobo = members.some((m) => m.node.type === 'Cobo');
  if (type !== 'RecoveryGroup' && !hasCobo)
    throw invalidParameter(`a ${type} must include the Cobo key share holder`);
  if (type !== 'RecoveryGroup' && !members.some((m) => m.node.type !== 'Cobo' && m.holder.signer)) {
    throw invalidParameter(`a ${type} needs a designated signer besides Cobo`);
  }
  if (
    type === 'MainGroup' &&
    ctx.state.groups.some(
      (g) => g.vault_id === vaultId && g.type === 'MainGroup' && g.status !== 'Unavailable',
    )
  ) {
    throw invalidStatus(
      'the vault already has a Main Group in use; a new one can only replace an Unavailable Main Group',
    );
  }
  return type;
}

export function createGroupsApi(ctx: EngineContext) {
  return {
    listVaults(vaultType: string, projectId: string | undefined) {
      return ctx.state.vaults
        .filter((v) => v.type === vaultType && (!projectId || v.project_id === projectId))
        .map((v) => toVault(ctx, v));
    },
    getVault: (vaultId: string) => toVault(ctx, ctx.vault(vaultId)),

    listGroups(vaultId: string, type: string | undefined) {
      ctx.vault(vaultId);
      return ctx.state.groups
        .filter((g) => g.vault_id === vaultId && (!type || g.type === type))
        .map((g) => toGroup(ctx, g));
    },
    getGroup: (vaultId: string, groupId: string) => toGroup(ctx, ctx.group(vaultId, groupId)),

    async createGroup(vaultId: string, rawBody: unknown) {
      ctx.vault(vaultId);
      requireFields(rawBody, [
        'key_share_holder_group_type',
        'participants',
        'threshold',
        'key_share_holders',
      ]);
      // The request schema refuses shapes Cobo does not offer (2006) along with every other field.
      const body = parseWith(CreateKeyShareHolderGroupRequest, rawBody);
      const type = checkMembers(ctx, vaultId, body);
      const g: GroupState = {
        key_share_holder_group_id: newGroupId(),
        vault_id: vaultId,
        type,
        status: 'New',
        threshold: body.threshold,
        participants: body.participants,
        holders: body.key_share_holders.map((h) => ({ tss_node_id: h.tss_node_id, signer: h.signer })),
        created_timestamp: ctx.now(),
        keys: null,
      };
      ctx.state.groups.push(g);
      await ctx.persist();
      return toGroup(ctx, g);
    },
  };
}
