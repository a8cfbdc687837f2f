/** What Cobo reports now about the ceremony's vault (or the organisation's vaults): read fresh before every check and every send. */
import type { Ceremony, GroupView, HolderView, VaultView } from '../../common/contract';
import type { CoboClient } from '../cobo/client';
import { loadCoboHolders, loadGroups, loadVaults, vaultView } from './cobo-views';
import { noVault } from './errors';

export interface VaultContext {
  /** The ceremony's vault; null for a ceremony that creates one. */
  readonly vault: VaultView | null;
  /** The organisation's vaults, read by a ceremony that creates one; empty otherwise. */
  readonly vaults: VaultView[];
  readonly groups: GroupView[];
  readonly nodes: HolderView[];
  /** Cobo's own key share holders (cobo_key_share_holders): a Recovery Key's request lists Cobo's. */
  readonly cobo: HolderView[];
}

/** The chosen vault with its groups and the holders Cobo lists for it. */
export async function freshContext(state: Ceremony, client: CoboClient): Promise<VaultContext> {
  const vaultId = state.selection.vaultId;
  if (!vaultId) throw noVault();
  const [vault, data, cobo] = await Promise.all([
    client.getMpcVault(vaultId),
    loadGroups(client, vaultId),
    // Only a Recovery Key's request lists Cobo's node: no other ceremony depends on this call.
    state.kind === 'GroupSetup' && state.selection.design?.type === 'RecoveryGroup'
      ? loadCoboHolders(client)
      : Promise.resolve([]),
  ]);
  return { vault: vaultView(vault), vaults: [], groups: data.groups, nodes: data.nodes, cobo };
}

/** The organisation's Org-Controlled vaults, for a ceremony that creates one. */
export async function vaultsContext(client: CoboClient): Promise<VaultContext> {
  return { vault: null, vaults: await loadVaults(client), groups: [], nodes: [], cobo: [] };
}

/** The description a ceremony sends with its TSS request, so the request can be recognised later. */
export const requestDescription = (state: Ceremony): string =>
  `Key Ceremony ${state.kind} ${state.createdAt.slice(0, 10)} (ceremony ${state.id.slice(0, 8)})`;
