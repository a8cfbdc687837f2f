// @vitest-environment node
/**
 * An organisation set up before Cobo's October 2025 rules (`--legacy`): its keys keep the shapes Cobo
 * allowed then and work, while every new key follows today's rules. Through a lost phone, a Recovery
 * from a Recovery Group without Cobo's node re-creates the Main Key as today's rules make it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { groupView } from '../../../main/ceremony/cobo-views';
import { sandboxFor, standaloneSandbox, type SandboxContext, type SandboxGroup } from './helpers';

const open: Array<{ cleanup(): Promise<void> }> = [];
afterEach(async () => {
  for (const c of open.splice(0)) await c.cleanup();
});

async function legacy() {
  const ctx: SandboxContext = await sandboxFor({
    fresh: { withVault: false, legacy: true },
    settings: { autoApproveMs: 5, stepMs: 5 },
  });
  open.push(ctx);
  const [vault] = await ctx.client.listAllMpcVaults('Org-Controlled');
  const vaultId = vault!.vault_id;
  const groups = Object.fromEntries(
    (await ctx.client.listAllKeyShareHolderGroups(vaultId)).map((g) => [g.type, g]),
  ) as Record<string, SandboxGroup>;
  const node = (name: string) => ctx.sandbox.engine.state.nodes.find((n) => n.name === name)!;
  const finish = async (body: unknown) => {
    const r = await ctx.client.createTssRequest(vaultId, body);
    return ctx.waitFor(async () => {
      const s = (await ctx.client.getTssRequest(vaultId, r.tss_request_id)).status;
      return s === 'Success' || s.endsWith('Failed') ? s : undefined;
    }, `${r.tss_request_id} to end`);
  };
  return { ctx, vaultId, vault: vault!, groups, node, finish };
}

const shape = (g: SandboxGroup) =>
  `${g.threshold}-of-${g.participants}: ${g
    .key_share_holders!.map((h) => h.name)
    .sort()
    .join(', ')}`;

describe('an organisation set up before October 2025', () => {
  it('keeps the shapes Cobo allowed then, made before the change, and says so to the app', async () => {
    const { vault, groups } = await legacy();
    expect(vault.name).toBe('Legacy Treasury');
    expect(shape(groups.MainGroup!)).toBe('2-of-3: Alice Moreau, Bilal Haddad, Cobo');
    expect(shape(groups.SigningGroup!)).toBe('2-of-3: Bilal Haddad, Cobo, Treasury Server Signer');
    // A Recovery Group without Cobo's node, and Bilal's node in two keys: both allowed then.
    expect(shape(groups.RecoveryGroup!)).toBe('2-of-2: Chen Wei, Dana Okafor');
    for (const g of Object.values(groups)) {
      expect(g.created_timestamp).toBeLessThan(Date.parse('2025-10-01T00:00:00Z'));
      expect(groupView(g).earlier_rules).toBe(true);
    }
  });

  it('runs its keys as they are, refuses new keys in the old shapes, and recovers a lost phone into a key of today', async () => {
    const { ctx, vaultId, groups, node, finish } = await legacy();
    const main = groups.MainGroup!.key_share_holder_group_id;
    expect(await finish({ type: 'KeyGen', target_key_share_holder_group_id: main })).toBe('Success');
    const root = (await ctx.client.getMpcVault(vaultId)).root_pubkeys;
    // The old Recovery Group, without Cobo, gets its shares from the Main Group.
    const cobo = groups.MainGroup!.key_share_holders!.find((h) => h.type === 'Cobo')!.tss_node_id;
    expect(
      await finish({
        type: 'KeyGenFromKeyGroup',
        target_key_share_holder_group_id: groups.RecoveryGroup!.key_share_holder_group_id,
        source_key_share_holder_group: {
          key_share_holder_group_id: main,
          tss_node_ids: [cobo, node('Alice Moreau').tss_node_id],
        },
      }),
    ).toBe('Success');

    // New keys follow today's rules: no 2-of-3 Signing Key in this standard vault, a Recovery Key only
    // as 2/3 with Cobo's share, and Bilal, whose node holds the Signing Group's share, in no other key.
    const create = (body: unknown) => ctx.client.createKeyShareHolderGroup(vaultId, body);
    const holder = (name: string, signer = true) => ({
      name,
      type: node(name).type,
      tss_node_id: node(name).tss_node_id,
      signer,
    });
    await expect(
      create({
        key_share_holder_group_type: 'SigningGroup',
        participants: 3,
        threshold: 2,
        key_share_holders: [holder('Emeka Nwosu'), holder('Chen Wei', false)],
      }),
    ).rejects.toMatchObject({ message: expect.stringContaining('standard MPC vault a Signing Key is 2/2') });
    await expect(
      create({
        key_share_holder_group_type: 'RecoveryGroup',
        participants: 2,
        threshold: 2,
        key_share_holders: [holder('Cobo', false), holder('Emeka Nwosu', false)],
      }),
    ).rejects.toMatchObject({ message: expect.stringContaining('A Recovery Key is 2/3') });

    // Alice's phone is lost: her Main Group is Unavailable, Bilal's node still holds the Signing Group.
    const lost = (await ctx.control('POST', `/holders/${node('Alice Moreau').tss_node_id}/lose-phone`))
      .body as { replacement: { tss_node_id: string } };
    await expect(
      create({
        key_share_holder_group_type: 'MainGroup',
        participants: 2,
        threshold: 2,
        key_share_holders: [holder('Bilal Haddad')],
      }),
    ).rejects.toMatchObject({
      message: expect.stringContaining("already holds a share of this vault's Signing Key"),
    });
    // The new Main Key as today's rules make it: Cobo plus Alice's new phone, 2/2.
    const newMain = await create({
      key_share_holder_group_type: 'MainGroup',
      participants: 2,
      threshold: 2,
      key_share_holders: [
        { name: 'Alice Moreau', type: 'Mobile', tss_node_id: lost.replacement.tss_node_id, signer: true },
      ],
    });
    // Recovery from the old Recovery Group: its two holders, no Cobo node to include.
    expect(
      await finish({
        type: 'Recovery',
        target_key_share_holder_group_id: newMain.key_share_holder_group_id,
        source_key_share_holder_group: {
          key_share_holder_group_id: groups.RecoveryGroup!.key_share_holder_group_id,
          tss_node_ids: [node('Chen Wei').tss_node_id, node('Dana Okafor').tss_node_id],
        },
      }),
    ).toBe('Success');
    expect((await ctx.client.getMpcVault(vaultId)).root_pubkeys).toEqual(root);
    const after = await ctx.client.listAllKeyShareHolderGroups(vaultId, 'MainGroup');
    expect(after.map((g) => [g.key_share_holder_group_id, groupView(g).earlier_rules])).toEqual([
      [newMain.key_share_holder_group_id, false],
    ]);
  });

  it('starts from the standalone command line with --legacy, and refuses --fresh with it', async () => {
    const ctx = await standaloneSandbox(['--legacy']);
    open.push({ cleanup: async () => void (await ctx.stop()) });
    expect((await ctx.client.listAllMpcVaults('Org-Controlled')).map((v) => v.name)).toEqual([
      'Legacy Treasury',
    ]);
    await expect(standaloneSandbox(['--legacy', '--fresh'])).rejects.toThrow(
      /--fresh and --legacy each start over from a different organisation: choose one/,
    );
  });
});
