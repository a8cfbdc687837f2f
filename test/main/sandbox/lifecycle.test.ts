// @vitest-environment node
/** Every path of the TSS request lifecycle, played through the control API as the holders would. */
import { afterEach, describe, expect, it } from 'vitest';
import { sandboxFor, type SandboxContext, type SandboxGroup } from './helpers';

const contexts: SandboxContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.cleanup()));
});

async function setup(settings: Record<string, unknown> = { manualApproval: true }) {
  const ctx = await sandboxFor({ settings });
  contexts.push(ctx);
  const [vault] = await ctx.client.listAllMpcVaults('Org-Controlled');
  const vaultId = vault!.vault_id;
  const groups = Object.fromEntries(
    (await ctx.client.listAllKeyShareHolderGroups(vaultId)).map((g) => [g.type, g]),
  ) as Record<string, SandboxGroup>;
  const main = groups.MainGroup!;
  const mobiles = main.key_share_holders!.filter((h) => h.type === 'Mobile');
  const status = async (id: string) => String((await ctx.client.getTssRequest(vaultId, id)).status);
  const decide = (node: string, id: string, decision: 'approve' | 'reject') =>
    ctx.control('POST', `/holders/${node}/decision`, { tss_request_id: id, decision });
  const keyGen = () =>
    ctx.client.createTssRequest(vaultId, {
      type: 'KeyGen',
      target_key_share_holder_group_id: main.key_share_holder_group_id,
    });
  const waitStatus = (id: string, wanted: string) =>
    ctx.waitFor(async () => ((await status(id)) === wanted ? true : undefined), `${wanted}`);
  return { ctx, vaultId, groups, main, mobiles, status, decide, keyGen, waitStatus };
}

describe('TSS request lifecycle', () => {
  it('waits for every holder to approve, then in MPCProcessing for every holder to take part, then KeyGenerating → Success', async () => {
    const s = await setup();
    const r = await s.keyGen();
    expect(await s.status(r.tss_request_id)).toBe('PendingKeyHolderConfirmation');
    expect((await s.decide(s.mobiles[0]!.tss_node_id, r.tss_request_id, 'approve')).status).toBe(201);
    await new Promise((res) => setTimeout(res, 60));
    expect(await s.status(r.tss_request_id)).toBe('PendingKeyHolderConfirmation');
    await s.decide(s.mobiles[1]!.tss_node_id, r.tss_request_id, 'approve');
    // MPCProcessing: the custodians act again in Cobo Guard; it does not move on by itself.
    await s.waitStatus(r.tss_request_id, 'MPCProcessing');
    const pending = (await s.ctx.control('GET', '/state')).body as {
      holders: Array<{ tss_node_id: string; pending: Array<{ step: string }> }>;
    };
    expect(pending.holders.find((h) => h.tss_node_id === s.mobiles[0]!.tss_node_id)!.pending).toMatchObject([
      { step: 'take part' },
    ]);
    await s.decide(s.mobiles[0]!.tss_node_id, r.tss_request_id, 'approve');
    await new Promise((res) => setTimeout(res, 60));
    expect(await s.status(r.tss_request_id)).toBe('MPCProcessing');
    // Answering twice in one phase is refused.
    expect((await s.decide(s.mobiles[0]!.tss_node_id, r.tss_request_id, 'approve')).status).toBe(400);
    await s.decide(s.mobiles[1]!.tss_node_id, r.tss_request_id, 'approve');
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

  it('fails when a holder refuses to take part in MPCProcessing, naming who', async () => {
    const s = await setup();
    const r = await s.keyGen();
    for (const m of s.mobiles) await s.decide(m.tss_node_id, r.tss_request_id, 'approve');
    await s.waitStatus(r.tss_request_id, 'MPCProcessing');
    await s.decide(s.mobiles[1]!.tss_node_id, r.tss_request_id, 'reject');
    expect(await s.status(r.tss_request_id)).toBe('KeyHolderConfirmationFailed');
    const detail = (await s.ctx.control('GET', `/requests/${r.tss_request_id}`)).body as { failure: string };
    expect(detail.failure).toBe(`${s.mobiles[1]!.name} refused to take part in key generation`);
  });

  it('refuses a cancel while the keys are being generated, and generation goes on', async () => {
    const s = await setup({ manualApproval: true, stepMs: 700 });
    const r = await s.keyGen();
    for (const m of s.mobiles) await s.decide(m.tss_node_id, r.tss_request_id, 'approve');
    await s.waitStatus(r.tss_request_id, 'MPCProcessing');
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
    await expect(s.keyGen()).rejects.toMatchObject({ code: 'cobo.invalid_state' });
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
