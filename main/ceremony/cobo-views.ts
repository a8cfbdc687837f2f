/**
 * What the page sees of Cobo's vaults, groups and holders while choosing: the client's parsed answers,
 * reduced to the fields a ceremony needs.
 */
import { madeUnderEarlierRules } from '../../common/ceremony/key-rules';
import type { GroupView, HolderView, VaultView } from '../../common/contract';
import type { Said } from '../../common/i18n/said';
import { said, sayEnglish } from '../../common/i18n/translate';
import type { CoboClient } from '../cobo/client';
import { isRecordNotFound } from '../cobo/errors';
import type { KeyShareHolder, KeyShareHolderGroup, MPCVault } from '../cobo/schemas';

/**
 * The first of Cobo's omissions that a ceremony cannot work around: `problem` in English, and
 * `problemSaid` as message keys for the page (issue #32); problem null (and no problemSaid) when none.
 */
function missing(checks: ReadonlyArray<[unknown, Said]>): { problem: string | null; problemSaid?: Said } {
  const found = checks.find(([value]) => value === undefined || value === '')?.[1];
  return found ? { problem: sayEnglish(found), problemSaid: found } : { problem: null };
}

/**
 * Cobo's name for an item, else its id; with neither, a word the page says in its language (`nameSaid`)
 * and main's English for it.
 */
function nameOf(
  name: string | undefined,
  id: string | undefined,
  unnamed: Said,
): { name: string; nameSaid?: Said } {
  const given = name ?? id;
  return given === undefined ? { name: sayEnglish(unnamed), nameSaid: unnamed } : { name: given };
}

export const holderView = (h: KeyShareHolder): HolderView => ({
  tss_node_id: h.tss_node_id ?? '',
  ...nameOf(h.name, h.tss_node_id, said('boundary.cobo.unnamedHolder')),
  type: String(h.type ?? 'Unknown'),
  online: h.online ?? false,
  signer: h.signer ?? false,
  status: String(h.status ?? 'Unknown'),
  ...missing([[h.tss_node_id, said('verdicts.cobo.holderNoNodeId')]]),
});

export const vaultView = (v: MPCVault): VaultView => ({
  vault_id: v.vault_id ?? '',
  ...nameOf(v.name, v.vault_id, said('boundary.cobo.unnamedVault')),
  type: String(v.type ?? 'Unknown'),
  root_pubkeys: (v.root_pubkeys ?? []).flatMap((r) =>
    r.root_pubkey ? [{ curve: String(r.curve ?? 'Unknown'), root_pubkey: r.root_pubkey }] : [],
  ),
  ...missing([[v.vault_id, said('verdicts.cobo.vaultNoId')]]),
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
  ...missing([
    [g.key_share_holder_group_id, said('verdicts.cobo.groupNoId')],
    [g.type, said('verdicts.cobo.groupNoType')],
    [g.status, said('verdicts.cobo.groupNoStatus')],
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
