// @vitest-environment node
/** Every path of the TSS request lifecycle, played through the control API as the holders would. */
import { afterEach, describe, expect, it } from 'vitest';
import { sandboxFor, type SandboxContext, type SandboxGroup } from './helpers';

const contexts: SandboxContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.cleanup()));
});

/**
 * A vault Cobo made advanced, so that its Main Key can be 2-of-3 with two custodians (Alice, Bilal):
 * the lifecycle is the same in a standard vault, with one custodian fewer to wait for. Its Signing Key
 * is Emeka's, its Recovery Key Chen's and Dana's with Cobo's: each node in one key only.
 */
async function setup(settings: Record<string, unknown> = { manualApproval: true }) {
  const ctx = await sandboxFor({ settings });
  contexts.push(ctx);
  const vaultId = (await ctx.client.createMpcVault({ name: 'Lifecycle', vault_type: 'Org-Controlled' }))
    .vault_id;
  expect((await ctx.control('POST', `/vaults/${vaultId}/advanced`, { advanced: true })).status).toBe(201);
  const node = (name: string) => ctx.sandbox.engine.state.nodes.find((n) => n.name === name)!;
  const group = (type: string, threshold: number, names: string[]) =>
    ctx.client.createKeyShareHolderGroup(vaultId, {
      key_share_holder_group_type: type,
      threshold,
      participants: names.length + (type === 'RecoveryGroup' ? 0 : 1),
      key_share_holders: names.map((n, i) => ({
        name: n,
        type: node(n).type,
        tss_node_id: node(n).tss_node_id,
        signer: type !== 'RecoveryGroup' && i === 0,
      })),
    });
  const groups: Record<string, SandboxGroup> = {
    MainGroup: await group('MainGroup', 2, ['Alice Moreau', 'Bilal Haddad']),
    SigningGroup: await group('SigningGroup', 2, ['Emeka Nwosu']),
    RecoveryGroup: await group('RecoveryGroup', 2, ['Cobo', 'Chen Wei', 'Dana Okafor']),
  };
  const main = groups.MainGroup!;
  const mobiles = main.key_share_holders!.filter((h) => h.type === 'Mobile');
  const status = async (id: string) => String((await ctx.client.getTssRequest(vaultId, id)).status);
  const decide = (node: string, id: string, decision: 'approve' | 'reject') =>
    ctx.control('POST', `/holders/${node}/decision`, { tss_request_id: id, decision });
  const online = (node: string, on: boolean) =>
    ctx.control('POST', `/holders/${node}/online`, { online: on });
  const keyGen = () =>
    ctx.client.createTssRequest(vaultId, {
      type: 'KeyGen',
      target_key_share_holder_group_id: main.key_share_holder_group_id,
    });
  const waitStatus = (id: string, wanted: string) =>
    ctx.waitFor(async () => ((await status(id)) === wanted ? true : undefined), `${wanted}`);
  return { ctx, vaultId, groups, main, mobiles, status, decide, online, keyGen, waitStatus };
}

describe('TSS request lifecycle', () => {
  it('waits for every holder to start once, then goes MPCProcessing → KeyGenerating → Success by itself', async () => {
    const s = await setup();
    const r = await s.keyGen();
    expect(await s.status(r.tss_request_id)).toBe('PendingKeyHolderConfirmation');
    const pending = async (node: string) =>
      (
        (await s.ctx.control('GET', '/state')).body as {
          holders: Array<{ tss_node_id: string; pending: Array<{ tss_request_id: string }> }>;
        }
      ).holders.find((h) => h.tss_node_id === node)!.pending;
    expect(await pending(s.mobiles[0]!.tss_node_id)).toMatchObject([{ tss_request_id: r.tss_request_id }]);
    expect((await s.decide(s.mobiles[0]!.tss_node_id, r.tss_request_id, 'approve')).status).toBe(201);
    // Started: nothing more is asked of Alice, and the request waits for Bilal.
    expect(await pending(s.mobiles[0]!.tss_node_id)).toEqual([]);
    await new Promise((res) => setTimeout(res, 60));
    expect(await s.status(r.tss_request_id)).toBe('PendingKeyHolderConfirmation');
    await s.decide(s.mobiles[1]!.tss_node_id, r.tss_request_id, 'approve');
    // One act each (Cobo's manual): from here on the phones take part by themselves, apps kept open.
    await s.waitStatus(r.tss_request_id, 'Success');
    const detail = (await s.ctx.control('GET', `/requests/${r.tss_request_id}`)).body as {
      timeline: Array<{ status: string; at: number }>;
    };
    expect(detail.timeline.map((t) => t.status)).toEqual([
      'PendingKeyHolderConfirmation',
      'MPCProcessing',
      'KeyGenerating',
      'Success',
    ]);
    const times = detail.timeline.map((t) => t.at);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('lets a holder act once: a second answer is refused, in any status', async () => {
    const s = await setup({ manualApproval: true, stepMs: 2_000 });
    const r = await s.keyGen();
    await s.decide(s.mobiles[0]!.tss_node_id, r.tss_request_id, 'approve');
    const again = await s.decide(s.mobiles[0]!.tss_node_id, r.tss_request_id, 'approve');
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ error_message: expect.stringContaining('a holder acts once') });
    await s.decide(s.mobiles[1]!.tss_node_id, r.tss_request_id, 'approve');
    await s.waitStatus(r.tss_request_id, 'MPCProcessing');
    expect((await s.decide(s.mobiles[1]!.tss_node_id, r.tss_request_id, 'reject')).status).toBe(400);
    expect(await s.status(r.tss_request_id)).toBe('MPCProcessing');
  });

  it('stalls while a taking-part phone is offline, and goes on when it is back', async () => {
    const s = await setup({ manualApproval: true, stepMs: 500 });
    const r = await s.keyGen();
    for (const m of s.mobiles) await s.decide(m.tss_node_id, r.tss_request_id, 'approve');
    // Bilal closes Cobo Guard while the key is being made: the request holds where it is.
    await s.online(s.mobiles[1]!.tss_node_id, false);
    await new Promise((res) => setTimeout(res, 1_200));
    expect(await s.status(r.tss_request_id)).toBe('MPCProcessing');
    expect((await s.ctx.client.getMpcVault(s.vaultId)).root_pubkeys).toEqual([]);
    await s.online(s.mobiles[1]!.tss_node_id, true);
    await s.waitStatus(r.tss_request_id, 'Success');
    expect((await s.ctx.client.getMpcVault(s.vaultId)).root_pubkeys).toHaveLength(2);
  });

  it('fails with KeyHolderConfirmationFailed when a holder rejects', async () => {
    const s = await setup();
    const r = await s.keyGen();
    await s.decide(s.mobiles[1]!.tss_node_id, r.tss_request_id, 'reject');
    expect(await s.status(r.tss_request_id)).toBe('KeyHolderConfirmationFailed');
    expect((await s.ctx.client.getMpcVault(s.vaultId)).root_pubkeys).toEqual([]);
    // A new ceremony can start after the failure.
    expect((await s.keyGen()).status).toBe('PendingKeyHolderConfirmation');
  });

  it('fails with KeyGeneratingFailed on an injected node failure, leaving no keys', async () => {
    const s = await setup({ autoApproveMs: 5, stepMs: 5 });
    expect((await s.ctx.control('POST', '/keygen-failures', { count: 1 })).status).toBe(201);
    const r = await s.keyGen();
    await s.waitStatus(r.tss_request_id, 'KeyGeneratingFailed');
    expect((await s.ctx.control('GET', `/requests/${r.tss_request_id}`)).body).toMatchObject({
      failure: expect.stringContaining('Injected fault'),
    });
    expect((await s.ctx.client.getMpcVault(s.vaultId)).root_pubkeys).toEqual([]);
    const second = await s.keyGen();
    await s.waitStatus(second.tss_request_id, 'Success');
  });

  it('cancels while pending (the cancel answers Success), and refuses a second cancel', async () => {
    const s = await setup();
    const r = await s.keyGen();
    expect((await s.ctx.client.cancelTssRequest(s.vaultId, r.tss_request_id)).status).toBe('Success');
    expect(await s.status(r.tss_request_id)).toBe('KeyHolderConfirmationFailed');
    await expect(s.ctx.client.cancelTssRequest(s.vaultId, r.tss_request_id)).rejects.toMatchObject({
      code: 'cobo.invalid_state',
    });
    await expect(s.decide(s.mobiles[0]!.tss_node_id, r.tss_request_id, 'approve')).resolves.toMatchObject({
      status: 400,
    });
  });

  it('refuses a cancel while the keys are being generated, and generation goes on', async () => {
    const s = await setup({ manualApproval: true, stepMs: 700 });
    const r = await s.keyGen();
    for (const m of s.mobiles) await s.decide(m.tss_node_id, r.tss_request_id, 'approve');
    await s.waitStatus(r.tss_request_id, 'KeyGenerating');
    await expect(s.ctx.client.cancelTssRequest(s.vaultId, r.tss_request_id)).rejects.toMatchObject({
      code: 'cobo.invalid_state',
      details: { httpStatus: 400, coboCode: 2029 },
    });
    await s.waitStatus(r.tss_request_id, 'Success');
  });

  it('holds a request while a holder is offline, and goes on when the phone is back', async () => {
    const s = await setup({ autoApproveMs: 5, stepMs: 5 });
    await s.ctx.control('POST', `/holders/${s.mobiles[0]!.tss_node_id}/online`, { online: false });
    const r = await s.keyGen();
    await new Promise((res) => setTimeout(res, 80));
    expect(await s.status(r.tss_request_id)).toBe('PendingKeyHolderConfirmation');
    const holders = (await s.ctx.control('GET', '/state')).body as {
      holders: Array<{ tss_node_id: string; online: boolean; pending: unknown[] }>;
    };
    const offline = holders.holders.find((h) => h.tss_node_id === s.mobiles[0]!.tss_node_id)!;
    expect(offline).toMatchObject({ online: false, pending: [{ tss_request_id: r.tss_request_id }] });
    await s.ctx.control('POST', `/holders/${s.mobiles[0]!.tss_node_id}/online`, { online: true });
    await s.waitStatus(r.tss_request_id, 'Success');
  });

  it('refuses a second request for a target that has one in progress', async () => {
    const s = await setup();
    await s.keyGen();
    // The hint points to what the app has (the pre-flight reads the vault again), not to a reload it lacks.
    await expect(s.keyGen()).rejects.toMatchObject({
      code: 'cobo.invalid_state',
      hint: expect.stringMatching(/^Nothing was changed at Cobo\. Run the pre-flight checks again/),
    });
  });

  it('checks the source TSS nodes: Cobo node included, members only, enough for the threshold', async () => {
    const s = await setup({ autoApproveMs: 5, stepMs: 5 });
    const r = await s.keyGen();
    await s.waitStatus(r.tss_request_id, 'Success');
    const ids = s.main.key_share_holders!.map((h) => h.tss_node_id);
    const cobo = s.main.key_share_holders!.find((h) => h.type === 'Cobo')!.tss_node_id;
    const target = s.groups.SigningGroup!.key_share_holder_group_id;
    const attempt = (tss_node_ids: string[]) =>
      s.ctx.client.createTssRequest(s.vaultId, {
        type: 'KeyGenFromKeyGroup',
        target_key_share_holder_group_id: target,
        source_key_share_holder_group: {
          key_share_holder_group_id: s.main.key_share_holder_group_id,
          tss_node_ids,
        },
      });
    await expect(attempt([cobo])).rejects.toMatchObject({
      code: 'cobo.invalid_request',
      message: expect.stringContaining('threshold'),
    });
    await expect(attempt(ids.filter((id) => id !== cobo))).rejects.toMatchObject({
      message: expect.stringContaining('Cobo TSS node'),
    });
    await expect(
      attempt([cobo, s.groups.RecoveryGroup!.key_share_holders!.find((h) => h.type !== 'Cobo')!.tss_node_id]),
    ).rejects.toMatchObject({
      message: expect.stringContaining('not in the source group'),
    });
    expect((await attempt([cobo, ids[1]!])).status).toBe('PendingKeyHolderConfirmation');
  });

  it('a lost phone makes its groups Unavailable and refuses them as a source', async () => {
    const s = await setup({ autoApproveMs: 5, stepMs: 5 });
    const r = await s.keyGen();
    await s.waitStatus(r.tss_request_id, 'Success');
    const lost = await s.ctx.control('POST', `/holders/${s.mobiles[0]!.tss_node_id}/lose-phone`);
    expect(lost.body).toMatchObject({
      lost: { status: 'Changed', online: false },
      replacement: { status: 'Valid', name: s.mobiles[0]!.name },
    });
    expect(
      (await s.ctx.client.getKeyShareHolderGroup(s.vaultId, s.main.key_share_holder_group_id)).status,
    ).toBe('Unavailable');
    await expect(
      s.ctx.client.createTssRequest(s.vaultId, {
        type: 'KeyGenFromKeyGroup',
        target_key_share_holder_group_id: s.groups.SigningGroup!.key_share_holder_group_id,
        source_key_share_holder_group: { key_share_holder_group_id: s.main.key_share_holder_group_id },
      }),
    ).rejects.toMatchObject({ code: 'cobo.invalid_state' });
  });
});

describe('a phone restored from backup', () => {
  it('keeps its TSS node ID and key shares; the frozen account acts only once an Admin unfreezes it', async () => {
    const s = await setup({ manualApproval: true, stepMs: 5 });
    const alice = s.mobiles[0]!.tss_node_id;
    const first = await s.keyGen();
    for (const m of s.mobiles) await s.decide(m.tss_node_id, first.tss_request_id, 'approve');
    await s.waitStatus(first.tss_request_id, 'Success');
    const restored = await s.ctx.control('POST', `/holders/${alice}/restore-from-backup`);
    expect(restored.status).toBe(201);
    expect(restored.body).toMatchObject({ tss_node_id: alice, status: 'Valid' });
    // Nothing for Cobo to re-create: the Main Group stays Valid with the same node in it.
    const main = await s.ctx.client.getKeyShareHolderGroup(s.vaultId, s.main.key_share_holder_group_id);
    expect(main.status).toBe('Valid');
    expect(main.key_share_holders!.map((h) => h.tss_node_id)).toContain(alice);
    // Frozen until an Admin unfreezes it: Alice cannot start a request meanwhile.
    const r = await s.ctx.client.createTssRequest(s.vaultId, {
      type: 'KeyGenFromKeyGroup',
      target_key_share_holder_group_id: s.groups.SigningGroup!.key_share_holder_group_id,
      source_key_share_holder_group: {
        key_share_holder_group_id: s.main.key_share_holder_group_id,
        tss_node_ids: [main.key_share_holders!.find((h) => h.type === 'Cobo')!.tss_node_id, alice],
      },
    });
    const refused = await s.decide(alice, r.tss_request_id, 'approve');
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      error_message: expect.stringContaining(
        'frozen after a restore from backup until an Admin unfreezes it',
      ),
    });
    expect((await s.ctx.control('POST', `/holders/${alice}/unfreeze`)).status).toBe(201);
    expect((await s.decide(alice, r.tss_request_id, 'approve')).status).toBe(201);
    expect((await s.ctx.control('POST', `/holders/${alice}/unfreeze`)).status).toBe(400);
  });

  it('is refused once the phone was reset without a backup, and for a Server Signer', async () => {
    const s = await setup();
    const alice = s.mobiles[0]!.tss_node_id;
    await s.ctx.control('POST', `/holders/${alice}/lose-phone`);
    const late = await s.ctx.control('POST', `/holders/${alice}/restore-from-backup`);
    expect(late.status).toBe(400);
    expect(late.body).toMatchObject({
      error_message: expect.stringContaining('a restore is no longer possible'),
    });
    const server = s.ctx.sandbox.engine.state.nodes.find((n) => n.type === 'API')!.tss_node_id;
    expect((await s.ctx.control('POST', `/holders/${server}/restore-from-backup`)).status).toBe(400);
  });
});

describe('the Admins’ approval, rehearsed (governance)', () => {
  it('holds a governed request before its holders are asked, until the Admins approve; KeyGen is not held', async () => {
    const s = await setup({ manualApproval: false, autoApproveMs: 5, stepMs: 5 });
    expect((await s.ctx.control('POST', '/settings', { admin_approval: true })).status).toBe(201);
    const keyGen = await s.keyGen();
    await s.waitStatus(keyGen.tss_request_id, 'Success');
    const cobo = s.main.key_share_holders!.find((h) => h.type === 'Cobo')!.tss_node_id;
    const r = await s.ctx.client.createTssRequest(s.vaultId, {
      type: 'KeyGenFromKeyGroup',
      target_key_share_holder_group_id: s.groups.SigningGroup!.key_share_holder_group_id,
      source_key_share_holder_group: {
        key_share_holder_group_id: s.main.key_share_holder_group_id,
        tss_node_ids: [cobo, s.mobiles[0]!.tss_node_id],
      },
    });
    await new Promise((res) => setTimeout(res, 150));
    expect(await s.status(r.tss_request_id)).toBe('PendingKeyHolderConfirmation');
    const state = (await s.ctx.control('GET', '/state')).body as {
      holders: Array<{ pending: Array<{ tss_request_id: string }> }>;
    };
    expect(state.holders.flatMap((h) => h.pending)).toEqual([]);
    const early = await s.decide(s.mobiles[0]!.tss_node_id, r.tss_request_id, 'approve');
    expect(early.body).toMatchObject({
      error_message: expect.stringContaining("waits for the organisation's Admins"),
    });
    expect(s.ctx.sandbox.engine.awaitingAdmins()).toEqual([
      { tss_request_id: r.tss_request_id, type: 'KeyGenFromKeyGroup' },
    ]);
    expect((await s.ctx.control('POST', `/requests/${r.tss_request_id}/admin-approval`)).status).toBe(201);
    await s.waitStatus(r.tss_request_id, 'Success');
    expect((await s.ctx.control('POST', `/requests/${r.tss_request_id}/admin-approval`)).status).toBe(400);
  });
});

describe('a frozen account on its own', () => {
  it('does not start a request by itself while frozen; once unfrozen, its phone acts again', async () => {
    const s = await setup({ manualApproval: false, autoApproveMs: 5, stepMs: 5 });
    const alice = s.mobiles[0]!.tss_node_id;
    expect((await s.ctx.control('POST', `/holders/${alice}/restore-from-backup`)).status).toBe(201);
    const r = await s.keyGen();
    await new Promise((res) => setTimeout(res, 200));
    expect(await s.status(r.tss_request_id)).toBe('PendingKeyHolderConfirmation');
    const detail = (await s.ctx.control('GET', `/requests/${r.tss_request_id}`)).body as {
      approvals: Record<string, string>;
    };
    expect(detail.approvals[alice]).toBeUndefined();
    await s.ctx.control('POST', `/holders/${alice}/unfreeze`);
    await s.waitStatus(r.tss_request_id, 'Success');
  });
});
