// @vitest-environment node
/** The sandbox started on its own (`npm run sandbox`) keeps its own limits: its Host names and its time. */
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../browser-host/raw-request';
import { sandboxFor, type SandboxContext } from './helpers';

let ctx: SandboxContext | undefined;
afterAll(() => ctx?.cleanup());

describe('the sandbox’s own limits', () => {
  it('answers only to its own loopback names (a DNS-rebinding page gets 421), and cuts off a slow client', async () => {
    ctx = await sandboxFor({ timeouts: { headersMs: 300, requestMs: 600 } });
    const origin = new URL(ctx.sandbox.baseUrl).origin;
    const { port } = new URL(origin);
    const foreign = await rawRequest(origin, '/v2/wallets/mpc/vaults', {
      headers: { Host: `evil.example:${port}` },
    });
    expect(foreign.status).toBe(421);
    expect(JSON.parse(foreign.body).error).toBe(
      'Misdirected request: this sandbox answers only to 127.0.0.1 or localhost.',
    );
    for (const host of ['127.0.0.1.evil.example', `localhost.evil:${port}`])
      expect((await rawRequest(origin, '/v2/wallets/mpc/vaults', { headers: { Host: host } })).status).toBe(
        421,
      );
    // Its own names reach Cobo's authentication (an unsigned call is refused there, not as misdirected).
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, '127.0.0.1:1234'])
      expect((await rawRequest(origin, '/v2/wallets/mpc/vaults', { headers: { Host: host } })).status).toBe(
        401,
      );
    const started = Date.now();
    const answer = await new Promise<string>((resolve) => {
      const socket = net.connect(Number(port), '127.0.0.1', () =>
        socket.write(`GET /v2/x HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`),
      );
      let text = '';
      socket.on('data', (d) => (text += d.toString()));
      socket.on('close', () => resolve(text));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
