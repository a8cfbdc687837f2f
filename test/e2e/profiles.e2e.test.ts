import { describe, expect, it } from 'vitest';
import { axeViolations, hostedApp, screenshot } from './harness';

const app = hostedApp([], async () => {
  await app.session.page.getByRole('button', { name: 'Profiles' }).click();
});

describe('profiles in the browser host', () => {
  it('lands on a ready Sandbox profile on first run', async () => {
    const { page } = app.session;
    const card = page.getByTestId('profile-card').filter({ hasText: 'Rehearsal (offline sandbox)' });
    await card.waitFor();
    await expect(card.getByTestId('fingerprint').innerText()).resolves.toMatch(
      /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/,
    );
    await screenshot(page, 'profiles-first-run');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('tests the connection of the first-run profile against the embedded sandbox', async () => {
    const card = app.session.page
      .getByTestId('profile-card')
      .filter({ hasText: 'Rehearsal (offline sandbox)' });
    await card.getByRole('button', { name: 'Test connection' }).click();
    await card.locator('[data-outcome="ok"]').waitFor();
    expect(await card.locator('[data-outcome]').innerText()).toContain('Connected and authenticated');
  });

  it('offers only the offline sandbox as environment', async () => {
    const options = await app.session.page.getByLabel('Environment').locator('option').allInnerTexts();
    expect(options).toEqual(['Offline sandbox']);
  });

  it('generates a profile, shows its fingerprint, and deletes it after naming it', async () => {
    const { page } = app.session;
    await page.getByLabel('Profile name', { exact: true }).fill('Night shift 🔐');
    await page.getByRole('button', { name: 'Generate key and save profile' }).click();
    const created = page.getByTestId('created-profile');
    await created.waitFor();
    const card = page.getByTestId('profile-card').filter({ hasText: 'Night shift 🔐' });
    await card.waitFor();
    const fingerprint = await card.getByTestId('fingerprint').innerText();
    expect(await created.innerText()).toContain(fingerprint);
    await screenshot(page, 'profiles-generated');

    await card.getByRole('button', { name: 'Delete…' }).click();
    const confirm = card.getByRole('button', { name: 'Delete profile and secret' });
    expect(await confirm.isDisabled()).toBe(true);
    await card.getByLabel('Profile name').fill('Night shift 🔐');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'profiles-delete-confirm');
    await confirm.click();
    await card.waitFor({ state: 'detached' });
    expect(await page.getByTestId('profile-card').count()).toBe(1);
  });

  it('clears the secret field right after sending, and explains a refusal', async () => {
    const { page } = app.session;
    await page.getByLabel('Import an existing API secret').check();
    await page.getByLabel('Profile name', { exact: true }).fill('Imported');
    const secretField = page.getByLabel('API secret (64 hex characters)');
    await secretField.fill('0x' + 'ab'.repeat(31)); // 62 hex characters: refused
    await page.getByRole('button', { name: 'Import secret and save profile' }).click();
    await page.getByRole('alert').filter({ hasText: '62 hex characters' }).waitFor();
    expect(await secretField.inputValue()).toBe('');
    expect(await page.content()).not.toContain('ab'.repeat(31));
    await screenshot(page, 'profiles-import-refused');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is usable by keyboard alone', async () => {
    const { page } = app.session;
    await page.reload();
    await page.getByRole('button', { name: 'Ceremonies', exact: true }).waitFor();
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.textContent);
    expect(first).toBe('Skip to content');
  });
});
