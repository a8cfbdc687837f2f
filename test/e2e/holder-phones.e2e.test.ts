import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  axeViolations,
  launchBrowser,
  openApp,
  screenshot,
  startHost,
  type HostProcess,
  type Session,
} from './harness';

let host: HostProcess;
let browser: Browser;
let session: Session;

beforeAll(async () => {
  host = await startHost();
  browser = await launchBrowser();
  session = await openApp(browser, host);
  await session.page.getByRole('button', { name: 'Holder phones' }).click();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const card = (name: string) => session.page.getByTestId('holder-card').filter({ hasText: name });

describe('holder phones panel (offline sandbox)', () => {
  it('lists the seeded organisation’s holders', async () => {
    await card('Alice Moreau').first().waitFor();
    const names = await session.page.getByTestId('holder-card').locator('h3').allInnerTexts();
    expect(names).toEqual([
      'Cobo',
      'Alice Moreau',
      'Bilal Haddad',
      'Chen Wei',
      'Dana Okafor',
      'Emeka Nwosu',
      'Treasury API co-signer',
    ]);
    expect(await axeViolations(session.page)).toEqual([]);
    await screenshot(session.page, 'holders-list');
  });

  it('takes a phone offline and back', async () => {
    await card('Bilal Haddad').getByRole('button', { name: 'Take offline' }).click();
    await card('Bilal Haddad').getByText('Offline', { exact: true }).waitFor();
    await card('Bilal Haddad').getByRole('button', { name: 'Bring online' }).click();
    await card('Bilal Haddad').getByText('Online', { exact: true }).waitFor();
  });

  it('loses a phone after a confirmation, and shows the new phone', async () => {
    await card('Alice Moreau').first().getByRole('button', { name: 'Lose this phone…' }).click();
    await card('Alice Moreau').first().getByRole('button', { name: 'Lose Alice Moreau’s phone' }).click();
    await card('Alice Moreau').filter({ hasText: 'Lost — replaced' }).waitFor();
    await card('Alice Moreau').filter({ hasText: 'New phone' }).waitFor();
    expect(await card('Alice Moreau').count()).toBe(2);
    expect(await axeViolations(session.page)).toEqual([]);
    await screenshot(session.page, 'holders-lost-phone');
  });

  it('switches holders to manual approval', async () => {
    const box = session.page.getByLabel(/Holders approve only when someone approves for them here/);
    await box.check();
    await session.page.reload();
    await session.page.getByRole('button', { name: 'Holder phones' }).click();
    await card('Chen Wei').waitFor();
    expect(await session.page.getByLabel(/Holders approve only when/).isChecked()).toBe(true);
  });
});
