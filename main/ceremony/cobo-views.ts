/**
 * What the page sees of Cobo's vaults, groups and holders while choosing: the client's parsed answers,
 * reduced to the fields a ceremony needs.
 */
import { madeUnderEarlierRules } from '../../common/ceremony/key-rules';
import type { GroupView, HolderView, VaultView } from '../../common/contract';
import type { CoboClient } from '../cobo/client';
import { isRecordNotFound } from '../cobo/errors';
import type { KeyShareHolder, KeyShareHolderGroup, MPCVault } from '../cobo/schemas';

/** The first of Cobo's omissions that a ceremony cannot work around, in words; null when none. */
const missing = (checks: ReadonlyArray<[unknown, string]>): string | null =>
  checks.find(([value]) => value === undefined || value === '')?.[1] ?? null;

export const holderView = (h: KeyShareHolder): HolderView => ({
  tss_node_id: h.tss_node_id ?? '',
  name: h.name ?? h.tss_node_id ?? 'Unnamed holder',
  type: String(h.type ?? 'Unknown'),
  online: h.online ?? false,
  signer: h.signer ?? false,
  status: String(h.status ?? 'Unknown'),
  problem: missing([
    [h.tss_node_id, 'Cobo lists no TSS node ID for this holder yet (its phone may not be activated).'],
  ]),
});

export const vaultView = (v: MPCVault): VaultView => ({
  vault_id: v.vault_id ?? '',
  name: v.name ?? v.vault_id ?? 'Unnamed vault',
  type: String(v.type ?? 'Unknown'),
  root_pubkeys: (v.root_pubkeys ?? []).flatMap((r) =>
    r.root_pubkey ? [{ curve: String(r.curve ?? 'Unknown'), root_pubkey: r.root_pubkey }] : [],
  ),
  problem: missing([[v.vault_id, 'Cobo sent this vault without its ID.']]),
});

export const groupView = (g: KeyShareHolderGroup): GroupView => ({
  key_share_holder_group_id: g.key_share_holder_group_id ?? '',
  type: String(g.type ?? 'Unknown'),
  status: String(g.status ?? 'Unknown'),
  threshold: g.threshold ?? 0,
  participants: g.participants ?? (g.key_share_holders ?? []).length,
  holders: (g.key_share_holders ?? []).map(holderView),
  has_keys: (g.tss_key_share_groups ?? []).length > 0,
  earlier_rules: madeUnderEarlierRules(g.created_timestamp),
  problem: missing([
    [g.key_share_holder_group_id, 'Cobo sent this group without its ID.'],
    [g.type, 'Cobo did not say which kind of group this is.'],
    [g.status, 'Cobo did not report this group’s status.'],
  ]),
});

export async function loadVaults(client: CoboClient): Promise<VaultView[]> {
  return (await client.listAllMpcVaults('Org-Controlled')).map(vaultView);
}

/** One holder as Cobo lists it for the vault, or null when Cobo says it has none by that TSS node ID. */
export async function lookUpHolder(
  client: CoboClient,
  vaultId: string,
  tssNodeId: string,
): Promise<HolderView | null> {
  try {
    return holderView(await client.getKeyShareHolder(vaultId, tssNodeId));
  } catch (error) {
    if (isRecordNotFound(error)) return null;
    throw error;
  }
}

/** Cobo's own key share holders: Cobo adds one to every Main and Signing Key. */
export async function loadCoboHolders(client: CoboClient): Promise<HolderView[]> {
  return (await client.listCoboKeyShareHolders()).map(holderView);
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
