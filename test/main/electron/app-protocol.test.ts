// @vitest-environment node
/** The app:// scheme serves only regular files really inside the renderer folder. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, serveAppRequest } from '../../../main/electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../main/csp';

const root = mkdtempSync(path.join(os.tmpdir(), 'kc-app-protocol-'));
const renderer = path.join(root, 'renderer');
mkdirSync(path.join(renderer, 'assets'), { recursive: true });
writeFileSync(path.join(renderer, 'index.html'), '<html></html>');
writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(path.join(root, 'outside.txt'), 'must never be served');
mkdirSync(path.join(root, 'renderer-evil'));
writeFileSync(path.join(root, 'renderer-evil', 'secret.txt'), 'must never be served');
symlinkSync(path.join(root, 'outside.txt'), path.join(renderer, 'assets', 'linked.txt'));
symlinkSync(path.join(root, 'renderer-evil'), path.join(renderer, 'evil-dir'));

const get = (p: string, init?: RequestInit, origin = APP_ORIGIN) =>
  serveAppRequest(renderer, new Request(`${origin}${p}`, init));

describe('app:// requests', () => {
  it('serves the page and its files with the CSP', async () => {
    const page = await get('/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await (await get('/assets/app.js')).text()).toBe('console.log(1)');
  });

  it.each([
    '/assets/linked.txt',
    '/evil-dir/secret.txt',
    '/../renderer-evil/secret.txt',
    '/..%2frenderer-evil%2fsecret.txt',
    '/assets',
    '/nope.js',
  ])('serves nothing that is not a regular file inside the folder: %s', async (p) => {
    const reply = await get(p);
    expect(reply.status).toBe(404);
    expect(await reply.text()).not.toContain('must never be served');
  });

  it('answers a malformed path with 400, another host or method with 404', async () => {
    expect((await get('/assets/%E0%A4%A')).status).toBe(400);
    expect((await get('/index.html', undefined, 'app://elsewhere')).status).toBe(404);
    expect((await get('/index.html', { method: 'POST', body: 'x' })).status).toBe(404);
  });
});
