// @vitest-environment node
/**
 * The rest of a group's life in the sandbox, as the spec defines the operations: upgrade a Signing
 * Group to Main (the old Main Group invalidated or converted), delete a group, look up one holder.
 * Every answer is checked against the spec.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { expectSpec } from '../cobo/spec-validator';
import { sandboxFor, type SandboxContext } from './helpers';

const open: SandboxContext[] = [];
afterEach(async () => {
  for (const c of open.splice(0)) await c.cleanup();
});

/** A seeded organisation after KeyGen, with the Signing and Recovery Groups given their shares. */
async function keyed() {
  const ctx = await sandboxFor();
  open.push(ctx);
  const { client } = ctx;
  const [vault] = await client.listAllMpcVaults('Org-Controlled');
  const vaultId = vault!.vault_id;
  const group = async (type: string) =>
    (await client.listAllKeyShareHolderGroups(vaultId)).find((g) => g.type === type)!;
  const run = async (body: Parameters<typeof client.createTssRequest>[1]) => {
    const r = await client.createTssRequest(vaultId, body);
    await ctx.waitFor(
      async () => (await client.getTssRequest(vaultId, r.tss_request_id)).status === 'Success' || undefined,
      `${String((body as { type: string }).type)} to succeed`,
    );
  };
  const main = await group('MainGroup');
  await run({ type: 'KeyGen', target_key_share_holder_group_id: main.key_share_holder_group_id });
  const sources = main.key_share_holders!.slice(0, 2).map((h) => h.tss_node_id);
  for (const type of ['SigningGroup', 'RecoveryGroup']) {
    await run({
      type: 'KeyGenFromKeyGroup',
      target_key_share_holder_group_id: (await group(type)).key_share_holder_group_id,
      source_key_share_holder_group: {
        key_share_holder_group_id: main.key_share_holder_group_id,
        tss_node_ids: sources,
      },
    });
  }
  const rootKeys = (await client.getMpcVault(vaultId)).root_pubkeys;
  return { ctx, client, vaultId, group, rootKeys, mainId: main.key_share_holder_group_id };
}

const code = (p: Promise<unknown>) =>
  p.then(
    () => 0,
    (e: { details?: { coboCode?: number } }) => e.details?.coboCode,
  );

describe('upgrading a Signing Group to the Main Group', () => {
  it('converts the old Main Group to a Signing Group when asked, and leaves the root keys as they were', async () => {
    const { client, vaultId, group, rootKeys, mainId } = await keyed();
    const signing = await group('SigningGroup');
    const upgraded = await client.updateKeyShareHolderGroup(vaultId, signing.key_share_holder_group_id, {
      update_key_share_holder_group_action: 'UpgradeToMainGroup',
      original_main_group_handling: 'ConvertToSigningGroup',
    });
    expectSpec('KeyShareHolderGroup', upgraded);
    expect(upgraded).toMatchObject({
      key_share_holder_group_id: signing.key_share_holder_group_id,
      type: 'MainGroup',
    });
    expect((await client.getKeyShareHolderGroup(vaultId, mainId)).type).toBe('SigningGroup');
    expect((await client.getMpcVault(vaultId)).root_pubkeys).toEqual(rootKeys);
  });

  it('invalidates the old Main Group by default, even one a lost phone made unavailable', async () => {
    const { ctx, client, vaultId, group, rootKeys, mainId } = await keyed();
    const main = await group('MainGroup');
    const lost = main.key_share_holders!.find((h) => h.type === 'Mobile')!;
    await ctx.sandbox.engine.losePhone(lost.tss_node_id);
    const signing = await group('SigningGroup');
    await client.updateKeyShareHolderGroup(vaultId, signing.key_share_holder_group_id, {
      update_key_share_holder_group_action: 'UpgradeToMainGroup',
    });
    expect(await code(client.getKeyShareHolderGroup(vaultId, mainId))).toBe(2028);
    expect(
      (await client.listAllKeyShareHolderGroups(vaultId, 'MainGroup')).map(
        (g) => g.key_share_holder_group_id,
      ),
    ).toEqual([signing.key_share_holder_group_id]);
    // The lost phone's node, in no group any more, is gone.
    expect(ctx.sandbox.engine.state.nodes.some((n) => n.tss_node_id === lost.tss_node_id)).toBe(false);
    expect((await client.getMpcVault(vaultId)).root_pubkeys).toEqual(rootKeys);
  });

  it('refuses what Cobo refuses, with Cobo’s codes', async () => {
    const ctx = await sandboxFor();
    open.push(ctx);
    const { client } = ctx;
    const [vault] = await client.listAllMpcVaults('Org-Controlled');
    const groups = await client.listAllKeyShareHolderGroups(vault!.vault_id);
    const of = (type: string) => groups.find((g) => g.type === type)!.key_share_holder_group_id;
    const upgrade = (id: string, body: unknown) =>
      code(client.updateKeyShareHolderGroup(vault!.vault_id, id, body));
    // A Signing Group without key shares yet; a Recovery Group; an unknown group.
    expect(
      await upgrade(of('SigningGroup'), { update_key_share_holder_group_action: 'UpgradeToMainGroup' }),
    ).toBe(2029);
    expect(
      await upgrade(of('RecoveryGroup'), { update_key_share_holder_group_action: 'UpgradeToMainGroup' }),
    ).toBe(2006);
    expect(
      await upgrade('no-such-group', { update_key_share_holder_group_action: 'UpgradeToMainGroup' }),
    ).toBe(2028);
    // The client refuses a body the spec does not allow before sending it.
    await expect(
      client.updateKeyShareHolderGroup(vault!.vault_id, of('SigningGroup'), {}),
    ).rejects.toMatchObject({
      code: 'cobo.invalid_request_body',
    });
  });
});

describe('deleting a group, and looking up a holder', () => {
  it('deletes a Recovery or Signing Group (never the Main Group), and its holders get no further requests', async () => {
    const { client, vaultId, group, mainId } = await keyed();
    const recovery = await group('RecoveryGroup');
    const answer = await client.deleteKeyShareHolderGroup(vaultId, recovery.key_share_holder_group_id);
    expectSpec('delete_key_share_holder_group_by_id_201_response', answer);
    expect(answer).toEqual({ submitted: true });
    expect(await code(client.getKeyShareHolderGroup(vaultId, recovery.key_share_holder_group_id))).toBe(2028);
    expect(
      await code(
        client.createTssRequest(vaultId, {
          type: 'KeyGenFromKeyGroup',
          target_key_share_holder_group_id: recovery.key_share_holder_group_id,
          source_key_share_holder_group: { key_share_holder_group_id: mainId },
        }),
      ),
    ).toBe(2028);
    expect(await code(client.deleteKeyShareHolderGroup(vaultId, mainId))).toBe(2029);
    expect(await code(client.deleteKeyShareHolderGroup(vaultId, 'no-such-group'))).toBe(2028);
  });

  it('looks up one holder of the vault’s groups by TSS node ID, and no other node', async () => {
    const { ctx, client, vaultId, group } = await keyed();
    const member = (await group('MainGroup')).key_share_holders!.find((h) => h.type === 'Mobile')!;
    const found = await client.getKeyShareHolder(vaultId, member.tss_node_id);
    expectSpec('KeyShareHolder', found);
    expect(found).toMatchObject({ tss_node_id: member.tss_node_id, name: member.name, status: 'Valid' });
    const { replacement } = await ctx.sandbox.engine.losePhone(member.tss_node_id);
    expect(await code(client.getKeyShareHolder(vaultId, replacement.tss_node_id))).toBe(2028);
  });
});
