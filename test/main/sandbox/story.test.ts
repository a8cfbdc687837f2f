// @vitest-environment node
/**
 * The whole story against the standalone sandbox (its own process, as `npm run sandbox` runs it) with
 * real signed requests: KeyGen → KeyGenFromKeyGroup for
 * the Signing and Recovery Groups → a custodian loses a phone → Recovery into a new Main Group. The
 * root public keys never change after KeyGen.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { once } from '../../helpers/once';
import { standaloneSandbox, type SandboxGroup } from './helpers';
import { within } from '../../helpers/patience';

let ctx: Awaited<ReturnType<typeof standaloneSandbox>>;
let vaultId: string;
const groups: Record<string, SandboxGroup> = {};

beforeEach(
  once(async () => {
    ctx = await standaloneSandbox(['--auto-approve-ms', '20', '--step-ms', '20']);
    const [vault] = await ctx.client.listAllMpcVaults('Org-Controlled');
    vaultId = vault!.vault_id;
    for (const g of await ctx.client.listAllKeyShareHolderGroups(vaultId)) groups[String(g.type)] = g;
  }),
);
afterAll(async () => {
  if (ctx) expect(await ctx.stop()).toBe(0);
});

async function settle(requestId: string) {
  const until = Date.now() + within(10_000);
  for (;;) {
    const r = await ctx.client.getTssRequest(vaultId, requestId);
    if (['Success', 'KeyGeneratingFailed', 'KeyHolderConfirmationFailed'].includes(String(r.status)))
      return r;
    if (Date.now() > until) throw new Error(`request ${requestId} did not settle`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const nodeIds = (g: SandboxGroup) => (g.key_share_holders ?? []).map((h) => h.tss_node_id);

describe('a full ceremony story against the sandbox', () => {
  let rootKeys: unknown;

  it('starts with a seeded organisation waiting for KeyGen', async () => {
    const vault = await ctx.client.getMpcVault(vaultId);
    expect(vault).toMatchObject({ name: 'Rehearsal Treasury', type: 'Org-Controlled', root_pubkeys: [] });
    expect(Object.keys(groups).sort()).toEqual(['MainGroup', 'RecoveryGroup', 'SigningGroup']);
    for (const g of Object.values(groups)) expect(g.status).toBe('New');
    // A standard vault's Main Key: Cobo plus one custodian, 2/2.
    expect(groups.MainGroup!.key_share_holders!.map((h) => h.type)).toEqual(['Cobo', 'Mobile']);
  });

  it('KeyGen creates root keys for both curves and makes the Main Group valid', async () => {
    const created = await ctx.client.createTssRequest(vaultId, {
      type: 'KeyGen',
      target_key_share_holder_group_id: groups.MainGroup!.key_share_holder_group_id,
    });
    expect(created.status).toBe('PendingKeyHolderConfirmation');
    const done = await settle(created.tss_request_id);
    expect(done.status).toBe('Success');
    const vault = await ctx.client.getMpcVault(vaultId);
    expect(vault.root_pubkeys!.map((r) => r.curve).sort()).toEqual(['ED25519', 'SECP256K1']);
    for (const r of vault.root_pubkeys!) expect(r.root_pubkey).toMatch(/^xpub[1-9A-HJ-NP-Za-km-z]{107}$/);
    rootKeys = vault.root_pubkeys;
    const main = await ctx.client.getKeyShareHolderGroup(
      vaultId,
      groups.MainGroup!.key_share_holder_group_id,
    );
    expect(main.status).toBe('Valid');
    expect(main.tss_key_share_groups!.map((k) => k.root_pubkey).sort()).toEqual(
      vault.root_pubkeys!.map((r) => r.root_pubkey).sort(),
    );
  });

  it('refuses a second KeyGen', async () => {
    await expect(
      ctx.client.createTssRequest(vaultId, {
        type: 'KeyGen',
        target_key_share_holder_group_id: groups.MainGroup!.key_share_holder_group_id,
      }),
    ).rejects.toMatchObject({ code: 'cobo.invalid_state' });
  });

  it.each(['SigningGroup', 'RecoveryGroup'])(
    'KeyGenFromKeyGroup gives the %s shares of the same root keys',
    async (type) => {
      const main = groups.MainGroup!;
      const created = await ctx.client.createTssRequest(vaultId, {
        type: 'KeyGenFromKeyGroup',
        target_key_share_holder_group_id: groups[type]!.key_share_holder_group_id,
        source_key_share_holder_group: {
          key_share_holder_group_id: main.key_share_holder_group_id,
          tss_node_ids: nodeIds(main).slice(0, 2),
        },
      });
      expect((await settle(created.tss_request_id)).status).toBe('Success');
      const g = await ctx.client.getKeyShareHolderGroup(vaultId, groups[type]!.key_share_holder_group_id);
      expect(g.status).toBe('Valid');
      expect((await ctx.client.getMpcVault(vaultId)).root_pubkeys).toEqual(rootKeys);
    },
  );

  it('after a lost phone, Recovery re-creates the Main Group with the same root keys', async () => {
    const main = groups.MainGroup!;
    const alice = main.key_share_holders!.find((h) => h.type === 'Mobile')!;
    const lost = await ctx.control('POST', `/holders/${alice.tss_node_id}/lose-phone`);
    expect(lost.status).toBe(201);
    const replacement = (lost.body as { replacement: { tss_node_id: string; name: string } }).replacement;
    expect(replacement.name).toBe(alice.name);
    const before = (await ctx.control('GET', '/state')).body as {
      holders: Array<{ tss_node_id: string; replaces: string | null }>;
    };
    expect(before.holders.find((h) => h.tss_node_id === replacement.tss_node_id)!.replaces).toBe(
      alice.tss_node_id,
    );
    expect((await ctx.client.getKeyShareHolderGroup(vaultId, main.key_share_holder_group_id)).status).toBe(
      'Unavailable',
    );

    // The new Main Key: Cobo (which Cobo adds) plus Alice's new phone, 2/2.
    const newMain = await ctx.client.createKeyShareHolderGroup(vaultId, {
      key_share_holder_group_type: 'MainGroup',
      threshold: 2,
      participants: 2,
      key_share_holders: [
        { name: alice.name!, type: 'Mobile', tss_node_id: replacement.tss_node_id, signer: true },
      ],
    });
    expect(newMain.status).toBe('New');
    const recovery = groups.RecoveryGroup!;
    const recover = (tss_node_ids: string[]) =>
      ctx.client.createTssRequest(vaultId, {
        type: 'Recovery',
        target_key_share_holder_group_id: newMain.key_share_holder_group_id,
        source_key_share_holder_group: {
          key_share_holder_group_id: recovery.key_share_holder_group_id,
          tss_node_ids,
        },
      });
    // Today's Recovery Key holds Cobo's share, and recovery always uses it: two custodians alone are refused.
    const custodians = recovery
      .key_share_holders!.filter((h) => h.type !== 'Cobo')
      .map((h) => h.tss_node_id!);
    expect(custodians).toHaveLength(2);
    await expect(recover(custodians)).rejects.toMatchObject({
      message: expect.stringContaining('must include the Cobo TSS node'),
    });
    const cobo = recovery.key_share_holders!.find((h) => h.type === 'Cobo')!.tss_node_id!;
    const created = await recover([cobo, custodians[0]!]);
    expect((await settle(created.tss_request_id)).status).toBe('Success');
    expect((await ctx.client.getMpcVault(vaultId)).root_pubkeys).toEqual(rootKeys);
    const mains = await ctx.client.listAllKeyShareHolderGroups(vaultId, 'MainGroup');
    expect(mains.map((g) => g.key_share_holder_group_id)).toEqual([newMain.key_share_holder_group_id]);
    expect(mains[0]!.status).toBe('Valid');
    const holders = await ctx.client.listAllKeyShareHolders(vaultId);
    expect(holders.map((h) => h.tss_node_id)).not.toContain(alice.tss_node_id);
    // The lost phone's node itself is deleted, not only its place in a group.
    const state = (await ctx.control('GET', '/state')).body as {
      holders: Array<{ tss_node_id: string; replaces: string | null }>;
    };
    expect(state.holders.map((h) => h.tss_node_id)).not.toContain(alice.tss_node_id);
    // The move to the new phone is finished: it is no longer "the new phone" replacing anything.
    expect(state.holders.find((h) => h.tss_node_id === replacement.tss_node_id)).toMatchObject({
      replaces: null,
    });
  });
});
