import { describe, expect, it } from 'vitest';
import { hostedApp, screenshot } from './harness';
import { expectFocusKept } from './ceremony-driver';

const app = hostedApp([]);

describe('foundation in real Chromium', () => {
  it('shows app.info fetched through the bridge', async () => {
    const { page } = app.session;
    await page.getByRole('button', { name: 'About' }).click();
    await page.getByTestId('app-info').waitFor();
    const text = await page.getByTestId('app-info').innerText();
    expect(text).toContain('0.1.0');
    expect(text).toMatch(/Commit\s+[0-9a-f]{12}/);
    await page
      .getByTestId('installation-fingerprint')
      .filter({ hasText: /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/ })
      .waitFor();
    expect(text).toContain('Browser host (offline sandbox only)');
    expect(text).toContain(process.versions.node);
    expect(new URL(page.url()).search).toBe(''); // the token left the address bar
    await screenshot(page, 'foundation-about');
    expect(app.session.consoleErrors).toEqual([]);
  });

  it('exposes exactly the contract on window.keyCeremony, frozen', async () => {
    const shape = await app.session.page.evaluate(() => {
      const api = window.keyCeremony as unknown as { invoke: object; on: object };
      return { keys: Object.keys(api), frozen: Object.isFrozen(api), invoke: Object.keys(api.invoke) };
    });
    expect(shape.keys.sort()).toEqual(['invoke', 'on']);
    expect(shape.frozen).toBe(true);
    expect(shape.invoke).toContain('app.info');
  });

  it('refuses to navigate away', async () => {
    const { page } = app.session;
    const before = page.url();
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = 'https://example.com/';
      a.textContent = 'away';
      a.id = 'away';
      document.body.append(a);
      const form = document.createElement('form');
      form.action = 'https://example.com/';
      form.id = 'away-form';
      document.body.append(form);
    });
    await page.click('#away');
    await page.evaluate(() => (document.getElementById('away-form') as HTMLFormElement).requestSubmit());
    await page.waitForTimeout(300);
    expect(page.url()).toBe(before);
  });

  it('refuses window.open', async () => {
    const { page, context } = app.session;
    const pagesBefore = context.pages().length;
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    await page.waitForTimeout(200);
    expect(opened).toBe(true);
    expect(context.pages().length).toBe(pagesBefore);
  });

  it('blocks remote loads from the page by CSP', async () => {
    const blocked = await app.session.page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      await fetch('https://example.com/').catch(() => undefined);
      const s = document.createElement('script');
      s.src = 'https://example.com/x.js';
      document.head.append(s);
      await new Promise((r) => setTimeout(r, 200));
      return violations;
    });
    expect(blocked).toEqual(expect.arrayContaining(['connect-src', 'script-src-elem']));
  });

  it('refuses a browser that does not have the token: the page is public, the session is not', async () => {
    const stranger = await app.browser.newContext();
    const page = await stranger.newPage();
    const response = await page.goto(app.host.origin + '/');
    expect(response?.status()).toBe(200);
    const call = await page.evaluate(async () => {
      const r = await fetch('/__kc/call/app.info', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"input":{}}',
      });
      return { status: r.status, body: (await r.json()) as unknown };
    });
    expect(call.status).toBe(403);
    expect(call.body).toMatchObject({ ok: false, error: { code: 'ipc.forbidden_sender' } });
    // Through the bridge, the tab says what is wrong and what to do.
    const bridged = await page.evaluate(() =>
      (window as unknown as { keyCeremony: { invoke: Record<string, (i: object) => Promise<unknown>> } })
        .keyCeremony.invoke['app.info']!({}),
    );
    expect(bridged).toMatchObject({ ok: false, error: { code: 'ipc.no_session' } });
    await stranger.close();
  });

  it('keeps the session to the tab the link opened: a reload keeps it, a cookie never carries it', async () => {
    await app.session.page.reload();
    await app.session.page.waitForFunction(() => 'keyCeremony' in window);
    const state = await app.session.page.evaluate(async () => ({
      cookies: document.cookie,
      search: location.search,
      info: (
        await (
          window as unknown as {
            keyCeremony: { invoke: Record<string, (i: object) => Promise<{ ok: boolean }>> };
          }
        ).keyCeremony.invoke['app.info']!({})
      ).ok,
    }));
    expect(state).toEqual({ cookies: '', search: '', info: true });
    expect(await app.session.page.context().cookies()).toEqual([]);
    // Another tab of the same browser has no session of its own.
    const other = await app.session.page.context().newPage();
    await other.goto(app.host.origin + '/');
    const otherInfo = await other.evaluate(() =>
      (window as unknown as { keyCeremony: { invoke: Record<string, (i: object) => Promise<unknown>> } })
        .keyCeremony.invoke['app.info']!({}),
    );
    expect(otherInfo).toMatchObject({ ok: false, error: { code: 'ipc.no_session' } });
    await other.close();
  });

  it('replaces the transcript key only deliberately: a reason, the typed words, then the new fingerprint to hand on', async () => {
    const { page } = app.session;
    await page.getByRole('button', { name: 'About' }).click();
    const panel = page.getByTestId('transcript-key');
    const old = await panel
      .getByTestId('installation-fingerprint')
      .filter({ hasText: /^[0-9A-Z]{4}-/ })
      .innerText();
    expect(await panel.getByTestId('key-history').locator('tbody tr').count()).toBe(1);
    await panel.getByRole('button', { name: 'Replace the transcript key…' }).click();
    const form = panel.getByTestId('replace-key-form');
    expect(await form.innerText()).toContain(
      `The key ${old} is in the keychain. Replace it only if you believe someone else has it`,
    );
    const phrase = `replace ${old.split('-').pop()}`;
    await form.getByLabel(`Type ${phrase} to confirm`).fill('replace it');
    await form.getByRole('button', { name: 'Replace the key (believed compromised)' }).click();
    await form.locator('[data-error-code="installation.confirm_mismatch"]').waitFor();
    expect(await panel.getByTestId('installation-fingerprint').innerText()).toBe(old);
    await form.getByLabel(`Type ${phrase} to confirm`).fill(phrase);
    await form.getByRole('button', { name: 'Replace the key (believed compromised)' }).click();
    const replaced = panel.getByTestId('key-replaced');
    await replaced.waitFor();
    await expectFocusKept(page);
    const text = await replaced.innerText();
    expect(text).toMatch(/^New transcript key: [0-9A-Z]{4}(-[0-9A-Z]{4}){3}\n/);
    expect(text).toContain(
      `Give this to whoever verifies your transcripts. It replaces ${old}, which signed its introduction`,
    );
    expect(text).toContain('No ceremony was open.');
    await panel.getByTestId('installation-fingerprint').filter({ hasNotText: old }).waitFor();
    await expect.poll(() => panel.getByTestId('key-history').locator('tbody tr').count()).toBe(2);
    await screenshot(page, 'foundation-key-replaced');
  });
});
