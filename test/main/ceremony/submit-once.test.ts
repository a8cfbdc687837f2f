// @vitest-environment node
/**
 * The submit-once rule under every way an answer can be lost after Cobo acted: for a TSS request and
 * for a group creation, each fault below strikes *after* the sandbox handled the POST. The ceremony
 * must call the outcome unknown, never go back to the review, find what it created, and leave exactly
 * one request or group behind.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Ceremony } from '../../../common/contract';
import { useRigs, type Rig } from './helpers';

const CLIENT_TIMEOUT_MS = 400;

const FAULTS = [
  ['a 2xx answer cut short', { kind: 'truncated_json' }],
  ['a 2xx answer that is not JSON', { kind: 'malformed_json' }],
  ['HTTP 500', { kind: 'http_error', status: 500 }],
  ['HTTP 502', { kind: 'http_error', status: 502 }],
  ['HTTP 503', { kind: 'http_error', status: 503 }],
  ['HTTP 504', { kind: 'http_error', status: 504 }],
  ['a connection reset after the send', { kind: 'reset' }],
  ['a timeout after the send', { kind: 'latency', latency_ms: CLIENT_TIMEOUT_MS * 4 }],
] as const;

const newRig = useRigs();

/** A new Signing Key of Cobo and Emeka, whose node holds no key of the vault yet (one node, one key). */
const newSigningKey = (r: Rig) => ({
  type: 'SigningGroup' as const,
  threshold: 2,
  participants: 2,
  // Cobo adds its own node: only the organisation's holder is listed, typed in as Cobo does not list it yet.
  holders: r.runtime.services
    .sandbox!.engine.state.nodes.filter((n) => n.name === 'Emeka Nwosu')
    .map((n) => ({ tss_node_id: n.tss_node_id, name: n.name, type: 'Mobile' as const, signer: true })),
});

async function setup() {
  const r = await newRig({ coboTimeoutMs: CLIENT_TIMEOUT_MS });
  // Holders wait for a decision, so what the ceremony adopts is still there to be counted.
  r.runtime.services.sandbox!.engine.settings.manualApproval = true;
  return r;
}

/** Every phase and review stamp the ceremony had, as the page would have seen them. */
function watch(r: Rig, id: string) {
  const seen: Array<Pick<Ceremony, 'phase' | 'reviewedAt'>> = [];
  const stop = r.runtime.services.events.connect(({ event, payload }) => {
    if (event !== 'ceremony.updated') return;
    const c = payload as Ceremony;
    if (c.id === id) seen.push({ phase: c.phase, reviewedAt: c.reviewedAt });
  });
  return { seen, stop };
}

function expectUnknownThenAdopted(r: Rig, id: string, seen: Array<Pick<Ceremony, 'phase' | 'reviewedAt'>>) {
  const journal = r.runtime.services.ceremonies.journal(id);
  const answers = journal.filter((e) => e.kind === 'response_received');
  expect(answers[0]!.data).toMatchObject({ error_code: 'cobo.unknown_outcome', outcome: 'unknown' });
  expect(answers[1]!.data).toMatchObject({ reconciled: true });
  expect(journal.filter((e) => e.kind === 'request_intent')).toHaveLength(1);
  // Never back to the review: the officer is never offered a second send.
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.every((s) => s.phase !== 'preparing' && s.reviewedAt !== null)).toBe(true);
}

describe('submit once, whatever answer is lost after Cobo acted', () => {
  it.each(FAULTS)('a TSS request, with %s', async (_, fault) => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const main = await r.group('MainGroup');
    const prepared = await r.prepare('KeyGen', { targetGroupId: main.key_share_holder_group_id });
    const { seen, stop } = watch(r, prepared.id);
    r.runtime.services.sandbox!.faults.add({ ...fault, phase: 'after', method: 'POST', count: 1 });
    await c.submit(prepared.id, undefined);
    await r.waitFor(() => c.get(prepared.id).phase === 'tracking', 'the request to be adopted');
    stop();
    expectUnknownThenAdopted(r, prepared.id, seen);
    await expect(c.submit(prepared.id, undefined)).rejects.toMatchObject({
      code: 'ceremony.already_submitted',
    });
    const client = await r.runtime.services.profiles.clientFor(r.profileId);
    const requests = await client.listAllTssRequests(r.vaultId, main.key_share_holder_group_id);
    expect(requests.map((x) => x.tss_request_id)).toEqual([c.get(prepared.id).tssRequestId]);
  });

  it.each(FAULTS)('a group creation, with %s', async (_, fault) => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const before = (await r.groups()).length;
    const design = newSigningKey(r);
    const prepared = await r.prepare('GroupSetup', { design });
    const { seen, stop } = watch(r, prepared.id);
    r.runtime.services.sandbox!.faults.add({ ...fault, phase: 'after', method: 'POST', count: 1 });
    await c.submit(prepared.id, undefined);
    await r.waitFor(() => c.get(prepared.id).phase === 'finished', 'the group to be adopted');
    stop();
    expectUnknownThenAdopted(r, prepared.id, seen);
    const groups = await r.groups();
    expect(groups).toHaveLength(before + 1);
    expect(groups.map((g) => g.key_share_holder_group_id)).toContain(c.get(prepared.id).createdGroupId);
  });
});

describe('submit once, for a vault creation too', () => {
  it.each(
    FAULTS.filter(
      ([name]) => name.startsWith('HTTP 5') || name.includes('reset') || name.includes('cut short'),
    ),
  )('a vault creation, with %s', async (_, fault) => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const client = await r.runtime.services.profiles.clientFor(r.profileId);
    const before = await client.listAllMpcVaults('Org-Controlled');
    const prepared = await r.prepare('VaultSetup', { newVault: { name: 'Second Treasury' } });
    expect(prepared.requestBody).toEqual({ name: 'Second Treasury', vault_type: 'Org-Controlled' });
    const { seen, stop } = watch(r, prepared.id);
    r.runtime.services.sandbox!.faults.add({ ...fault, phase: 'after', method: 'POST', count: 1 });
    await c.submit(prepared.id, undefined);
    await r.waitFor(() => c.get(prepared.id).phase === 'finished', 'the vault to be adopted');
    stop();
    expectUnknownThenAdopted(r, prepared.id, seen);
    const after = await client.listAllMpcVaults('Org-Controlled');
    expect(after).toHaveLength(before.length + 1);
    const made = after.find((v) => v.name === 'Second Treasury')!;
    expect(c.get(prepared.id)).toMatchObject({
      outcome: 'success',
      vaultName: 'Second Treasury',
      selection: { vaultId: made.vault_id },
    });
  });

  it('refuses a name an existing vault has, before anything is sent', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    let ceremony = await c.start('VaultSetup', r.profileId);
    ceremony = await c.select(ceremony.id, { newVault: { name: 'Rehearsal Treasury' } });
    ceremony = await c.preflight(ceremony.id);
    expect(ceremony.preflight!.checks.find((x) => x.id === 'selection')).toMatchObject({
      ok: false,
      message:
        'A vault named “Rehearsal Treasury” exists already; choose another name so the two cannot be confused.',
    });
  });
});

describe('reconciling never guesses between candidates', () => {
  const slowAnswer = {
    kind: 'latency',
    latency_ms: CLIENT_TIMEOUT_MS * 4,
    phase: 'after',
    method: 'POST',
    count: 1,
  };

  it('asks the officer when two TSS requests could be the one it sent', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const sandbox = r.runtime.services.sandbox!;
    const main = await r.group('MainGroup');
    const client = await r.runtime.services.profiles.clientFor(r.profileId);
    const prepared = await r.prepare('KeyGen', { targetGroupId: main.key_share_holder_group_id });
    sandbox.faults.add(slowAnswer);
    const sending = c.submit(prepared.id, undefined);
    // While our answer is held back, ours fails and somebody sends an identical request.
    let ours: string | undefined;
    await r.waitFor(async () => {
      ours = (await client.listAllTssRequests(r.vaultId, main.key_share_holder_group_id))[0]?.tss_request_id;
      return ours !== undefined;
    }, 'our request to reach the sandbox');
    const mobile = main.holders.find((h) => h.type === 'Mobile')!;
    await sandbox.engine.decide(mobile.tss_node_id, ours!, 'reject');
    await client.createTssRequest(r.vaultId, {
      type: 'KeyGen',
      target_key_share_holder_group_id: main.key_share_holder_group_id,
      description: (prepared.requestBody as { description?: string }).description,
    });
    await sending;
    expect(c.get(prepared.id)).toMatchObject({ phase: 'undecided', tssRequestId: null });
    expect(c.journal(prepared.id).some((e) => e.data.reconciled === true)).toBe(false);
  });

  it('asks the officer when two new groups could be the one it created', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const engine = r.runtime.services.sandbox!.engine;
    const before = (await r.groups()).length;
    const design = newSigningKey(r);
    const prepared = await r.prepare('GroupSetup', { design });
    r.runtime.services.sandbox!.faults.add(slowAnswer);
    const sending = c.submit(prepared.id, undefined);
    await r.waitFor(async () => (await r.groups()).length === before + 1, 'our group to reach the sandbox');
    // A twin made meanwhile by someone else. Cobo refuses a second key with the same node today, so
    // it is put in Cobo's state directly: the app must never guess, however the twin came to be.
    const ours = engine.state.groups.at(-1)!;
    engine.state.groups.push({ ...ours, key_share_holder_group_id: randomUUID() });
    await sending;
    expect(c.get(prepared.id)).toMatchObject({ phase: 'undecided', createdGroupId: null });
    expect((await r.groups()).length).toBe(before + 2);
  });
});
