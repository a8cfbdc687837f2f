// @vitest-environment node
/** Each injected fault, as the client sees it on the wire. */
import net from 'node:net';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { once } from '../../helpers/once';
import { sandboxFor, type SandboxContext } from './helpers';

let ctx: SandboxContext;
let vaultId: string;
beforeEach(
  once(async () => {
    ctx = await sandboxFor({ settings: { manualApproval: true } });
    vaultId = (await ctx.client.listAllMpcVaults('Org-Controlled'))[0]!.vault_id;
  }),
);
beforeEach(async () => {
  await ctx.control('DELETE', '/faults');
});
afterAll(() => ctx?.cleanup());

const inject = (fault: Record<string, unknown>) => ctx.control('POST', '/faults', fault);
const read = () => ctx.client.getMpcVault(vaultId);

describe('sandbox fault injection', () => {
  it.each([
    [500, 'cobo.server'],
    [502, 'cobo.server'],
    [503, 'cobo.server'],
  ])('answers HTTP %i for the next request only', async (status, code) => {
    expect((await inject({ kind: 'http_error', status, count: 1 })).status).toBe(201);
    await expect(read()).rejects.toMatchObject({ code, details: { httpStatus: status } });
    expect((await read()).vault_id).toBe(vaultId);
  });

  it('rate-limits with a retry hint', async () => {
    await inject({ kind: 'rate_limit', retry_after_s: 7, count: 1 });
    await expect(read()).rejects.toMatchObject({
      code: 'cobo.rate_limited',
      details: { retryAfterMs: 7000 },
    });
  });

  it('resets the connection', async () => {
    await inject({ kind: 'reset', count: 1 });
    await expect(read()).rejects.toMatchObject({ code: 'cobo.network' });
  });

  it.each(['truncated_json', 'malformed_json'])('sends a broken body: %s', async (kind) => {
    await inject({ kind, count: 1 });
    await expect(read()).rejects.toMatchObject({ code: 'cobo.protocol' });
  });

  it('adds latency, and a slow body, and both still arrive', async () => {
    await inject({ kind: 'latency', latency_ms: 150, count: 1 });
    let started = Date.now();
    await read();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await inject({ kind: 'slow_body', latency_ms: 150, count: 1 });
    started = Date.now();
    expect((await read()).vault_id).toBe(vaultId);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('applies for a time window, then stops', async () => {
    await inject({ kind: 'http_error', window_ms: 150 });
    await expect(read()).rejects.toMatchObject({ code: 'cobo.server' });
    await expect(read()).rejects.toMatchObject({ code: 'cobo.server' });
    await new Promise((r) => setTimeout(r, 170));
    expect((await read()).vault_id).toBe(vaultId);
  });

  it('after-phase faults lose the answer of a request that did happen: the client says the outcome is unknown', async () => {
    const main = (await ctx.client.listAllKeyShareHolderGroups(vaultId, 'MainGroup'))[0]!;
    await inject({
      kind: 'reset',
      phase: 'after',
      method: 'POST',
      path_prefix: '/wallets/mpc/vaults',
      count: 1,
    });
    await expect(
      ctx.client.createTssRequest(vaultId, {
        type: 'KeyGen',
        target_key_share_holder_group_id: main.key_share_holder_group_id,
      }),
    ).rejects.toMatchObject({
      code: 'cobo.unknown_outcome',
    });
    const requests = await ctx.client.listAllTssRequests(vaultId, main.key_share_holder_group_id);
    expect(requests).toHaveLength(1); // it was created exactly once
  });

  it('only matches the method and path it names', async () => {
    await inject({ kind: 'http_error', method: 'POST', count: 1 });
    expect((await read()).vault_id).toBe(vaultId);
    const state = (await ctx.control('GET', '/state')).body as { faults: Array<{ remaining: number }> };
    expect(state.faults).toMatchObject([{ remaining: 1 }]);
  });

  it('refuses a fault without a count or a window, and a control call without the token', async () => {
    expect((await inject({ kind: 'reset' })).status).toBe(400);
    const res = await fetch(`${ctx.sandbox.controlUrl}/state`);
    expect(res.status).toBe(401);
    const wrong = await fetch(`${ctx.sandbox.controlUrl}/state`, {
      headers: { Authorization: 'Bearer nope' },
    });
    expect(wrong.status).toBe(401);
    // Only "Authorization: Bearer <token>": the bare token, another scheme or a lower-case scheme is refused.
    for (const authorization of [
      ctx.sandbox.controlToken,
      `Basic ${ctx.sandbox.controlToken}`,
      `bearer ${ctx.sandbox.controlToken}`,
      `Bearer  ${ctx.sandbox.controlToken}`,
    ]) {
      const res = await fetch(`${ctx.sandbox.controlUrl}/state`, {
        headers: { Authorization: authorization },
      });
      expect(res.status, authorization).toBe(401);
    }
    expect(
      (
        await fetch(`${ctx.sandbox.controlUrl}/state`, {
          headers: { Authorization: `Bearer ${ctx.sandbox.controlToken}` },
        })
      ).status,
    ).toBe(200);
  });

  it('checks who is calling before it reads a body: a stranger is refused while its body is still coming', async () => {
    const { port } = new URL(ctx.sandbox.baseUrl);
    const answerTo = (head: string) =>
      new Promise<string>((resolve) => {
        const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(head));
        let answer = '';
        socket.on('data', (d) => {
          answer += d.toString();
          // The answer came although the body announced never arrived.
          if (answer.includes('\r\n\r\n')) {
            socket.destroy();
            resolve(answer);
          }
        });
        socket.on('error', () => resolve(answer));
      });
    const control = await answerTo(
      'POST /sandbox/faults HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{',
    );
    expect(control).toMatch(/^HTTP\/1\.1 401/);
    const api = await answerTo(
      `POST /v2/wallets/mpc/vaults HTTP/1.1\r\nHost: localhost\r\nBIZ-API-KEY: ${'ab'.repeat(32)}\r\nBIZ-API-NONCE: ${Date.now()}\r\nBIZ-API-SIGNATURE: ${'cd'.repeat(64)}\r\nContent-Length: 1000\r\n\r\n{`,
    );
    expect(api).toMatch(/^HTTP\/1\.1 401/);
  });
});
