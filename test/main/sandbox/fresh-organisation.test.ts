// @vitest-environment node
/** A fresh organisation: where a real one starts, with nothing Cobo lists yet. */
import { afterEach, describe, expect, it } from 'vitest';
import { expectSpec } from '../cobo/spec-validator';
import { sandboxFor, standaloneSandbox, type SandboxContext } from './helpers';

const open: Array<{ cleanup(): Promise<void> }> = [];
afterEach(async () => {
  for (const c of open.splice(0)) await c.cleanup();
});
const fresh = async (withVault: boolean): Promise<SandboxContext> => {
  const ctx = await sandboxFor({ fresh: { withVault } });
  open.push(ctx);
  return ctx;
};

describe('a fresh organisation', () => {
  it('has its phones and Server Signer, no groups, and no vault unless asked for', async () => {
    const ctx = await fresh(false);
    expect(await ctx.client.listAllMpcVaults('Org-Controlled')).toEqual([]);
    expect(ctx.sandbox.engine.state.nodes.map((n) => n.type).sort()).toEqual([
      'API',
      'Cobo',
      'Mobile',
      'Mobile',
      'Mobile',
      'Mobile',
      'Mobile',
    ]);
    expect(ctx.sandbox.engine.state.groups).toEqual([]);
    const withVault = await fresh(true);
    const [vault] = await withVault.client.listAllMpcVaults('Org-Controlled');
    expect(vault).toMatchObject({ name: 'Rehearsal Treasury', root_pubkeys: [] });
    expect(await withVault.client.listAllKeyShareHolderGroups(vault!.vault_id)).toEqual([]);
  });

  it('creates a vault, and lists as holders only those of its groups', async () => {
    const ctx = await fresh(false);
    const vault = await ctx.client.createMpcVault({ name: 'Fresh Treasury', vault_type: 'Org-Controlled' });
    expectSpec('MPCVault', vault);
    expect(vault).toMatchObject({ name: 'Fresh Treasury', type: 'Org-Controlled', root_pubkeys: [] });
    expect(await ctx.client.listAllKeyShareHolders(vault.vault_id)).toEqual([]);
    const alice = ctx.sandbox.engine.state.nodes.find((n) => n.name === 'Alice Moreau')!;
    await ctx.client.createKeyShareHolderGroup(vault.vault_id, {
      key_share_holder_group_type: 'MainGroup',
      participants: 2,
      threshold: 2,
      key_share_holders: [
        { name: 'Alice Moreau', type: 'Mobile', tss_node_id: alice.tss_node_id, signer: true },
      ],
    });
    // Another vault, with a key of its own held by another custodian: not one of this vault's holders.
    const other = await ctx.client.createMpcVault({ name: 'Other Treasury', vault_type: 'Org-Controlled' });
    const bilal = ctx.sandbox.engine.state.nodes.find((n) => n.name === 'Bilal Haddad')!;
    await ctx.client.createKeyShareHolderGroup(other.vault_id, {
      key_share_holder_group_type: 'MainGroup',
      participants: 2,
      threshold: 2,
      key_share_holders: [
        { name: 'Bilal Haddad', type: 'Mobile', tss_node_id: bilal.tss_node_id, signer: true },
      ],
    });
    const listed = await ctx.client.listAllKeyShareHolders(vault.vault_id);
    expect(listed.map((h) => h.name).sort()).toEqual(['Alice Moreau', 'Cobo']);
    expect((await ctx.client.listAllKeyShareHolders(other.vault_id)).map((h) => h.name).sort()).toEqual([
      'Bilal Haddad',
      'Cobo',
    ]);
    // A User-Controlled vault is out of this sandbox's scope, and says so.
    await expect(
      ctx.client.createMpcVault({ name: 'UCW', vault_type: 'User-Controlled', project_id: 'p1' }),
    ).rejects.toMatchObject({ details: { coboCode: 2006 } });
  });

  it('starts over from the standalone command line with --fresh, keeping the API key', async () => {
    const ctx = await standaloneSandbox(['--fresh']);
    open.push({ cleanup: async () => void (await ctx.stop()) });
    expect(await ctx.client.listAllMpcVaults('Org-Controlled')).toEqual([]);
    const vault = await ctx.client.createMpcVault({ name: 'Fresh Treasury', vault_type: 'Org-Controlled' });
    expect(vault.name).toBe('Fresh Treasury');
  });
});
