/** Vaults and key share holder groups: listing, reading, and creating a group as Cobo's rules allow. */
import { z } from 'zod';
import { keyHoldingNode, keyName, shapeProblem } from '../../../common/ceremony/key-rules';
import { GROUP_TYPES, MAIN_GROUP_HANDLINGS, UPDATE_GROUP_ACTIONS, VAULT_TYPES } from '../../cobo/schemas';
import { invalidParameter, invalidStatus, missingParameter } from '../errors';
import { dropUnusedChangedNodes, isRunning, newGroupId, newVault, type GroupState } from '../state';
import type { EngineContext } from './context';
import { parseWith, requireFields } from './validation';
import { toGroup, toVault } from './views';
import { EN } from '../../../common/i18n/translate';

/**
 * The body as the spec defines it (create_key_share_holder_group_request): the four fields are
 * required, every holder field is optional. Cobo fills in what a holder leaves out from its own records.
 */
const SpecHolder = z.object({
  name: z.string().max(100).nullish(),
  type: z.string().max(50).nullish(),
  tss_node_id: z.string().max(200).nullish(),
  signer: z.boolean().nullish(),
});
const SpecCreateGroup = z.object({
  key_share_holder_group_type: z.enum(GROUP_TYPES),
  participants: z.number().int(),
  threshold: z.number().int(),
  key_share_holders: z.array(SpecHolder).max(10),
});
type SpecCreateGroup = z.infer<typeof SpecCreateGroup>;

/** create_mpc_vault_request: name and vault_type required; project_id is ignored for Org-Controlled. */
const SpecCreateVault = z.object({
  name: z.string().trim().min(1).max(100),
  vault_type: z.enum(VAULT_TYPES),
  project_id: z.string().max(200).nullish(),
});

/**
 * The group's members as Cobo would make them: the listed holders, checked, and for a Main or Signing
 * Group Cobo's own node, added when the body leaves it out (spec: KeyShareHolderGroupType). A new
 * Recovery Group must list Cobo's node itself: since October 2025 every Recovery Key holds Cobo's
 * share (Cobo's manual, key-share-optimization-note); Recovery Groups made before keep their shape.
 */
function membersOf(ctx: EngineContext, vaultId: string, body: SpecCreateGroup): GroupState['holders'] {
  const type = body.key_share_holder_group_type;
  const vaultKeys = ctx.state.groups.filter((g) => g.vault_id === vaultId);
  const members = body.key_share_holders.map((h, i) => {
    if (!h.tss_node_id) throw missingParameter(`key_share_holders[${i}].tss_node_id`);
    const n = ctx.node(h.tss_node_id);
    if (h.type && n.type !== h.type)
      throw invalidParameter(`key_share_holders: ${n.tss_node_id} is a ${n.type} node, not ${h.type}`);
    if (n.status !== 'Valid') throw invalidStatus(`TSS node ${n.tss_node_id} (${n.name}) is ${n.status}`);
    // One node, one key of a vault (Cobo's manual, October 2025); Cobo's own node is in every key.
    const other = n.type === 'Cobo' ? undefined : keyHoldingNode(n.tss_node_id, vaultKeys);
    if (other)
      throw invalidParameter(
        `key_share_holders: TSS node ${n.tss_node_id} (${n.name}) already holds a share of this vault's ${keyName(other.type, EN)} (${other.type} ${other.key_share_holder_group_id}); a node may hold shares in one key of a vault only`,
      );
    return { node: n, signer: n.type === 'Cobo' || h.signer === true };
  });
  if (new Set(members.map((m) => m.node.tss_node_id)).size !== members.length)
    throw invalidParameter('key_share_holders: a TSS node appears twice');
  const cobo = members.filter((m) => m.node.type === 'Cobo');
  if (type === 'RecoveryGroup' && cobo.length !== 1)
    throw invalidParameter(
      "key_share_holders: a RecoveryGroup must list Cobo's key share holder (from cobo_key_share_holders) once; recovery without Cobo's key share is no longer offered",
    );
  if (type !== 'RecoveryGroup' && cobo.length === 0) {
    const own = ctx.state.nodes.find((n) => n.type === 'Cobo' && n.status === 'Valid');
    if (!own) throw invalidStatus('the organisation has no Cobo key share holder');
    members.unshift({ node: own, signer: true });
  }
  if (members.length !== body.participants)
    throw invalidParameter(
      `key_share_holders: the group has ${body.participants} participants but ${members.length} key share holders (Cobo included)`,
    );
  if (type !== 'RecoveryGroup' && !members.some((m) => m.node.type !== 'Cobo' && m.signer))
    throw invalidParameter(`a ${type} needs a designated signer besides Cobo`);
  return members.map((m) => ({ tss_node_id: m.node.tss_node_id, signer: m.signer }));
}

/** update_key_share_holder_group_by_id_request, as the spec defines it. */
const SpecUpdateGroup = z.object({
  update_key_share_holder_group_action: z.enum(UPDATE_GROUP_ACTIONS),
  original_main_group_handling: z.enum(MAIN_GROUP_HANDLINGS).nullish(),
});

/** A group in a request that is still running cannot change or go. */
function busy(ctx: EngineContext, g: GroupState): boolean {
  return ctx.state.requests.some(
    (r) =>
      (r.target_key_share_holder_group_id === g.key_share_holder_group_id ||
        r.source?.key_share_holder_group_id === g.key_share_holder_group_id) &&
      isRunning(r),
  );
}

/**
 * The shapes the vault allows (a standard vault: Main and Signing 2/2, Recovery 2/3; an advanced one
 * also 2/3 and 3/3 for Main and Signing), and one Main Group in use per vault.
 */
function checkShape(ctx: EngineContext, vaultId: string, body: SpecCreateGroup) {
  const problem = shapeProblem(body.key_share_holder_group_type, body, ctx.vault(vaultId).advanced, EN);
  if (problem) throw invalidParameter(`threshold: ${problem}`);
  if (
    body.key_share_holder_group_type === 'MainGroup' &&
    ctx.state.groups.some(
      (g) => g.vault_id === vaultId && g.type === 'MainGroup' && g.status !== 'Unavailable',
    )
  ) {
    throw invalidStatus(
      'the vault already has a Main Group in use; a new one can only replace an Unavailable Main Group',
    );
  }
}

export function createGroupsApi(ctx: EngineContext) {
  return {
    listVaults(vaultType: string, projectId: string | undefined) {
      return ctx.state.vaults
        .filter((v) => v.type === vaultType && (!projectId || v.project_id === projectId))
        .map((v) => toVault(ctx, v));
    },
    getVault: (vaultId: string) => toVault(ctx, ctx.vault(vaultId)),

    /** create_mpc_vault: an Org-Controlled vault by name (User-Controlled vaults are out of scope). */
    async createVault(rawBody: unknown) {
      requireFields(rawBody, ['name', 'vault_type']);
      const body = parseWith(SpecCreateVault, rawBody);
      if (body.vault_type !== 'Org-Controlled')
        throw invalidParameter('vault_type: this sandbox serves Org-Controlled vaults only');
      const v = newVault(body.name, ctx.now());
      ctx.state.vaults.push(v);
      await ctx.persist();
      return toVault(ctx, v);
    },

    /** Cobo activates an advanced MPC vault on request (Cobo's manual, ocw/holder-group-overview). */
    async setVaultAdvanced(vaultId: string, advanced: boolean) {
      ctx.vault(vaultId).advanced = advanced;
      await ctx.persist();
      return { vault_id: vaultId, advanced };
    },

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
      const body = parseWith(SpecCreateGroup, rawBody);
      checkShape(ctx, vaultId, body);
      const holders = membersOf(ctx, vaultId, body);
      const g: GroupState = {
        key_share_holder_group_id: newGroupId(),
        vault_id: vaultId,
        type: body.key_share_holder_group_type,
        status: 'New',
        threshold: body.threshold,
        participants: body.participants,
        holders,
        created_timestamp: ctx.now(),
        keys: null,
      };
      ctx.state.groups.push(g);
      await ctx.persist();
      return toGroup(ctx, g);
    },

    /**
     * Upgrades an active Signing Group to the Main Group; the original Main Group is invalidated
     * (deleted) or, if asked, converted to a Signing Group (spec: UpdateGroupAction, OriginalMainGroupHandling).
     */
    async upgradeGroup(vaultId: string, groupId: string, rawBody: unknown) {
      const g = ctx.group(vaultId, groupId);
      requireFields(rawBody, ['update_key_share_holder_group_action']);
      const body = parseWith(SpecUpdateGroup, rawBody);
      if (g.type !== 'SigningGroup')
        throw invalidParameter('only a Signing Group can be upgraded to the Main Group');
      if (g.status !== 'Valid' || !g.keys)
        throw invalidStatus(`the Signing Group is ${g.status}, not an active group with key shares`);
      for (const h of g.holders) {
        const n = ctx.node(h.tss_node_id);
        if (n.status !== 'Valid') throw invalidStatus(`holder ${n.name} is ${n.status}`);
      }
      if (busy(ctx, g)) throw invalidStatus('a TSS request for this group is in progress');
      const handling = body.original_main_group_handling ?? 'Invalidate';
      const mains = ctx.state.groups.filter((x) => x.vault_id === vaultId && x.type === 'MainGroup');
      if (mains.some((m) => busy(ctx, m)))
        throw invalidStatus('a TSS request for the Main Group is in progress');
      if (handling === 'Invalidate') ctx.state.groups = ctx.state.groups.filter((x) => !mains.includes(x));
      else for (const m of mains) m.type = 'SigningGroup';
      g.type = 'MainGroup';
      dropUnusedChangedNodes(ctx.state);
      await ctx.persist();
      return toGroup(ctx, g);
    },

    /** Deletes a Signing or Recovery Group; the Main Group goes only by upgrade or recovery. */
    async deleteGroup(vaultId: string, groupId: string) {
      const g = ctx.group(vaultId, groupId);
      if (g.type === 'MainGroup')
        throw invalidStatus(
          'the Main Group cannot be deleted; replace it by upgrading a Signing Group or by a Recovery',
        );
      if (busy(ctx, g)) throw invalidStatus('a TSS request for this group is in progress');
      ctx.state.groups = ctx.state.groups.filter((x) => x !== g);
      dropUnusedChangedNodes(ctx.state);
      await ctx.persist();
      return { submitted: true };
    },
  };
}
