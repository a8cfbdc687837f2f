/**
 * When the browser host stops, the page says it is no longer in touch with main, instead of going on
 * showing what it holds as if it were current; a screen not loaded yet says it could not be opened
 * instead of going blank; and a tab that outlived a restart says its session ended, never that its
 * requests came from somewhere else (issue #29, item 8).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser, openApp, startHost, type HostProcess } from './harness';
import { within } from '../helpers/patience';

const hosts: HostProcess[] = [];
let browser: Browser | undefined;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kc-e2e-connection-'));
afterAll(async () => {
  await browser?.close();
  for (const h of hosts) await h.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A port free now, so a host can be started on it twice. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('losing the host', () => {
  it('says so at the top of the page, in words, with what to do; a screen not loaded yet says it could not be opened', async () => {
    const host = await startHost();
    hosts.push(host);
    browser = await launchBrowser();
    const { page } = await openApp(browser, host);
    await page.getByRole('button', { name: 'Start: KeyGen', exact: true }).waitFor();
    expect(await page.getByTestId('connection-lost').count()).toBe(0);
    await host.stop();
    const notice = page.getByTestId('connection-lost');
    await notice.waitFor({ timeout: within(15_000) });
    expect(await notice.innerText()).toMatch(
      /^Key Ceremony’s main process is not answering: what this page shows may be out of date\.[\s\S]*npm run start:browser/,
    );
    // About was never opened: its code cannot be loaded now. The page says so; the menu stays.
    await page.getByRole('button', { name: 'About' }).click();
    const failed = page.getByTestId('screen-failed');
    await failed.waitFor();
    expect(await failed.innerText()).toMatch(
      /^This screen could not be opened\.[\s\S]*Nothing was sent or changed/,
    );
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
    // The notices pass axe like every screen (issue #29).
    expect(await axeViolations(page)).toEqual([]);
    // The menu stays usable: another screen is shown, or said not to open, never a blank page.
    await page.getByRole('button', { name: 'Ceremonies' }).click();
    await expect.poll(() => page.locator('#main').innerText(), { timeout: within(10_000) }).toMatch(/\S/);
  });

  it('a tab from before a restart says its session ended, never that its requests came from elsewhere', async () => {
    const port = await freePort();
    const first = await startHost(['--port', String(port)], dataDir);
    hosts.push(first);
    const { page } = await openApp(browser!, first);
    await page.getByRole('button', { name: 'Start: KeyGen', exact: true }).waitFor();
    await first.stop();
    const second = await startHost(['--port', String(port)], dataDir);
    hosts.push(second);
    const ended = page.getByTestId('session-ended');
    await ended.waitFor({ timeout: within(15_000) });
    expect(await ended.innerText()).toMatch(
      /^This tab’s session has ended: Key Ceremony was started again after this page was opened\.[\s\S]*Nothing is lost/,
    );
    expect(await page.getByTestId('connection-lost').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    // A call from the old tab is answered as what it is.
    await page.getByRole('button', { name: 'Profiles' }).click();
    await page
      .getByText(/This tab’s session has ended: Key Ceremony’s browser host was started again/)
      .first()
      .waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(/did not come from|close other programs/);
  });
});
