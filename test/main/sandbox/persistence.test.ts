// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REHEARSAL_NOTICE, STATE_FILE } from '../../../main/sandbox/state';
import { signRequest, type SignedHeaders } from '../../../main/cobo/sign';
import { startSandbox } from '../../../main/sandbox/index';
import { sandboxFor } from './helpers';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-persist-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sandbox persistence', () => {
  it('says in its file name and first field that it holds rehearsal material only', async () => {
    const ctx = await sandboxFor({}, path.join(dir, 'a'));
    await ctx.cleanup();
    expect(STATE_FILE).toContain('REHEARSAL-ONLY');
    const text = readFileSync(path.join(dir, 'a', STATE_FILE), 'utf8');
    expect(Object.keys(JSON.parse(text))[0]).toBe('notice');
    expect(JSON.parse(text).notice).toBe(REHEARSAL_NOTICE);
  });

  it('keeps the organisation, keys and requests across a restart, and resumes a request in flight', async () => {
    const data = path.join(dir, 'b');
    const first = await sandboxFor({ settings: { autoApproveMs: 5, stepMs: 5 } }, data);
    const [vault] = await first.client.listAllMpcVaults('Org-Controlled');
    const groups = await first.client.listAllKeyShareHolderGroups(vault!.vault_id);
    const main = groups.find((g) => g.type === 'MainGroup')!;
    const keyGen = await first.client.createTssRequest(vault!.vault_id, {
      type: 'KeyGen',
      target_key_share_holder_group_id: main.key_share_holder_group_id,
    });
    await first.waitFor(
      async () =>
        (await first.client.getTssRequest(vault!.vault_id, keyGen.tss_request_id)).status === 'Success'
          ? true
          : undefined,
      'KeyGen',
    );
    const roots = (await first.client.getMpcVault(vault!.vault_id)).root_pubkeys;
    // A second request left pending when the sandbox stops (manual approvals).
    first.sandbox.engine.settings.manualApproval = true;
    const signing = groups.find((g) => g.type === 'SigningGroup')!;
    const pending = await first.client.createTssRequest(vault!.vault_id, {
      type: 'KeyGenFromKeyGroup',
      target_key_share_holder_group_id: signing.key_share_holder_group_id,
      source_key_share_holder_group: { key_share_holder_group_id: main.key_share_holder_group_id },
    });
    await first.sandbox.close();

    const second = await startSandbox({
      dataDir: data,
      apiKeys: [first.keys.apiKey],
      settings: { autoApproveMs: 5, stepMs: 5 },
    });
    try {
      const again = await second.engine.getVault(vault!.vault_id);
      expect(again.root_pubkeys).toEqual(roots);
      expect(second.engine.getTss(vault!.vault_id, keyGen.tss_request_id).status).toBe('Success');
      // The API node approved before the stop; the Mobile holders approve automatically now.
      await first.waitFor(
        () =>
          second.engine.getTss(vault!.vault_id, pending.tss_request_id).status === 'Success'
            ? true
            : undefined,
        'resumed request',
      );
      expect(second.engine.getVault(vault!.vault_id).root_pubkeys).toEqual(roots);
    } finally {
      await second.close();
    }
  });

  it('keeps manual approval across a restart: no simulated phone acts that nobody played', async () => {
    const data = path.join(dir, 'manual');
    const first = await sandboxFor({ settings: { autoApproveMs: 5, stepMs: 5 } }, data);
    const [vault] = await first.client.listAllMpcVaults('Org-Controlled');
    const groups = await first.client.listAllKeyShareHolderGroups(vault!.vault_id);
    const main = groups.find((g) => g.type === 'MainGroup')!;
    await first.sandbox.engine.setRehearsal({ manualApproval: true });
    const keyGen = await first.client.createTssRequest(vault!.vault_id, {
      type: 'KeyGen',
      target_key_share_holder_group_id: main.key_share_holder_group_id,
    });
    await first.sandbox.close();
    const second = await startSandbox({
      dataDir: data,
      apiKeys: [first.keys.apiKey],
      settings: { autoApproveMs: 5, stepMs: 5 },
    });
    try {
      expect(second.engine.settings.manualApproval).toBe(true);
      await new Promise((r) => setTimeout(r, 200));
      const request = second.engine.getTss(vault!.vault_id, keyGen.tss_request_id);
      expect(request.status).toBe('PendingKeyHolderConfirmation');
      const state = second.engine.state.requests.find((r) => r.tss_request_id === keyGen.tss_request_id)!;
      const typeOf = (id: string) => second.engine.state.nodes.find((n) => n.tss_node_id === id)?.type;
      expect(state.required.some((id) => typeOf(id) === 'Mobile')).toBe(true);
      expect(Object.keys(state.approvals).filter((id) => typeOf(id) === 'Mobile')).toEqual([]);
      // Turned off again: the phones act by themselves, and the request goes on.
      await second.engine.setRehearsal({ manualApproval: false });
      await first.waitFor(
        () =>
          second.engine.getTss(vault!.vault_id, keyGen.tss_request_id).status === 'Success'
            ? true
            : undefined,
        'KeyGen after manual approval was turned off',
      );
    } finally {
      await second.close();
    }
  });

  it('lets no phone act by itself once manual approval is turned on, even one about to', async () => {
    const ctx = await sandboxFor({ settings: { autoApproveMs: 100, stepMs: 5 } });
    try {
      const [vault] = await ctx.client.listAllMpcVaults('Org-Controlled');
      const main = (await ctx.client.listAllKeyShareHolderGroups(vault!.vault_id)).find(
        (g) => g.type === 'MainGroup',
      )!;
      const keyGen = await ctx.client.createTssRequest(vault!.vault_id, {
        type: 'KeyGen',
        target_key_share_holder_group_id: main.key_share_holder_group_id,
      });
      // The phones' acts are scheduled; manual approval comes before they fire.
      await ctx.sandbox.engine.setRehearsal({ manualApproval: true });
      await new Promise((r) => setTimeout(r, 300));
      expect(ctx.sandbox.engine.getTss(vault!.vault_id, keyGen.tss_request_id).status).toBe(
        'PendingKeyHolderConfirmation',
      );
    } finally {
      await ctx.cleanup();
    }
  });

  it('refuses, after a restart, a request signed before it, and accepts one signed anew', async () => {
    const data = path.join(dir, 'replay');
    const first = await sandboxFor({}, data);
    const holders = '/v2/wallets/mpc/cobo_key_share_holders';
    const send = (baseUrl: string, headers: SignedHeaders) =>
      fetch(`${new URL(baseUrl).origin}${holders}`, { headers: { ...headers } });
    // The wall clock's time as the nonce: the signer's own counter may run ahead of it after many requests.
    const signed = signRequest({
      secretHex: first.keys.secretHex,
      method: 'GET',
      path: holders,
      nonce: String(Date.now()),
    });
    expect((await send(first.sandbox.baseUrl, signed.headers)).status).toBe(200);
    await first.sandbox.close();

    // The nonces seen before the restart are forgotten; the request must still not pass again.
    const second = await startSandbox({ dataDir: data, apiKeys: [first.keys.apiKey] });
    try {
      const replayed = await send(second.baseUrl, signed.headers);
      expect(replayed.status).toBe(401);
      const body = (await replayed.json()) as { error_code: number; error_message: string };
      expect(body.error_code).toBe(2023);
      expect(body.error_message).toMatch(/older than this sandbox’s start.*sign the request again/);
      const fresh = signRequest({ secretHex: first.keys.secretHex, method: 'GET', path: holders });
      expect((await send(second.baseUrl, fresh.headers)).status).toBe(200);
    } finally {
      await second.close();
    }
  });

  it('refuses to start on a damaged state file and leaves it untouched', async () => {
    const data = path.join(dir, 'c');
    const ctx = await sandboxFor({}, data);
    await ctx.cleanup();
    const file = path.join(data, STATE_FILE);
    const damaged = readFileSync(file, 'utf8').replace('"version": 1', '"version": 7');
    writeFileSync(file, damaged);
    await expect(startSandbox({ dataDir: data })).rejects.toThrow(/damaged.*Move it aside/);
    expect(readFileSync(file, 'utf8')).toBe(damaged);
  });
});
