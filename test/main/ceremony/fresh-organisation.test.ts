// @vitest-environment node
/**
 * A fresh organisation's first ceremonies, through the ceremony service, with every answer on the wire
 * checked against the official spec by a proxy between the app and the sandbox: create the vault, set up
 * the Main Key from typed TSS node IDs (Cobo adds its own node), KeyGen with the custodians approving
 * and, in MPCProcessing, taking part, then a Signing and a Recovery Key with their shares.
 */
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ceremony, CeremonyKind, GroupDesign } from '../../../common/contract';
import type { CeremonyService } from '../../../main/ceremony/service';
import { startSandbox, type Sandbox } from '../../../main/sandbox/index';
import { operationFor, operationsOf, type SpecOperation } from '../cobo/spec';
import { specProblem } from '../cobo/spec-validator';
import { rig, type Rig } from './helpers';

const ops = operationsOf('Wallets - MPC Wallets');

/** What the spec says the answer to this request is, checked; problems are collected, answers passed on. */
function checkAnswer(op: SpecOperation | undefined, status: number, text: string): string | null {
  if (!op) return `no spec operation`;
  const body = JSON.parse(text) as unknown;
  if (status >= 400) return specProblem('ErrorResponse', body);
  const answer = op.answer;
  if (answer?.$ref) return specProblem(answer.$ref.replace('#/components/schemas/', ''), body);
  if (answer?.type === 'array' && answer.items?.$ref) {
    const item = answer.items.$ref.replace('#/components/schemas/', '');
    if (!Array.isArray(body)) return 'not an array';
    return body.map((b) => specProblem(item, b)).find((p) => p !== null) ?? null;
  }
  return `no answer schema for ${op.operationId}`;
}

function validatingProxy(target: string) {
  const problems: string[] = [];
  const seen = new Set<string>();
  const to = new URL(target);
  const server = http.createServer((req, res) => {
    const upstream = http.request(
      { host: to.hostname, port: to.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (c: Buffer) => chunks.push(c));
        answer.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const apiPath = (req.url ?? '').split('?')[0]!.replace(/^\/v2/, '');
          const op = operationFor(ops, req.method ?? '', apiPath);
          if (op) seen.add(op.operationId);
          const problem = checkAnswer(op, answer.statusCode ?? 0, text);
          if (problem) problems.push(`${req.method} ${apiPath} (${answer.statusCode}): ${problem}`);
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          res.end(text);
        });
      },
    );
    req.pipe(upstream);
  });
  return { server, problems, seen };
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function freshRig() {
  const sandbox: Sandbox = await startSandbox({
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'kc-fresh-')),
    fresh: { withVault: false },
    settings: { autoApproveMs: 10, stepMs: 10, manualApproval: true },
  });
  const proxy = validatingProxy(sandbox.baseUrl);
  await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.server.address() as { port: number };
  const r = await rig({ sandboxBaseUrl: async () => `http://127.0.0.1:${port}/v2` }, async (runtime) => {
    for (const key of await runtime.services.profiles.sandboxApiKeys())
      await sandbox.engine.registerApiKey(key);
  });
  cleanups.push(async () => {
    await r.close();
    proxy.server.closeAllConnections();
    proxy.server.close();
    await sandbox.close();
  });
  return { r, sandbox, proxy };
}

/** A ceremony prepared as an officer would, up to its review. */
async function prepare(
  r: Rig,
  kind: CeremonyKind,
  vaultId: string | null,
  selection: Partial<Ceremony['selection']>,
) {
  const c: CeremonyService = r.runtime.services.ceremonies;
  let ceremony = await c.start(kind, r.profileId);
  if (vaultId) ceremony = await c.select(ceremony.id, { vaultId });
  ceremony = await c.select(ceremony.id, selection);
  for (const item of ['workstation_prepared', 'custodians_identified', 'witnesses_present'] as const)
    await c.tick(ceremony.id, item);
  await c.setWitnesses(ceremony.id, ['Wendy Witness']);
  const groups = vaultId
    ? await (await r.runtime.services.profiles.clientFor(r.profileId)).listAllKeyShareHolderGroups(vaultId)
    : [];
  const target = groups.find((g) => g.key_share_holder_group_id === selection.targetGroupId);
  const source = groups.find((g) => g.key_share_holder_group_id === selection.sourceGroupId);
  const sourceNodes = (source?.key_share_holders ?? []).filter((h) =>
    selection.sourceNodeIds?.includes(h.tss_node_id!),
  );
  const people = new Map<string, string>([
    ...[...(target?.key_share_holders ?? []), ...sourceNodes]
      .filter((h) => h.type !== 'Cobo')
      .map((h) => [h.tss_node_id!, h.name!] as const),
    ...(selection.design?.holders ?? []).map((h) => [h.tss_node_id, h.name ?? h.tss_node_id] as const),
  ]);
  for (const [id, name] of people) await c.checkIn(ceremony.id, id, name);
  ceremony = await c.preflight(ceremony.id);
  expect(ceremony.preflight?.checks.filter((x) => !x.ok)).toEqual([]);
  return c.review(ceremony.id);
}

describe('a fresh organisation’s first ceremonies', () => {
  it('creates the vault and groups from typed TSS node IDs, with every answer as the spec describes it', async () => {
    const { r, sandbox, proxy } = await freshRig();
    const c = r.runtime.services.ceremonies;
    const node = (name: string) => sandbox.engine.state.nodes.find((n) => n.name === name)!;
    const typed = (name: string, signer = false): GroupDesign['holders'][number] => ({
      tss_node_id: node(name).tss_node_id,
      name,
      type: node(name).type as 'Mobile' | 'API',
      signer,
    });
    const client = await r.runtime.services.profiles.clientFor(r.profileId);
    expect(await client.listAllMpcVaults('Org-Controlled')).toEqual([]);

    // The vault.
    const vault = await prepare(r, 'VaultSetup', null, { newVault: { name: 'Fresh Treasury' } });
    expect(vault.requestBody).toEqual({ name: 'Fresh Treasury', vault_type: 'Org-Controlled' });
    const created = await c.submit(vault.id, undefined);
    expect(created).toMatchObject({ phase: 'finished', outcome: 'success', vaultName: 'Fresh Treasury' });
    const vaultId = created.selection.vaultId!;
    await c.close(vault.id);
    // Cobo lists no holder before the first group; its own node comes from cobo_key_share_holders.
    expect(await client.listAllKeyShareHolders(vaultId)).toEqual([]);
    const shown = await r.runtime.dispatch('cobo.groups', { profileId: r.profileId, vaultId });
    expect(shown).toMatchObject({
      ok: true,
      value: { groups: [], nodes: [], cobo: [{ type: 'Cobo', problem: null }] },
    });

    const setUp = async (design: GroupDesign) => {
      const prepared = await prepare(r, 'GroupSetup', vaultId, { design });
      const done = await c.submit(prepared.id, undefined);
      expect(done.outcome).toBe('success');
      await c.close(prepared.id);
      return done.createdGroupId!;
    };
    const follow = async (id: string) => {
      await r.waitFor(() => c.get(id).phase === 'finished', 'the request to end', 10_000);
      expect(c.get(id).outcome).toBe('success');
      await c.recordComparison(id);
      await c.close(id);
    };

    // The Main Key of a standard vault, 2/2: Cobo adds its own node to the custodian entered by ID.
    const mainId = await setUp({
      type: 'MainGroup',
      threshold: 2,
      participants: 2,
      holders: [typed('Alice Moreau', true)],
    });
    const main = await client.getKeyShareHolderGroup(vaultId, mainId);
    // One holder looked up by TSS node ID: listed once it is in a group, not before.
    const lookUp = (name: string) =>
      r.runtime.dispatch('cobo.holder', {
        profileId: r.profileId,
        vaultId,
        tssNodeId: node(name).tss_node_id,
      });
    expect(await lookUp('Alice Moreau')).toMatchObject({
      ok: true,
      value: { holder: { name: 'Alice Moreau', status: 'Valid' } },
    });
    expect(await lookUp('Chen Wei')).toEqual({ ok: true, value: { holder: null } });
    expect(main.key_share_holders!.map((h) => h.type).sort()).toEqual(['Cobo', 'Mobile']);

    // KeyGen: nothing moves until the custodian taps Start Key Gen, once; then it runs to the end.
    const keyGen = await prepare(r, 'KeyGen', vaultId, { targetGroupId: mainId });
    const sent = await c.submit(keyGen.id, undefined);
    await new Promise((res) => setTimeout(res, 150));
    expect(c.get(keyGen.id).statuses.at(-1)?.status).toBe('PendingKeyHolderConfirmation');
    await sandbox.engine.decide(node('Alice Moreau').tss_node_id, sent.tssRequestId!, 'approve');
    await follow(keyGen.id);
    sandbox.engine.settings.manualApproval = false;

    // A Signing Key with the Server Signer, and a Recovery Key of Cobo's node and two phones (the
    // app lists Cobo's node, from cobo_key_share_holders), both keyed from Main.
    const signingId = await setUp({
      type: 'SigningGroup',
      threshold: 2,
      participants: 2,
      holders: [typed('Treasury Server Signer', true)],
    });
    const recoveryId = await setUp({
      type: 'RecoveryGroup',
      threshold: 2,
      participants: 3,
      holders: [typed('Chen Wei'), typed('Dana Okafor')],
    });
    const recovery = await client.getKeyShareHolderGroup(vaultId, recoveryId);
    expect(recovery.key_share_holders!.map((h) => h.type).sort()).toEqual(['Cobo', 'Mobile', 'Mobile']);
    expect(recovery.participants).toBe(3);
    const mainNodes = (await client.getKeyShareHolderGroup(vaultId, mainId)).key_share_holders!;
    const sources = [
      mainNodes.find((h) => h.type === 'Cobo')!,
      mainNodes.find((h) => h.type === 'Mobile')!,
    ].map((h) => h.tss_node_id!);
    for (const target of [signingId, recoveryId]) {
      const p = await prepare(r, 'KeyGenFromKeyGroup', vaultId, {
        targetGroupId: target,
        sourceGroupId: mainId,
        sourceNodeIds: sources,
      });
      await c.submit(p.id, undefined);
      await follow(p.id);
      expect(c.get(p.id).rootKeysUnchanged).toBe(true);
    }

    expect(proxy.problems).toEqual([]);
    expect([...proxy.seen].sort()).toEqual(
      expect.arrayContaining([
        'create_key_share_holder_group',
        'create_mpc_vault',
        'create_tss_request',
        'get_tss_request_by_id',
        'list_cobo_key_holders',
        'list_key_share_holders',
        'list_mpc_vaults',
      ]),
    );
  });
});
