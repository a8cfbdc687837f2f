import { describe, expect, it } from 'vitest';
import { axeViolations, hostedApp, screenshot } from './harness';
import { expectFocusKept } from './ceremony-driver';

const app = hostedApp([], async () => {
  await app.session.page.getByRole('button', { name: 'Holder phones' }).click();
});

const card = (name: string) => app.session.page.getByTestId('holder-card').filter({ hasText: name });

describe('holder phones panel (offline sandbox)', () => {
  it('lists the seeded organisation’s holders', async () => {
    await card('Alice Moreau').first().waitFor();
    const names = await app.session.page.getByTestId('holder-card').locator('h3').allInnerTexts();
    expect(names).toEqual([
      'Cobo',
      'Alice Moreau',
      'Bilal Haddad',
      'Chen Wei',
      'Dana Okafor',
      'Emeka Nwosu',
      'Treasury Server Signer',
    ]);
    expect(await axeViolations(app.session.page)).toEqual([]);
    await screenshot(app.session.page, 'holders-list');
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
    await expectFocusKept(app.session.page);
    // The new phone's tag, matched exactly: the lost card's words also speak of the new phone.
    await card('Alice Moreau')
      .filter({ has: app.session.page.locator('.tag', { hasText: /^New phone$/ }) })
      .waitFor();
    expect(await card('Alice Moreau').count()).toBe(2);
    expect(await axeViolations(app.session.page)).toEqual([]);
    await screenshot(app.session.page, 'holders-lost-phone');
  });

  it('switches holders to manual approval', async () => {
    const box = app.session.page.getByLabel(
      /Holders start a request only when someone taps Start Key Gen for them here/,
    );
    await box.check();
    await app.session.page.reload();
    await app.session.page.getByRole('button', { name: 'Holder phones' }).click();
    await card('Chen Wei').waitFor();
    expect(await app.session.page.getByLabel(/Holders start a request only when/).isChecked()).toBe(true);
  });
});
