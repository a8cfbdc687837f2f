/**
 * The officer does not lose their place: a reload, the sidebar, and the browser's Back and Forward
 * all keep them inside the app, at the ceremony they had open; the list says where each open one
 * stands in words.
 */
import { describe, expect, it } from 'vitest';
import { CeremonyDriver } from './ceremony-driver';
import { axeViolations, hostedApp } from './harness';

const app = hostedApp();

describe('the officer’s place', () => {
  it('survives a reload, the sidebar and Back, and the list says what comes next', async () => {
    const page = app.session.page;
    const d = new CeremonyDriver(page, 'place');
    await d.start('Start: KeyGen');
    await d.chooseVault();
    await d.waitStep('Main Group');
    const address = page.url();
    expect(new URL(address).hash).toMatch(/^#\/ceremonies\/[0-9a-f-]{36}$/);

    // A reload comes back to the same ceremony, at the same step.
    await page.reload();
    await d.waitStep('Main Group');
    expect(page.url()).toBe(address);

    // Elsewhere and back through the sidebar: the open ceremony, not the list.
    await page.getByRole('button', { name: 'Profiles', exact: true }).click();
    await page.getByRole('heading', { name: 'Profiles', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Ceremonies', exact: true }).click();
    await d.waitStep('Main Group');

    // Back and Forward move between the app's own screens.
    await page.goBack();
    await page.getByRole('heading', { name: 'Profiles', level: 2 }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/profiles');
    await page.goForward();
    await d.waitStep('Main Group');

    // The list of open ceremonies says where this one stands and what comes next, in words.
    await page.getByRole('button', { name: '← All ceremonies' }).click();
    const item = page.getByTestId('open-ceremony').filter({ hasText: 'KeyGen' }).first();
    expect(await item.getByTestId('standing').innerText()).toBe('Being prepared. Next: Main Group');
    expect(await axeViolations(page)).toEqual([]);
    await page.goBack();
    await d.waitStep('Main Group');
  });
});
