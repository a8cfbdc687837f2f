/** What Cobo reports now about the ceremony's vault: read fresh before every check and every send. */
import type { Ceremony, GroupView, HolderView, VaultView } from '../../common/contract';
import type { CoboClient } from '../cobo/client';
import { loadGroups, vaultView } from './cobo-views';
import { noVault } from './errors';

export interface VaultContext {
  readonly vault: VaultView;
  readonly groups: GroupView[];
  readonly nodes: HolderView[];
}

export async function freshContext(state: Ceremony, client: CoboClient): Promise<VaultContext> {
  const vaultId = state.selection.vaultId;
  if (!vaultId) throw noVault();
  const [vault, data] = await Promise.all([client.getMpcVault(vaultId), loadGroups(client, vaultId)]);
  return { vault: vaultView(vault), ...data };
}

/** The description a ceremony sends with its TSS request, so the request can be recognised later. */
export const requestDescription = (state: Ceremony): string =>
  `Key Ceremony ${state.kind} ${state.createdAt.slice(0, 10)} (ceremony ${state.id.slice(0, 8)})`;
