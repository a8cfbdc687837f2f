/**
 * When the browser host stops, the page says it is no longer in touch with main, instead of going on
 * showing what it holds as if it were current.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, startHost, type HostProcess } from './harness';
import { within } from '../helpers/patience';

let host: HostProcess | undefined;
let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('losing the host', () => {
  it('says so at the top of the page, in words, with what to do', async () => {
    host = await startHost();
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
  });
});
