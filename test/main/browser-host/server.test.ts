// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { once } from '../../helpers/once';
import { rawRequest, type RawRequest, type Reply } from './raw-request';
import { startBrowserHost, type BrowserHost } from '../../../main/browser-host/server';
import { CONTENT_SECURITY_POLICY } from '../../../main/csp';
import { setLogSink } from '../../../main/log';
import { startRuntime, type Runtime } from '../../../main/runtime';

let host: BrowserHost;
let runtime: Runtime;
let root: string;
let session: string;
let entry: Reply;

const request = (pathname: string, options: RawRequest = {}) => rawRequest(host.origin, pathname, options);

const authed = (extra: Record<string, string> = {}) => ({ 'X-KC-Session': session, ...extra });
const call = (channel: string, input: unknown, headers: Record<string, string> = {}) =>
  request(`/__kc/call/${channel}`, {
    method: 'POST',
    headers: authed({ Origin: host.origin, 'Content-Type': 'application/json', ...headers }),
    body: JSON.stringify({ input }),
  });

beforeEach(
  once(async () => {
    setLogSink(() => {});
    root = mkdtempSync(path.join(os.tmpdir(), 'kc-host-'));
    const rendererDir = path.join(root, 'renderer');
    mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(
      path.join(rendererDir, 'index.html'),
      '<html><head><script type="module" src="/assets/app.js"></script></head></html>',
    );
    writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(root, 'outside.txt'), 'must never be served');
    // A sibling whose name starts with the renderer folder's: a prefix check without the separator lets it through.
    mkdirSync(path.join(root, 'renderer-evil'));
    writeFileSync(path.join(root, 'renderer-evil', 'secret.txt'), 'must never be served');
    // Links inside the folder that lead out of it, to a file and to a folder.
    symlinkSync(path.join(root, 'outside.txt'), path.join(rendererDir, 'assets', 'linked.txt'));
    symlinkSync(path.join(root, 'renderer-evil'), path.join(rendererDir, 'evil-dir'));
    // A link that stays inside is fine.
    symlinkSync(path.join(rendererDir, 'assets', 'app.js'), path.join(rendererDir, 'same.js'));
    runtime = await startRuntime({ frontEnd: 'browser', dataDir: path.join(root, 'data') });
    host = await startBrowserHost({
      dispatch: runtime.dispatch,
      events: runtime.services.events,
      rendererDir,
      bridgeScript: '/* bridge */',
    });
    entry = await request(`/?kc_token=${host.token}`, { headers: { Host: new URL(host.origin).host } });
    session = /<meta name="kc-session" content="([A-Za-z0-9_-]{43})">/.exec(entry.body)?.[1] ?? '';
  }),
);

afterAll(async () => {
  await host?.close();
  await runtime?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('browser host', () => {
  it('prints a URL with an unguessable token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?kc_token=[A-Za-z0-9_-]{43}$/);
  });

  it('swaps the token, once, for a session handed to that page alone: in the page, never in a cookie', async () => {
    expect(entry.status).toBe(200);
    expect(session).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session).not.toBe(host.token);
    expect(entry.headers['set-cookie']).toBeUndefined();
    expect(entry.headers['cache-control']).toBe('no-store');
    expect(entry.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(entry.body.indexOf('kc-session')).toBeLessThan(entry.body.indexOf('/__kc/bridge.js'));
    const again = await request(`/?kc_token=${host.token}`);
    expect(again.status).toBe(403);
    expect(again.body).not.toContain(session);
    // The page reloaded without the token carries no session.
    expect((await request('/')).body).not.toContain('kc-session');
  });

  it('refuses a wrong token, and any call or event stream without the session header', async () => {
    expect((await request('/?kc_token=wrong')).status).toBe(403);
    const noSession = await request('/__kc/call/app.info', {
      method: 'POST',
      headers: { Origin: host.origin, 'Content-Type': 'application/json' },
      body: '{"input":{}}',
    });
    expect(noSession.status).toBe(403);
    expect(JSON.parse(noSession.body)).toMatchObject({ ok: false, error: { code: 'ipc.forbidden_sender' } });
  });

  it('attack: the session in a cookie (as another local server would plant or replay it) opens nothing', async () => {
    for (const cookie of [`kc_session=${session}`, `X-KC-Session=${session}`, session]) {
      const reply = await request('/__kc/call/app.info', {
        method: 'POST',
        headers: { Cookie: cookie, Origin: host.origin, 'Content-Type': 'application/json' },
        body: '{"input":{}}',
      });
      expect(reply.status).toBe(403);
      expect((await request('/__kc/events', { headers: { Cookie: cookie } })).status).toBe(403);
    }
  });

  it('attack: cookies flooded onto 127.0.0.1 by another local server lock nothing out', async () => {
    const flood = Array.from({ length: 60 }, (_, i) => `junk${i}=${'x'.repeat(4000)}`).join('; ');
    expect((await request('/', { headers: { Cookie: flood } })).status).toBe(200);
    expect((await call('app.info', {}, { Cookie: flood })).status).toBe(200);
  });

  it('serves the page with the bridge injected first and the CSP header', async () => {
    const page = await request('/', { headers: authed() });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.body.indexOf('/__kc/bridge.js')).toBeLessThan(page.body.indexOf('/assets/app.js'));
    expect((await request('/__kc/bridge.js', { headers: authed() })).body).toBe('/* bridge */');
    expect((await request('/assets/app.js', { headers: authed() })).status).toBe(200);
    expect((await request('/same.js', { headers: authed() })).body).toBe('console.log(1)');
  });

  it.each([
    '/../outside.txt',
    '/%2e%2e/outside.txt',
    '/assets/..%2f..%2foutside.txt',
    '/%00',
    '/nope.js',
    '/..%5coutside.txt',
    '/../renderer-evil/secret.txt',
    '/..%2frenderer-evil%2fsecret.txt',
    '/assets/..%2f..%2frenderer-evil/secret.txt',
    '/assets/linked.txt',
    '/evil-dir/secret.txt',
    '/assets',
    '/assets/',
  ])('serves nothing outside the renderer folder: %s', async (p) => {
    const reply = await request(p, { headers: authed() });
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('must never be served');
  });

  it('carries calls into the dispatch', async () => {
    const reply = await call('app.info', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: true,
      value: { frontEnd: 'browser', environments: [{ id: 'sandbox' }] },
    });
    expect(JSON.parse((await call('no.such', {})).body)).toMatchObject({
      ok: false,
      error: { code: 'ipc.unknown_channel' },
    });
  });

  it('refuses calls from another Origin, cross-site fetches, a foreign Host, other methods and non-JSON', async () => {
    expect((await call('app.info', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await call('app.info', {}, { Origin: 'null' })).status).toBe(403);
    // No Origin at all: refused too (every fetch of the page sends one).
    const noOrigin = await request('/__kc/call/app.info', {
      method: 'POST',
      headers: authed({ 'Content-Type': 'application/json' }),
      body: '{"input":{}}',
    });
    expect(noOrigin.status).toBe(403);
    expect((await call('app.info', {}, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await call('app.info', {}, { Host: 'evil.example' })).status).toBe(421);
    expect((await request('/__kc/call/app.info', { headers: authed() })).status).toBe(405);
    expect((await call('app.info', {}, { 'Content-Type': 'text/plain' })).status).toBe(415);
    const bad = await request('/__kc/call/app.info', {
      method: 'POST',
      headers: authed({ Origin: host.origin, 'Content-Type': 'application/json' }),
      body: '{not json',
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'ipc.invalid_input' } });
  });

  it('streams contract events to an authenticated page', async () => {
    const url = new URL(host.origin);
    const received = await new Promise<string>((resolve, reject) => {
      const req = http.get(
        { host: url.hostname, port: url.port, path: '/__kc/events', headers: authed() },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes('connected'))
              runtime.services.events.emit('app.changed', { topic: 'profiles' });
            if (text.includes('data: ')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', reject);
    });
    expect(received).toContain('data: {"event":"app.changed","payload":{"topic":"profiles"}}');
  });

  it('refuses a session header with a wrong value, on calls and on the event stream, as a session that ended', async () => {
    const flipped = session.replace(/^./, (ch) => (ch === 'A' ? 'B' : 'A'));
    // Any wrong value is what a tab that outlived a restart sends: refused as ended, never as an attack
    // (issue #29, item 8), and granting nothing.
    for (const forged of [flipped, `${session}x`, session.slice(0, -1), `${session}, ${session}`]) {
      const events = await request('/__kc/events', { headers: { 'X-KC-Session': forged } });
      expect(events.status).toBe(401);
      expect(events.body).not.toContain('data:');
      const reply = await request('/__kc/call/app.info', {
        method: 'POST',
        headers: { 'X-KC-Session': forged, Origin: host.origin, 'Content-Type': 'application/json' },
        body: '{"input":{}}',
      });
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toEqual({
        ok: false,
        error: {
          code: 'ipc.session_ended',
          message:
            'This tab’s session has ended: Key Ceremony’s browser host was started again after this page was opened.',
          hint: 'Open the new link that “npm run start:browser” printed when it started; this tab cannot be used again. Nothing is lost: the ceremonies are kept and continue where they were.',
          said: {
            message: { key: 'errorsMore.ipc.sessionEnded' },
            hint: { key: 'errorsMore.ipc.sessionEndedHint' },
          },
        },
      });
    }
    // An empty header is no session at all: refused as from outside the app.
    const empty = await request('/__kc/call/app.info', {
      method: 'POST',
      headers: { 'X-KC-Session': '', Origin: host.origin, 'Content-Type': 'application/json' },
      body: '{"input":{}}',
    });
    expect(empty.status).toBe(403);
    expect(JSON.parse(empty.body)).toMatchObject({ error: { code: 'ipc.forbidden_sender' } });
  });

  it('refuses the event stream without the session header, sending no event', async () => {
    const reply = await request('/__kc/events');
    expect(reply.status).toBe(403);
    expect(reply.body).not.toContain('data:');
    expect(reply.headers['content-type'] ?? '').not.toContain('text/event-stream');
  });
});
