// @vitest-environment node
/**
 * The browser host's HTTP protocol in detail, with a recording dispatch and event hub in place of the
 * services: every answer's status, headers and words, the body rules of a call, the event stream's
 * life, and what happens when a handler fails.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { once } from '../../helpers/once';
import { rawRequest, type RawRequest, type Reply } from './raw-request';
import { startBrowserHost, type BrowserHost } from '../../../main/browser-host/server';
import { CONTENT_SECURITY_POLICY } from '../../../main/csp';
import type { Dispatch } from '../../../main/ipc/dispatch';
import { createEventHub, type EventSink } from '../../../main/ipc/event-hub';
import { setLogSink } from '../../../main/log';

const TOKEN = 'abc=def=ghi_0123456789';
let host: BrowserHost;
let root: string;
const dispatched: Array<[unknown, unknown]> = [];
let dispatchBehaviour: 'answer' | 'throw' = 'answer';
const dispatch: Dispatch = async (channel, input) => {
  dispatched.push([channel, input]);
  if (dispatchBehaviour === 'throw') throw new Error('handler blew up');
  return { ok: true, value: { echoed: input } };
};
const hub = createEventHub();
const sinks = new Set<EventSink>();
const events = {
  ...hub,
  connect(sink: EventSink) {
    sinks.add(sink);
    const off = hub.connect(sink);
    return () => {
      sinks.delete(sink);
      return off();
    };
  },
};
const logged: Array<Record<string, unknown>> = [];

const request = (pathname: string, options: RawRequest = {}) => rawRequest(host.origin, pathname, options);

/** The session value handed to the page when the token was exchanged, and the header that carries it. */
let session: string;
let exchange: Reply;
let auth: Record<string, string>;
const post = (body: string | Buffer, headers: Record<string, string> = {}) =>
  request('/__kc/call/some.channel', {
    method: 'POST',
    headers: { ...auth, Origin: host.origin, 'Content-Type': 'application/json', ...headers },
    body,
  });

beforeEach(
  once(async () => {
    setLogSink((line) => logged.push(JSON.parse(line) as Record<string, unknown>));
    root = mkdtempSync(path.join(os.tmpdir(), 'kc-protocol-'));
    const rendererDir = path.join(root, 'renderer');
    mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(
      path.join(rendererDir, 'index.html'),
      '<html><head><script type="module" src="/assets/app.js"></script></head></html>',
    );
    writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(rendererDir, 'assets', 'style.css'), 'body{}');
    host = await startBrowserHost({
      dispatch,
      events,
      rendererDir,
      bridgeScript: '/* bridge */',
      token: TOKEN,
    });
    exchange = await request(`/?kc_token=${encodeURIComponent(TOKEN)}`);
    session = /<meta name="kc-session" content="([^"]+)">/.exec(exchange.body)?.[1] ?? '';
    auth = { 'X-KC-Session': session };
  }),
);
afterAll(async () => {
  await host?.close();
  rmSync(root, { recursive: true, force: true });
});
beforeEach(() => {
  dispatched.length = 0;
  dispatchBehaviour = 'answer';
  logged.length = 0;
});

const securityHeaders = (r: Reply) => ({
  csp: r.headers['content-security-policy'],
  nosniff: r.headers['x-content-type-options'],
  referrer: r.headers['referrer-policy'],
});
const PAGE = { csp: CONTENT_SECURITY_POLICY, nosniff: 'nosniff', referrer: 'no-referrer' };

describe('browser host protocol', () => {
  it('swaps the token, once, for a separate random session value in the page it answers with', async () => {
    expect(exchange.status).toBe(200);
    expect(exchange.headers['set-cookie']).toBeUndefined();
    expect(exchange.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(exchange.headers['cache-control']).toBe('no-store');
    expect(securityHeaders(exchange)).toEqual(PAGE);
    expect(session).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session).not.toContain(TOKEN);
    expect(exchange.body).toContain('/assets/app.js');
    // The token opened the app; it opens nothing more, and hands the session to nobody else.
    const again = await request(`/?kc_token=${encodeURIComponent(TOKEN)}`);
    expect(again).toMatchObject({
      status: 403,
      body: 'This link has been used already: it opens the app once. Go back to the tab it opened, or stop "npm run start:browser" and start it again for a new link.',
    });
    expect(logged.map((l) => l.event)).toEqual(['browser_host.token_reused']);
  });

  it('refuses a wrong token in words, as plain text with the page’s security headers, and logs it', async () => {
    const reply = await request('/?kc_token=nope');
    expect(reply).toMatchObject({
      status: 403,
      body: 'This link is not valid for this run. Open the URL printed by "npm run start:browser".',
    });
    expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(securityHeaders(reply)).toEqual(PAGE);
    expect(logged.map((l) => l.event)).toEqual(['browser_host.bad_token']);
  });

  it('serves the app’s public page and files without a session, and refuses calls without one in the contract’s words', async () => {
    expect((await request('/assets/app.js')).status).toBe(200);
    const page = await request('/');
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('kc-session');
    const call = await request('/__kc/call/app.info', {
      method: 'POST',
      headers: { Origin: host.origin, 'Content-Type': 'application/json' },
      body: '{"input":{}}',
    });
    expect(call.status).toBe(403);
    expect(call.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(call.body)).toMatchObject({ ok: false, error: { code: 'ipc.forbidden_sender' } });
    expect(dispatched).toEqual([]);
    expect(logged).toEqual([
      expect.objectContaining({ event: 'browser_host.no_session', path: '/__kc/call/app.info' }),
    ]);
    logged.length = 0;
    await request(`/__kc/call/${'x'.repeat(200)}`, { method: 'POST' });
    expect(logged[0]!.path).toBe(`/__kc/call/${'x'.repeat(69)}`);
  });

  it('takes the session from its header only: never from a cookie, never a near miss', async () => {
    const ok = (headers: Record<string, string>) => post('{"input":1}', headers).then((r) => r.status);
    expect(await ok({ 'x-kc-session': session })).toBe(200);
    // A cookie flood beside it changes nothing.
    expect(await ok({ Cookie: `kc_session_x=${session}; other=1` })).toBe(200);
    // A wrong value is refused as a session that ended (a tab from before a restart); none, as foreign.
    for (const forged of [`x${session}`, TOKEN, `${session}x`, session.toLowerCase()])
      expect(await ok({ 'X-KC-Session': forged })).toBe(401);
    expect(await ok({ 'X-KC-Session': '' })).toBe(403);
    expect(dispatched).toHaveLength(2);
    const cookieOnly = await request('/__kc/call/some.channel', {
      method: 'POST',
      headers: { Cookie: `kc_session=${session}`, Origin: host.origin, 'Content-Type': 'application/json' },
      body: '{"input":1}',
    });
    expect(cookieOnly.status).toBe(403);
  });

  it('answers a path that is not valid percent-encoding with 400, for pages and calls', async () => {
    const page = await request('/assets/%E0%A4%A', { headers: auth });
    expect(page).toMatchObject({ status: 400, body: 'Bad request: the path is not valid percent-encoding.' });
    const call = await request('/__kc/call/app%E0%A4%A', {
      method: 'POST',
      headers: { ...auth, Origin: host.origin, 'Content-Type': 'application/json' },
      body: '{"input":{}}',
    });
    expect(call.status).toBe(400);
    expect(JSON.parse(call.body)).toMatchObject({ ok: false, error: { code: 'ipc.bad_path' } });
    expect(dispatched).toEqual([]);
  });

  it('refuses an event stream without the session', async () => {
    for (const [headers, status] of [
      [{}, 403],
      [{ 'X-KC-Session': 'wrong' }, 401],
      [{ Cookie: `kc_session=${session}` }, 403],
    ] as Array<[Record<string, string>, number]>) {
      const reply = await request('/__kc/events', { headers });
      expect(reply.status).toBe(status);
      expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(reply.body).not.toContain('data:');
    }
  });

  it('refuses a foreign Host as a misdirected request', async () => {
    const reply = await request('/', { headers: { ...auth, Host: 'localhost.evil:1' } });
    expect(reply).toMatchObject({ status: 421, body: 'Misdirected request' });
  });

  it('carries a call’s input to the dispatch with the channel decoded, and answers JSON that is never cached', async () => {
    const reply = await request('/__kc/call/ceremony%2Estart', {
      method: 'POST',
      headers: { ...auth, Origin: host.origin, 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ input: { kind: 'KeyGen' } }),
    });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { echoed: { kind: 'KeyGen' } } });
    expect(dispatched).toEqual([['ceremony.start', { kind: 'KeyGen' }]]);
  });

  it('passes an input of null on as null: only a missing "input" is refused', async () => {
    await post('{"input":null}');
    expect(dispatched).toEqual([['some.channel', null]]);
  });

  it.each([
    ['not JSON', '{oops'],
    ['JSON null', 'null'],
    ['a number', '5'],
    ['a string', '"input"'],
    ['an array', '[1]'],
    ['an object without input', '{"other":1}'],
    ['an input only in the prototype chain', '{"__proto__":{"input":1}}'],
  ])('refuses a call body that is %s, without dispatching', async (_, body) => {
    const reply = await post(body);
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toEqual({
      ok: false,
      error: {
        code: 'ipc.invalid_input',
        message: 'The request body was not valid JSON of the expected form.',
        hint: 'Use the app page.',
        said: { message: { key: 'errorsMore.ipc.badBody' }, hint: { key: 'errorsMore.ipc.useThePage' } },
      },
    });
    expect(dispatched).toEqual([]);
  });

  it('takes a body of exactly one MiB and refuses one byte more', async () => {
    const exact = `{"input":"${'a'.repeat(1024 * 1024 - 12)}"}`;
    expect(Buffer.byteLength(exact)).toBe(1024 * 1024);
    expect((await post(exact)).status).toBe(200);
    const over = `{"input":"${'a'.repeat(1024 * 1024 - 11)}"}`;
    const reply = await post(over);
    expect(reply.status).toBe(400);
    expect(dispatched).toHaveLength(1);
  });

  it('takes a transcript to verify as large as the verifier reads (50 MB, escaped), and only for that call', async () => {
    // A 50 MB transcript with a quote in every other character: the JSON string doubles it.
    const content = '"a'.repeat(25 * 1024 * 1024);
    const body = JSON.stringify({ input: { content } });
    expect(Buffer.byteLength(body)).toBeGreaterThan(75 * 1024 * 1024);
    const verify = await request('/__kc/call/transcript.verify', {
      method: 'POST',
      headers: { ...auth, Origin: host.origin, 'Content-Type': 'application/json' },
      body,
    });
    expect(verify.status).toBe(200);
    expect(dispatched).toEqual([['transcript.verify', { content }]]);
    expect((await post(body)).status).toBe(400);
    expect(dispatched).toHaveLength(1);
  });

  it('refuses a call that is not a POST, not JSON, or from elsewhere, each in words', async () => {
    const get = await request('/__kc/call/app.info', { headers: auth });
    expect(get.status).toBe(405);
    expect(JSON.parse(get.body)).toEqual({
      ok: false,
      error: {
        code: 'ipc.bad_method',
        message: 'Calls must be POST requests.',
        hint: 'Use the app page.',
        said: { message: { key: 'errorsMore.ipc.badMethod' }, hint: { key: 'errorsMore.ipc.useThePage' } },
      },
    });
    const noType = await request('/__kc/call/app.info', {
      method: 'POST',
      headers: { ...auth, Origin: host.origin },
      body: '{"input":{}}',
    });
    expect(noType.status).toBe(415);
    expect(JSON.parse(noType.body)).toEqual({
      ok: false,
      error: {
        code: 'ipc.bad_content_type',
        message: 'Calls must send JSON.',
        hint: 'Use the app page.',
        said: {
          message: { key: 'errorsMore.ipc.badContentType' },
          hint: { key: 'errorsMore.ipc.useThePage' },
        },
      },
    });
    expect((await post('{"input":{}}', { 'Content-Type': 'text/plain; x=application/json' })).status).toBe(
      415,
    );
    const foreign = await post('{"input":{}}', { Origin: 'http://127.0.0.1:1' });
    expect(foreign.status).toBe(403);
    expect(logged.map((l) => l.event)).toContain('browser_host.foreign_origin');
    expect(dispatched).toEqual([]);
  });

  it('answers a failing handler with a plain 500 and a log line, and keeps serving', async () => {
    dispatchBehaviour = 'throw';
    const reply = await post('{"input":{}}');
    expect(reply).toMatchObject({ status: 500, body: 'Internal error' });
    expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(JSON.stringify(reply)).not.toContain('blew up');
    expect(logged.map((l) => [l.level, l.event])).toEqual([['error', 'browser_host.request_failed']]);
    dispatchBehaviour = 'answer';
    expect((await post('{"input":1}')).status).toBe(200);
  });

  it('serves the page at / and /index.html with the bridge first, and refuses other methods', async () => {
    for (const p of ['/', '/index.html']) {
      const page = await request(p, { headers: auth });
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['cache-control']).toBe('no-store');
      expect(securityHeaders(page)).toEqual(PAGE);
      expect(page.body).toBe(
        '<html><head><script defer src="/__kc/bridge.js"></script>\n    <script type="module" src="/assets/app.js"></script></head></html>',
      );
    }
    const posted = await request('/', { method: 'POST', headers: auth });
    expect(posted).toMatchObject({ status: 405, body: 'Method not allowed' });
  });

  it('serves the bridge and the renderer’s files with their types and the page’s security headers', async () => {
    const bridge = await request('/__kc/bridge.js', { headers: auth });
    expect(bridge.body).toBe('/* bridge */');
    expect(bridge.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(bridge.headers['cache-control']).toBe('no-store');
    expect(securityHeaders(bridge)).toEqual(PAGE);
    const css = await request('/assets/style.css', { headers: auth });
    expect(css.body).toBe('body{}');
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(securityHeaders(css)).toEqual(PAGE);
    const missing = await request('/assets/none.js', { headers: auth });
    expect(missing).toMatchObject({ status: 404, body: 'Not found' });
    expect(missing.headers['content-type']).toBe('text/plain; charset=utf-8');
  });

  it('streams events with the event-stream headers, and lets go of the hub when the page leaves', async () => {
    const url = new URL(host.origin);
    const before = sinks.size;
    const { headers, text } = await new Promise<{ headers: http.IncomingHttpHeaders; text: string }>(
      (resolve, reject) => {
        const req = http.get(
          { host: url.hostname, port: url.port, path: '/__kc/events', headers: auth },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              text += chunk;
              if (text === ': connected\n\n') hub.emit('app.changed', { topic: 'profiles' });
              if (text.includes('data: ')) {
                req.destroy();
                resolve({ headers: res.headers, text });
              }
            });
          },
        );
        req.on('error', reject);
      },
    );
    expect(headers['content-type']).toBe('text/event-stream');
    expect(headers['cache-control']).toBe('no-store');
    expect(headers.connection).toBe('keep-alive');
    expect(text).toBe(': connected\n\ndata: {"event":"app.changed","payload":{"topic":"profiles"}}\n\n');
    await expect.poll(() => sinks.size).toBe(before);
  });

  it('keeps an idle event stream alive with a comment every 15 seconds', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const url = new URL(host.origin);
      const text = await new Promise<string>((resolve, reject) => {
        const req = http.get(
          { host: url.hostname, port: url.port, path: '/__kc/events', headers: auth },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              text += chunk;
              if (text === ': connected\n\n') {
                vi.advanceTimersByTime(14_999);
                setTimeout(() => vi.advanceTimersByTime(1), 20);
              }
              if (text.includes('ping')) {
                req.destroy();
                resolve(text);
              }
            });
          },
        );
        req.on('error', reject);
      });
      expect(text).toBe(': connected\n\n: ping\n\n');
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives a request’s headers and body limited time to arrive', async () => {
    const slow = await startBrowserHost({
      dispatch,
      events,
      rendererDir: path.join(root, 'renderer'),
      bridgeScript: '',
      headersTimeoutMs: 300,
      requestTimeoutMs: 600,
    });
    const { port, hostname } = new URL(slow.origin);
    /** Sends `text` and never finishes; resolves with what the server answered once it hung up. */
    const stall = (text: string) =>
      new Promise<{ answer: string; ms: number }>((resolve) => {
        const started = Date.now();
        const socket = net.connect(Number(port), hostname, () => socket.write(text));
        let answer = '';
        socket.on('data', (d) => (answer += d.toString()));
        socket.on('close', () => resolve({ answer, ms: Date.now() - started }));
      });
    try {
      const headers = await stall(`GET / HTTP/1.1\r\nHost: ${new URL(slow.origin).host}\r\n`);
      expect(headers.answer).toMatch(/^HTTP\/1\.1 408/);
      expect(headers.ms).toBeLessThan(5_000);
      // The body's time counts only once the session and origin are checked: a stranger gets 403 at once.
      const slowSession = /content="([^"]+)"/.exec(
        (await rawRequest(slow.origin, `/?kc_token=${slow.token}`)).body,
      )?.[1];
      const body = await stall(
        `POST /__kc/call/x HTTP/1.1\r\nHost: ${new URL(slow.origin).host}\r\nX-KC-Session: ${slowSession}\r\nOrigin: ${slow.origin}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"in`,
      );
      expect(body.answer).toMatch(/^HTTP\/1\.1 408/);
      expect(body.ms).toBeLessThan(5_000);
    } finally {
      await slow.close();
    }
  });
});
