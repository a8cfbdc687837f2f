/**
 * The officer does not lose their place: a reload, the sidebar, and the browser's Back and Forward
 * all keep them inside the app, at the ceremony they had open; the list says where each open one
 * stands in words.
 */
import { describe, expect, it } from 'vitest';
import { CeremonyDriver } from './ceremony-driver';
import { axeViolations, hostedApp } from './harness';
import { within } from '../helpers/patience';

const app = hostedApp();

describe('the officer’s place', () => {
  it('survives a reload, the sidebar and Back, and the list says what comes next', async () => {
    const page = app.session.page;
    const d = new CeremonyDriver(page, 'place');
    await d.start('Start: KeyGen');
    await d.chooseVault();
    await d.waitStep('Main Key');
    // The vault's only Main Key waiting for KeyGen is chosen, and said: that step is done.
    await d.step.getByTestId('lone-choice').waitFor();
    const address = page.url();
    expect(new URL(address).hash).toMatch(/^#\/ceremonies\/[0-9a-f-]{36}$/);

    // A reload comes back to the same ceremony, where it stands: the step after the choice made.
    await page.reload();
    await d.waitStep('Pre-flight');
    expect(page.url()).toBe(address);

    // Elsewhere and back through the sidebar: the open ceremony, not the list.
    await page.getByRole('button', { name: 'Profiles', exact: true }).click();
    await page.getByRole('heading', { name: 'Profiles', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Ceremonies', exact: true }).click();
    await d.waitStep('Pre-flight');

    // Back and Forward move between the app's own screens.
    await page.goBack();
    await page.getByRole('heading', { name: 'Profiles', level: 2 }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/profiles');
    await page.goForward();
    await d.waitStep('Pre-flight');

    // The list of open ceremonies says where this one stands and what comes next, in words.
    await page.getByRole('button', { name: '← All ceremonies' }).click();
    const item = page.getByTestId('open-ceremony').filter({ hasText: 'KeyGen' }).first();
    expect(await item.getByTestId('standing').innerText()).toBe('Being prepared. Next: Pre-flight');
    expect(await axeViolations(page)).toEqual([]);
    await page.goBack();
    await d.waitStep('Pre-flight');
  });

  it('moves the focus to what an action revealed, never to the page body', async () => {
    const page = app.session.page;
    const d = new CeremonyDriver(page, 'focus');
    const focused = () =>
      page.evaluate(() => {
        const e = document.activeElement;
        return e === document.body || !e
          ? 'body'
          : (e.getAttribute('data-testid') ?? e.textContent?.trim() ?? '');
      });
    await d.start('Start: KeyGen');
    await d.chooseVault();
    await d.waitStep('Main Key');
    await d.choose(d.step.getByRole('radio').first());
    await d.next();
    await d.waitStep('Pre-flight');
    // A tick by keyboard: the focus stays on the box that was ticked.
    const box = d.step.getByRole('checkbox').first();
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => box.isChecked()).toBe(true);
    await expect
      .poll(() => box.evaluate((e) => e === document.activeElement), { timeout: within(5_000) })
      .toBe(true);
    // The checks run with room checks still to tick: the step stays, its results take the focus.
    await d.step.getByRole('button', { name: /Run the checks/ }).click();
    await expect.poll(focused, { timeout: within(5_000) }).toBe('preflight');
    for (const other of (await d.step.getByRole('checkbox').all()).slice(1)) await d.choose(other);
    // A tick that finishes the step does not carry the officer on (only a step's finishing button does).
    await page.waitForTimeout(300);
    await d.waitStep('Pre-flight');
    await d.next();
    await d.waitStep('Custodian check-in');
    const confirm = d.step.getByRole('button', { name: /^Confirm .* is present$/ }).first();
    const who = (await confirm.innerText()).replace(/^Confirm | is present$/g, '');
    await confirm.click();
    await expect.poll(focused, { timeout: within(5_000) }).toMatch(new RegExp(`^${who}: present, confirmed`));
    // The others confirmed too: the check-in still asks for its witnesses, so it stays.
    for (let more = d.step.getByRole('button', { name: /^Confirm .* is present$/ }); await more.count();) {
      await more.first().click();
      await page.waitForTimeout(100);
    }
    await d.waitStep('Custodian check-in');
    await d.step.getByLabel('Witnesses (one name per line)').fill('Wendy Witness');
    expect(await axeViolations(page)).toEqual([]);
    // Saving the witnesses, the last thing the check-in asked for, finishes it: the review opens, its
    // heading focused (issue #29, item 14: no Continue click after a step's own last action).
    await d.step.getByRole('button', { name: 'Save witnesses' }).click();
    await d.waitStep('Review and send');
    await expect.poll(focused, { timeout: within(5_000) }).toBe('Review and send');

    // Abandoning leads back to the list: the focus goes to its heading, never the body (issue #29, item 12).
    await d.step.getByRole('button', { name: 'Abandon this ceremony' }).click();
    await expect.poll(focused, { timeout: within(5_000) }).toBe('Yes, abandon it');
    await d.step.getByRole('button', { name: 'Yes, abandon it' }).click();
    await page.getByRole('button', { name: 'Start: KeyGen', exact: true }).waitFor();
    await expect.poll(focused, { timeout: within(5_000) }).not.toBe('body');

    // Starting a ceremony from the vault's card opens it with the focus on its heading.
    const standing = page.getByTestId('vault-standings');
    await standing.getByRole('button').first().click();
    await page.getByRole('heading', { level: 3 }).first().waitFor();
    await expect.poll(focused, { timeout: within(5_000) }).not.toBe('body');

    // Starting the sandbox from a fresh organisation, confirmed on Holder phones.
    await page.getByRole('button', { name: 'Holder phones' }).click();
    await page.getByRole('button', { name: 'Start from a fresh organisation…' }).click();
    await page.getByRole('button', { name: 'Start from a fresh organisation', exact: true }).click();
    await page.getByRole('button', { name: 'Start from a fresh organisation…' }).waitFor();
    await expect.poll(focused, { timeout: within(5_000) }).not.toBe('body');
  });
});
