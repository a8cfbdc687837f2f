/**
 * An organisation set up before Cobo's October 2025 rules, in real Chromium: chosen on the Holder
 * phones screen, its 2-of-3 Main Key keyed with two custodians each acting once, its Recovery Key
 * without Cobo's node given shares, and after a lost phone a Recovery from that group (its two holders,
 * no Cobo node) into a new Main Key made as today's rules make it (Cobo plus the new phone, 2/2). The
 * root keys never change, and the groups step says which groups were made under the earlier rules.
 */
import { describe, expect, it } from 'vitest';
import { CeremonyDriver, holderNodeId, toCeremonyList } from './ceremony-driver';
import { hostedApp } from './harness';

const app = hostedApp(['--sandbox-auto-approve-ms', '200', '--sandbox-step-ms', '200']);
const VAULT = 'Legacy Treasury';

const rootKeysOnScreen = async () =>
  (await app.session.page.getByTestId('root-key').locator('.full-key').allInnerTexts())
    .map((t) => t.trim())
    .sort();

describe('an organisation set up before October 2025', () => {
  it('keeps working under the earlier rules, and recovers a lost phone into a Main Key of today', async () => {
    const page = app.session.page;
    await page.getByRole('button', { name: 'Holder phones' }).click();
    await page
      .getByRole('button', { name: 'Start from an organisation set up before October 2025…' })
      .click();
    expect(await page.getByTestId('legacy-meaning').innerText()).toMatch(
      /2-of-3 Main Key \(Cobo, Alice, Bilal\).*Recovery Key of Chen and Dana without Cobo’s node/,
    );
    await page
      .getByRole('button', { name: 'Start from the organisation set up before October 2025', exact: true })
      .click();
    await page.getByTestId('legacy-meaning').waitFor({ state: 'detached' });

    // KeyGen on the 2-of-3 Main Key: marked as made under the earlier rules, both custodians asked.
    const k = new CeremonyDriver(page, 'legacy-1-keygen');
    await k.start('Start: KeyGen');
    await k.chooseVault(VAULT);
    await k.waitStep('Main Key');
    await k.choose(k.step.getByRole('radio').first());
    expect(await k.step.getByTestId('earlier-rules').first().innerText()).toMatch(
      /^Made before Cobo’s October 2025 rules: it keeps its shape and holders and works as before/,
    );
    expect(await k.step.getByTestId('quorum').first().innerText()).toMatch(/All 2 holders must approve/);
    await k.checkpoint('groups');
    await k.next();
    await k.preflight();
    await k.checkIn();
    await k.reviewAndSend();
    await k.reachVerify();
    const rootKeys = await rootKeysOnScreen();
    expect(rootKeys).toHaveLength(2);
    await k.verifyAndClose(['Alice Moreau']);
    // Bilal's backup was not confirmed: the vault's standing says so.
    await toCeremonyList(page);
    await page
      .getByTestId('vault-standing')
      .filter({ hasText: /^Legacy Treasury:.*backups not confirmed: Bilal Haddad\./ })
      .waitFor();

    // The Recovery Key without Cobo's node gets its shares from the Main Key.
    const g = new CeremonyDriver(page, 'legacy-2-recovery-shares');
    await g.giveShares(/Recovery Key · 2-of-2/, VAULT);
    expect(await rootKeysOnScreen()).toEqual(rootKeys);
    await g.verifyAndClose();

    // Alice's phone is lost.
    await page.getByRole('button', { name: 'Holder phones' }).click();
    const alice = page.getByTestId('holder-card').filter({ hasText: 'Alice Moreau' }).first();
    await alice.getByRole('button', { name: 'Lose this phone…' }).click();
    await alice.getByRole('button', { name: 'Lose Alice Moreau’s phone' }).click();
    const newPhone = page
      .getByTestId('holder-card')
      .filter({ has: page.locator('.tag', { hasText: /^New phone$/ }) });
    await newPhone.waitFor();
    const newPhoneId = await holderNodeId(page, newPhone);

    const d = new CeremonyDriver(page, 'legacy-3-recovery');
    await d.start('Start: Recovery');
    await d.chooseVault(VAULT);
    await d.waitStep('Who lost what');
    await d.choose(d.step.getByRole('radio', { name: /Alice Moreau/ }));
    await d.step.getByRole('button', { name: 'Set up the new Main Key' }).click();

    // The new Main Key follows today's rules: 2/2, Cobo plus Alice's new phone. Bilal, whose node
    // still holds the Signing Key's share, is not offered.
    const setup = new CeremonyDriver(page, 'legacy-3a-new-main-group');
    await setup.waitStep('Design the group');
    const bilal = setup.step.getByRole('button', { name: /^Add Bilal Haddad \(/ });
    expect(await bilal.isDisabled()).toBe(true);
    expect(await bilal.innerText()).toMatch(/holds this vault’s Signing Key; one key per node/);
    await setup.design(
      'Main Key',
      '2-2',
      [{ name: 'Alice Moreau', id: newPhoneId, kind: 'Mobile' }],
      'Alice Moreau',
    );
    await setup.preflight();
    await setup.checkIn();
    await setup.reviewAndSend('Create the group');
    await setup.waitStep('Close');
    await setup.step.getByRole('button', { name: 'Close and return to the Recovery' }).click();

    // Recovery from the old Recovery Key: its two holders take part, there is no Cobo node in it.
    await d.waitStep('New Main Key and Recovery Key');
    await d.choose(d.step.locator('label.choice', { hasText: /Main Key · 2-of-2/ }).getByRole('radio'));
    await d.choose(d.step.locator('label.choice', { hasText: /^Recovery Key ·/ }).getByRole('radio'));
    await d.verdictOk();
    const recoveryCard = d.step.locator('label.choice', { hasText: /^Recovery Key ·/ });
    expect(await recoveryCard.getByTestId('signing-threshold').innerText()).toMatch(
      /no Cobo node in it \(a group made before Cobo’s October 2025 rules\)/,
    );
    await d.checkpoint('groups');
    await d.next();
    await d.preflight();
    await d.checkIn();
    await d.reviewAndSend();
    await d.reachVerify();
    await d.step.getByTestId('root-keys-unchanged').waitFor();
    expect(await rootKeysOnScreen()).toEqual(rootKeys);
    await d.verifyAndClose();
  });
});
