/**
 * The rest of a group's life, in real Chromium: after a lost phone the officer compares the ways back
 * and upgrades an intact Signing Key to Main (the old Main Key converted), retires the Recovery
 * Group (confirming that none is left) and the converted group, then sets up and keys a new Signing
 * Group and upgrades it too (the old Main Key invalidated). The root keys never change.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CeremonyDriver, expectFocusKept, holderNodeId, sendKeyGen } from './ceremony-driver';
import { axeViolations, hostedApp } from './harness';

const app = hostedApp(['--sandbox-auto-approve-ms', '150', '--sandbox-step-ms', '150']);

async function upgrade(
  d: CeremonyDriver,
  group: RegExp,
  handling: 'Invalidate it' | 'Convert it to a Signing Key',
) {
  await d.chooseVault();
  await d.waitStep('Signing Key and the current Main Key');
  await d.choose(d.step.locator('label.choice', { hasText: group }).first().getByRole('radio'));
  await d.choose(d.step.getByRole('radio', { name: new RegExp(`^${handling}`) }));
  await d.verdictOk();
  await d.checkpoint('upgrade');
  await d.next();
  await d.preflight();
  await d.checkIn();
  await d.reviewAndSend('Upgrade the group');
  await d.reachVerify();
  await d.step.getByTestId('root-keys-unchanged').waitFor();
  await d.verifyAndClose();
}

async function retire(d: CeremonyDriver, group: RegExp, accept: 'no recovery' | 'no signing key' | null) {
  await d.start('Start: Delete a key');
  await d.chooseVault();
  await d.waitStep('Key to delete');
  await d.choose(d.step.locator('label.choice', { hasText: group }).first().getByRole('radio'));
  if (accept === 'no recovery') {
    // The Signing Key holding the lost phone is not active: no way back would remain, and it says so.
    await d.step
      .getByText(/has no active Signing Key: .* no way back would remain/)
      .first()
      .waitFor();
    await d.choose(d.step.getByRole('checkbox', { name: /keeps no usable Recovery Key/ }));
  }
  if (accept === 'no signing key') {
    // Cobo's key share transfer order: the new key first. Retiring the last active one is confirmed.
    await d.step.getByText(/No other Signing Key is active: if its holder is leaving/).waitFor();
    await d.choose(d.step.getByRole('checkbox', { name: /no other Signing Key stays active/ }));
  }
  const label = /Type the key’s name, “(.+)”, to confirm/.exec(
    await d.step
      .getByText(/Type the key’s name/)
      .first()
      .innerText(),
  )![1]!;
  await d.step.getByLabel(/Type the key’s name/).fill(label);
  await d.step.getByRole('button', { name: 'Confirm this key' }).click();
  await d.verdictOk();
  await d.checkpoint('retire');
  await d.next();
  await d.preflight();
  await d.checkIn();
  await d.reviewAndSend('Delete the key');
  await d.waitStep('Close');
  expect(await d.step.getByTestId('outcome').innerText()).toBe('Succeeded');
  await d.close();
}

async function loseAlicesPhone(page: Page) {
  await page.getByRole('button', { name: 'Holder phones' }).click();
  const alice = page.getByTestId('holder-card').filter({ hasText: 'Alice Moreau' }).first();
  await alice.getByRole('button', { name: 'Lose this phone…' }).click();
  await alice.getByRole('button', { name: 'Lose Alice Moreau’s phone' }).click();
  await page
    .getByTestId('holder-card')
    .filter({ has: page.locator('.tag', { hasText: /^New phone$/ }) })
    .waitFor();
}

describe('the rest of a group’s life', () => {
  it('after a lost phone, chooses the way back and upgrades the Signing Key, converting the old Main Key', async () => {
    const page = app.session.page;
    const k = await sendKeyGen(page, 'life-1-keygen');
    await k.reachVerify();
    await k.verifyAndClose();
    for (const [name, target] of [
      ['life-2-signing-shares', /Signing Key · 2-of-2/],
      ['life-3-recovery-shares', /Recovery Key · 2-of-3/],
    ] as const) {
      const d = new CeremonyDriver(page, name);
      await d.giveShares(target);
      await d.verifyAndClose();
    }

    await loseAlicesPhone(page);
    const way = new CeremonyDriver(page, 'life-4-way-back');
    await way.start('Start: Recovery');
    await way.chooseVault();
    await way.waitStep('Who lost what');
    await way.choose(way.step.getByRole('radio', { name: /Alice Moreau/ }));
    const ways = way.step.getByTestId('ways-back');
    await ways.waitFor();
    expect(await ways.innerText()).toMatch(/the new Main Key \(with the new phone\) must be set up first/);
    expect(await ways.innerText()).toMatch(/upgrading it is the quicker way back/);
    await way.checkpoint('ways-back');
    await way.step.getByRole('button', { name: 'Upgrade a Signing Key instead' }).click();
    // The other way back closes this Recovery on the record first: nothing stale is left open.
    await way.step.getByRole('button', { name: 'Abandon this Recovery and upgrade' }).click();
    await page.getByRole('button', { name: 'Start the ceremony' }).waitFor();
    await expectFocusKept(page);
    const u = new CeremonyDriver(page, 'life-5-upgrade-convert');
    await page.getByRole('radio', { name: /Rehearsal \(offline sandbox\)/ }).check();
    await page.getByRole('button', { name: 'Start the ceremony' }).click();
    await upgrade(u, /Signing Key · 2-of-2/, 'Convert it to a Signing Key');
    // The closed upgrade's screen stays open; the Ceremonies list shows the vault's standing.
    await page.getByRole('button', { name: 'Ceremonies', exact: true }).click();
    await page.getByTestId('vault-standings').waitFor();
    expect(await page.getByTestId('vault-standings').innerText()).not.toMatch(/Recovery ceremony is open/);
  });

  it('retires the Recovery Key, confirming that none is left, and the converted old Main Key', async () => {
    const page = app.session.page;
    await retire(new CeremonyDriver(page, 'life-6-retire-recovery'), /Recovery Key/, 'no recovery');
    await retire(new CeremonyDriver(page, 'life-7-retire-signing'), /Signing Key · 2-of-2/, null);
    // The vault's keys, and those this installation's ceremonies changed (issue #29, item 15).
    await page.getByRole('button', { name: 'Ceremonies', exact: true }).click();
    const inventory = page.getByTestId('vault-inventory').first();
    await inventory.getByText(/^Keys of this vault/).click();
    expect(await inventory.innerText()).toMatch(/Main Key .* · 2-of-2 · Valid/);
    const past = await inventory.getByTestId('inventory-past').innerText();
    expect(past).toMatch(/deleted by “Delete a key”/);
    expect(past).toMatch(/upgraded from Signing Key to Main Key .* converted to a Signing Key/);
    // A name the officer gives a key (Cobo gives none) stays with it.
    const mainKey = inventory.getByTestId('inventory-key').filter({ hasText: /^Main Key/ });
    await mainKey.getByRole('textbox').fill('Treasury main');
    await mainKey.getByRole('button', { name: 'Save the name' }).click();
    await inventory
      .getByTestId('inventory-key')
      .filter({ hasText: /^“Treasury main”, Main Key/ })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('sets up and keys a new Signing Key, then upgrades it, invalidating the Main Key', async () => {
    const page = app.session.page;
    // Emeka holds no key of the vault: Cobo does not list him, so his ID is typed.
    await page.getByRole('button', { name: 'Holder phones' }).click();
    const emeka = await holderNodeId(page, 'Emeka Nwosu');
    const s = new CeremonyDriver(page, 'life-8-new-signing');
    await s.setUpGroup(
      'Signing Key',
      '2-2',
      [{ name: 'Emeka Nwosu', id: emeka, kind: 'Mobile' }],
      'Emeka Nwosu',
    );
    const g = new CeremonyDriver(page, 'life-9-new-signing-shares');
    await g.giveShares(/Signing Key · 2-of-2/);
    await g.verifyAndClose();
    const u = new CeremonyDriver(page, 'life-10-upgrade-invalidate');
    await u.start('Start: Upgrade a Signing Key');
    await upgrade(u, /Emeka Nwosu/, 'Invalidate it');
  });
});
