// @vitest-environment node
/** Following a submitted request: what is journalled per status, read failures, and how it ends. */
import { describe, expect, it } from 'vitest';
import type { GroupView } from '../../../common/contract';
import { say, sayEnglish, translator } from '../../../common/i18n/translate';
import { zhCN } from '../../../common/i18n/messages/zh-CN';
import { useRigs, type Rig } from './helpers';

const setup = useRigs();

/** Each custodian acts once in Cobo Guard (Start Key Gen); the phones then take part by themselves. */
async function startKeyGen(r: Rig, group: GroupView, requestId: string) {
  for (const h of group.holders.filter((x) => x.type === 'Mobile'))
    await r.runtime.services.sandbox!.engine.decide(h.tss_node_id, requestId, 'approve');
}

describe('following a request', () => {
  it('journals each status once, as it changes, and the same statuses on screen', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    r.runtime.services.sandbox!.engine.settings.manualApproval = true;
    const main = await r.group('MainGroup');
    const prepared = await r.prepare('KeyGen', { targetGroupId: main.key_share_holder_group_id });
    const sent = await c.submit(prepared.id, undefined);
    expect(sent.statuses.map((s) => s.status)).toEqual(['PendingKeyHolderConfirmation']);
    // Several polls see nothing new: nothing more is journalled.
    await new Promise((res) => setTimeout(res, 150));
    const observed = () => c.journal(prepared.id).filter((e) => e.kind === 'status_observed');
    expect(observed()).toEqual([]);
    expect(c.get(prepared.id).statuses).toHaveLength(1);
    await startKeyGen(r, main, sent.tssRequestId!);
    await r.waitFor(() => c.get(prepared.id).phase === 'finished', 'KeyGen to finish', 10_000);
    const statuses = observed().map((e) => e.data.status);
    expect(statuses.at(-1)).toBe('Success');
    // After the custodians' one act the request moves on by itself; MPCProcessing and a short
    // KeyGenerating may fall between two polls (shown as passed through, never journalled as seen).
    expect(statuses.every((x) => ['MPCProcessing', 'KeyGenerating', 'Success'].includes(String(x)))).toBe(
      true,
    );
    expect(new Set(statuses).size).toBe(statuses.length);
    expect(observed().every((e) => e.data.tss_request_id === sent.tssRequestId)).toBe(true);
    expect(c.get(prepared.id).statuses.map((s) => s.status)).toEqual([
      'PendingKeyHolderConfirmation',
      ...statuses,
    ]);
  });

  it('shows a failed read with what it means, keeps reading, and clears it when a read works again', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const sandbox = r.runtime.services.sandbox!;
    sandbox.engine.settings.manualApproval = true;
    const main = await r.group('MainGroup');
    const prepared = await r.prepare('KeyGen', { targetGroupId: main.key_share_holder_group_id });
    const sent = await c.submit(prepared.id, undefined);
    // Every attempt of one poll fails (the client retries a read four times).
    sandbox.faults.add({
      kind: 'http_error',
      status: 503,
      method: 'GET',
      path_prefix: `/wallets/mpc/vaults/${r.vaultId}/tss_requests/${sent.tssRequestId}`,
      count: 4,
    });
    await r.waitFor(() => c.get(prepared.id).lastError !== null, 'the failed read to show', 10_000);
    expect(c.get(prepared.id).lastError!.hint).toMatch(/ The app keeps checking the request by itself\.$/);
    // The same words as message keys, for the page's language (issue #32).
    const hint = c.get(prepared.id).lastError!.said!.hint;
    expect(sayEnglish(hint)).toBe(c.get(prepared.id).lastError!.hint);
    expect(say(translator('zh-CN', zhCN), hint)).toMatch(/本应用会自动继续检查该请求。$/);
    expect(c.get(prepared.id).phase).toBe('tracking');
    await r.waitFor(() => c.get(prepared.id).lastError === null, 'the error to clear', 10_000);
    await startKeyGen(r, main, sent.tssRequestId!);
    await r.waitFor(() => c.get(prepared.id).phase === 'finished', 'KeyGen to finish', 10_000);
    expect(c.get(prepared.id).outcome).toBe('success');
  });

  it('ends a rejected request as failed, with the meaning of its status and no key check', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    r.runtime.services.sandbox!.engine.settings.manualApproval = true;
    const main = await r.group('MainGroup');
    const prepared = await r.prepare('KeyGen', { targetGroupId: main.key_share_holder_group_id });
    const sent = await c.submit(prepared.id, undefined);
    const phone = main.holders.find((h) => h.type === 'Mobile')!;
    await r.runtime.services.sandbox!.engine.decide(phone.tss_node_id, sent.tssRequestId!, 'reject');
    await r.waitFor(() => c.get(prepared.id).phase === 'finished', 'the rejection', 10_000);
    expect(c.get(prepared.id)).toMatchObject({
      outcome: 'failed',
      failure:
        'A holder rejected the request, or it was cancelled. Nothing was created. Start a new ceremony to try again.',
      rootKeysAfter: null,
      rootKeysUnchanged: null,
    });
    expect(c.journal(prepared.id).some((e) => e.kind === 'verification_result')).toBe(false);
    // A failed ceremony needs no comparison to close.
    expect((await c.close(prepared.id)).phase).toBe('closed');
  });

  it('records KeyGen’s new root keys without calling them unchanged, and stops reading once finished', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const main = await r.group('MainGroup');
    const prepared = await r.prepare('KeyGen', { targetGroupId: main.key_share_holder_group_id });
    await c.submit(prepared.id, undefined);
    await r.waitFor(() => c.get(prepared.id).phase === 'finished', 'KeyGen to finish', 10_000);
    const done = c.get(prepared.id);
    expect(done).toMatchObject({
      outcome: 'success',
      failure: null,
      rootKeysBefore: [],
      rootKeysUnchanged: null,
    });
    expect(done.rootKeysAfter).toHaveLength(2);
    expect(c.journal(prepared.id).find((e) => e.kind === 'verification_result')!.data).toMatchObject({
      root_pubkeys: done.rootKeysAfter,
      unchanged: null,
      check: 'root keys created',
    });
    const sandbox = r.runtime.services.sandbox!;
    const reads = async () => {
      const state = await fetch(`${sandbox.controlUrl}/state`, {
        headers: { Authorization: `Bearer ${sandbox.controlToken}` },
      });
      const counts = ((await state.json()) as { tss_request_reads: Record<string, number> })
        .tss_request_reads;
      return Object.values(counts).reduce((a, b) => a + b, 0);
    };
    const before = await reads();
    expect(before).toBeGreaterThan(0);
    await new Promise((res) => setTimeout(res, 300));
    expect(await reads()).toBe(before);
    expect(
      c
        .journal(prepared.id)
        .filter((e) => e.kind === 'status_observed')
        .at(-1)!.data.status,
    ).toBe('Success');
  });

  it('reads the root keys before recording the final status, so a failed read is taken again, not left half done', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const sandbox = r.runtime.services.sandbox!;
    sandbox.engine.settings.manualApproval = true;
    const main = await r.group('MainGroup');
    const prepared = await r.prepare('KeyGen', { targetGroupId: main.key_share_holder_group_id });
    const sent = await c.submit(prepared.id, undefined);
    const errors: string[] = [];
    const stop = r.runtime.services.events.connect(({ event, payload }) => {
      const shown = (payload as { lastError?: { code: string } | null }).lastError;
      if (event === 'ceremony.updated' && shown) errors.push(shown.code);
    });
    // Every attempt of the first read of the vault after Success fails.
    sandbox.faults.add({
      kind: 'http_error',
      status: 503,
      method: 'GET',
      path: `/wallets/mpc/vaults/${r.vaultId}`,
      count: 4,
    });
    await startKeyGen(r, main, sent.tssRequestId!);
    await r.waitFor(() => c.get(prepared.id).phase === 'finished', 'KeyGen to finish', 15_000);
    stop();
    expect(errors).toContain('cobo.server');
    const journal = c.journal(prepared.id);
    expect(journal.filter((e) => e.kind === 'status_observed' && e.data.status === 'Success')).toHaveLength(
      1,
    );
    expect(journal.filter((e) => e.kind === 'verification_result')).toHaveLength(1);
    expect(c.get(prepared.id)).toMatchObject({ outcome: 'success', lastError: null });
    expect(c.get(prepared.id).rootKeysAfter).toHaveLength(2);
  });
});
