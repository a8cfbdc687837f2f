// @vitest-environment node
/**
 * An answer whose id is empty (the spec allows an empty string) names nothing: the ceremony treats the
 * outcome as unknown and looks, and looking never adopts an item without an id.
 */
import { describe, expect, it } from 'vitest';
import type { Ceremony } from '../../../../common/contract';
import type { CoboClient } from '../../../../main/cobo/client';
import { KeyShareHolderGroup, MPCVault } from '../../../../main/cobo/schemas';
import { groupCreation } from '../../../../main/ceremony/protocols/group-creation';
import { vaultCreation } from '../../../../main/ceremony/protocols/vault-creation';

const origin = 'https://api.dev.cobo.com';
const client = (parts: Partial<CoboClient>) => ({ origin, ...parts }) as CoboClient;

const state = (selection: Partial<Ceremony['selection']>) => ({ selection }) as unknown as Ceremony;

describe('an empty id in Cobo’s answer', () => {
  it('makes a vault creation’s outcome unknown instead of recording a vault without an id', async () => {
    const answering = client({
      createMpcVault: async () => MPCVault.parse({ vault_id: '', name: 'Treasury' }),
    });
    await expect(
      vaultCreation.send(answering, state({ newVault: { name: 'Treasury' } }), {}),
    ).rejects.toMatchObject({ code: 'cobo.unknown_outcome' });
  });

  it('is never found as the vault the ceremony created', async () => {
    const listing = (ids: string[]) =>
      client({
        listAllMpcVaults: async () => ids.map((vault_id) => MPCVault.parse({ vault_id, name: 'Treasury' })),
      });
    const intent = { data: { vaults_before: ['v-old'] } } as never;
    const s = state({ newVault: { name: 'Treasury' } });
    expect(await vaultCreation.find(s, intent, listing(['v-old', '']))).toBeNull();
    expect((await vaultCreation.find(s, intent, listing(['v-old', '', 'v-new'])))?.journal).toMatchObject({
      vault_id: 'v-new',
    });
  });

  it('is never found as the group the ceremony created', async () => {
    const holders = [{ tss_node_id: 'n1' }, { tss_node_id: 'n2' }];
    const listing = (ids: string[]) =>
      client({
        listAllKeyShareHolderGroups: async () =>
          ids.map((id) =>
            KeyShareHolderGroup.parse({
              key_share_holder_group_id: id,
              type: 'SigningGroup',
              status: 'New',
              key_share_holders: holders,
            }),
          ),
      });
    const s = state({ vaultId: 'v1', design: { type: 'SigningGroup', holders } as never });
    const intent = { data: { groups_before: [] } } as never;
    expect(await groupCreation.find(s, intent, listing(['']))).toBeNull();
    expect((await groupCreation.find(s, intent, listing(['', 'g-new'])))?.journal).toMatchObject({
      key_share_holder_group_id: 'g-new',
    });
  });
});
