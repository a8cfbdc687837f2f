/**
 * What the page sees of Cobo's vaults, groups and holders while choosing: the client's parsed answers,
 * reduced to the fields a ceremony needs.
 */
import type { GroupView, HolderView, VaultView } from '../../common/contract';
import type { CoboClient } from '../cobo/client';
import type { KeyShareHolder, KeyShareHolderGroup, MPCVault } from '../cobo/schemas';

export const holderView = (h: KeyShareHolder): HolderView => ({
  tss_node_id: h.tss_node_id,
  name: h.name ?? h.tss_node_id,
  type: String(h.type ?? 'Unknown'),
  online: h.online ?? false,
  signer: h.signer ?? false,
  status: String(h.status ?? 'Unknown'),
});

export const vaultView = (v: MPCVault): VaultView => ({
  vault_id: v.vault_id,
  name: v.name ?? v.vault_id,
  type: String(v.type ?? 'Unknown'),
  root_pubkeys: (v.root_pubkeys ?? []).flatMap((r) =>
    r.root_pubkey ? [{ curve: String(r.curve ?? 'Unknown'), root_pubkey: r.root_pubkey }] : [],
  ),
});

export const groupView = (g: KeyShareHolderGroup): GroupView => ({
  key_share_holder_group_id: g.key_share_holder_group_id,
  type: String(g.type),
  status: String(g.status),
  threshold: g.threshold ?? 0,
  participants: g.participants ?? (g.key_share_holders ?? []).length,
  holders: (g.key_share_holders ?? []).map(holderView),
  has_keys: (g.tss_key_share_groups ?? []).length > 0,
});

export async function loadVaults(client: CoboClient): Promise<VaultView[]> {
  return (await client.listAllMpcVaults('Org-Controlled')).map(vaultView);
}

export async function loadGroups(
  client: CoboClient,
  vaultId: string,
): Promise<{ groups: GroupView[]; nodes: HolderView[] }> {
  const [groups, nodes] = await Promise.all([
    client.listAllKeyShareHolderGroups(vaultId),
    client.listAllKeyShareHolders(vaultId),
  ]);
  return { groups: groups.map(groupView), nodes: nodes.map(holderView) };
}
