/** The engine's state as Cobo's wire objects (spec: MPCVault, KeyShareHolder, KeyShareHolderGroup, TSSRequest). */
import { encodeRootKey } from '../../cobo/root-keys';
import type {
  KeyShareHolder,
  KeyShareHolderGroup,
  MPCVault,
  TSSRequest,
  TssRequestStatus,
} from '../../cobo/schemas';
import type { GroupState, NodeState, RequestState, SandboxState } from '../state';
import { SUPPORTED_CURVES } from '../threshold';
import type { EngineContext } from './context';

export const rootPubkeys = (ctx: EngineContext, vaultId: string) => {
  const v = ctx.vault(vaultId);
  return SUPPORTED_CURVES.flatMap((curve) => {
    const key = v.root?.[curve];
    return key ? [{ curve, root_pubkey: encodeRootKey(curve, key) }] : [];
  });
};

/** The sandbox always knows what the spec leaves optional: its answers carry every id and status. */
type Sure<T, K extends keyof T> = T & { [P in K]-?: NonNullable<T[P]> };

export const toVault = (
  ctx: EngineContext,
  v: SandboxState['vaults'][number],
): Sure<MPCVault, 'vault_id'> => ({
  vault_id: v.vault_id,
  project_id: v.project_id,
  name: v.name,
  type: v.type,
  root_pubkeys: rootPubkeys(ctx, v.vault_id),
  created_timestamp: v.created_timestamp,
});

export const toHolder = (n: NodeState, signer: boolean): Sure<KeyShareHolder, 'tss_node_id'> => ({
  name: n.name,
  type: n.type,
  tss_node_id: n.tss_node_id,
  online: n.online,
  signer,
  status: n.status,
  account_id: n.account_id,
});

export const toGroup = (
  ctx: EngineContext,
  g: GroupState,
): Sure<KeyShareHolderGroup, 'key_share_holder_group_id' | 'type' | 'status'> => {
  const roots = new Map(rootPubkeys(ctx, g.vault_id).map((r) => [r.curve, r.root_pubkey]));
  const view: Sure<KeyShareHolderGroup, 'key_share_holder_group_id' | 'type' | 'status'> = {
    key_share_holder_group_id: g.key_share_holder_group_id,
    type: g.type,
    key_share_holders: g.holders.flatMap((h) => {
      const n = ctx.nodeById(h.tss_node_id);
      return n ? [toHolder(n, h.signer)] : [];
    }),
    participants: g.participants,
    threshold: g.threshold,
    status: g.status,
    created_timestamp: g.created_timestamp,
    tss_key_share_groups: undefined,
  };
  if (g.keys) {
    view.tss_key_share_groups = SUPPORTED_CURVES.flatMap((curve) => {
      const k = g.keys?.[curve];
      return k
        ? [{ tss_key_share_group_id: k.tss_key_share_group_id, curve, root_pubkey: roots.get(curve) }]
        : [];
    });
  }
  return view;
};

export const toTss = (
  r: RequestState,
  status: TssRequestStatus = r.status,
): Sure<TSSRequest, 'tss_request_id' | 'status'> => ({
  tss_request_id: r.tss_request_id,
  type: r.type,
  status,
  target_key_share_holder_group_id: r.target_key_share_holder_group_id,
  source_key_share_holder_group: r.source ?? undefined,
  description: r.description ?? undefined,
  created_timestamp: r.created_timestamp,
});
