// @vitest-environment node
/** The page's holder panel through the real dispatch and the embedded sandbox of a runtime. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { once } from '../../helpers/once';
import { setLogSink } from '../../../main/log';
import { startRuntime, type Runtime } from '../../../main/runtime';
import type { SandboxHolder } from '../../../common/contract';
import { within } from '../../helpers/patience';

let runtime: Runtime;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kc-panel-'));
beforeEach(
  once(async () => {
    setLogSink(() => {});
    runtime = await startRuntime({
      frontEnd: 'browser',
      dataDir,
      sandboxSettings: { manualApproval: true, stepMs: 5 },
    });
  }),
);
afterAll(async () => {
  await runtime?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const ok = async <T>(channel: string, input: unknown): Promise<T> => {
  const result = await runtime.dispatch(channel, input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
};

describe('holder panel channels', () => {
  it('approves as each holder, with the first-run profile registered with the sandbox', async () => {
    const events: unknown[] = [];
    runtime.services.events.connect((e) => events.push(e));
    const { profiles } = await ok<{ profiles: Array<{ id: string }> }>('profiles.list', {});
    const client = await runtime.services.profiles.clientFor(profiles[0]!.id);
    const [vault] = await client.listAllMpcVaults('Org-Controlled');
    const main = (await client.listAllKeyShareHolderGroups(vault!.vault_id!, 'MainGroup'))[0]!;
    const request = await client.createTssRequest(vault!.vault_id!, {
      type: 'KeyGen',
      target_key_share_holder_group_id: main.key_share_holder_group_id,
    });

    const { holders, manualApproval } = await ok<{ holders: SandboxHolder[]; manualApproval: boolean }>(
      'sandbox.holders',
      {},
    );
    expect(manualApproval).toBe(true);
    const waiting = holders.filter((h) =>
      h.pending.some((p) => p.tss_request_id === request.tss_request_id!),
    );
    // A standard Main Key: Cobo plus Alice, the one custodian asked.
    expect(waiting.map((h) => h.name)).toEqual(['Alice Moreau']);
    for (const h of waiting)
      await ok('sandbox.decide', {
        tssNodeId: h.tss_node_id,
        tssRequestId: request.tss_request_id,
        decision: 'approve',
      });
    expect(events).toContainEqual({ event: 'app.changed', payload: { topic: 'sandbox' } });
    // One act each: nothing more is asked of anyone once every holder has started.
    const after = await ok<{ holders: SandboxHolder[] }>('sandbox.holders', {});
    expect(after.holders.filter((h) => h.pending.length > 0)).toEqual([]);
    const actions = await ok<{ holders: Array<{ name: string; approval: string }> }>(
      'sandbox.requestActions',
      { tssRequestId: request.tss_request_id },
    );
    expect(actions.holders.map((h) => [h.name, h.approval])).toEqual([['Alice Moreau', 'approved']]);
    const until = Date.now() + within(3_000);
    while ((await client.getTssRequest(vault!.vault_id!, request.tss_request_id!)).status !== 'Success') {
      if (Date.now() > until) throw new Error('KeyGen did not finish');
      await new Promise((r) => setTimeout(r, 10));
    }
  });

  it('explains a refusal in words', async () => {
    const result = await runtime.dispatch('sandbox.losePhone', { tssNodeId: 'no-such-node' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'sandbox.refused', message: expect.stringContaining('not found') },
    });
  });
});
