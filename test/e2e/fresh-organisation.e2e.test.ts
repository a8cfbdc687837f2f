/**
 * Where a real organisation starts: a fresh sandbox organisation with no vault and no groups, whose
 * phones and Server Signer Cobo does not list yet. The officer creates the vault, sets up the Main
 * Group by typing the TSS node IDs read from the Holder phones screen (Cobo adds its own node), runs
 * KeyGen with the custodians acting in Cobo Guard both to approve and, in MPCProcessing, to take part,
 * then sets up the Signing and Recovery Groups and gives them shares.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CeremonyDriver, holderNodeId, resumeFromList } from './ceremony-driver';
import { hostedApp } from './harness';
import { within } from '../helpers/patience';

const app = hostedApp(['--sandbox-auto-approve-ms', '200', '--sandbox-step-ms', '200']);

const card = (page: Page, name: string) => page.getByTestId('holder-card').filter({ hasText: name }).first();
const nodeId = (page: Page, name: string) => holderNodeId(page, name);

async function holderPhones(page: Page) {
  await page.getByRole('button', { name: 'Holder phones' }).click();
  await page.getByTestId('holder-card').first().waitFor();
}

const resume = (d: CeremonyDriver, kind: string) => resumeFromList(d.page, kind);

/** Plays each custodian in Cobo Guard: approve (or take part) for every request waiting on them. */
async function actAs(page: Page, names: string[], action: 'Approve' | 'Take part') {
  await holderPhones(page);
  for (const name of names) {
    const button = card(page, name).getByRole('button', { name: `${action} as ${name}` });
    await button.waitFor({ timeout: within(15_000) });
    await button.click();
    await button.waitFor({ state: 'detached', timeout: within(15_000) });
  }
}

describe('a fresh organisation', () => {
  it('creates its vault and groups from typed TSS node IDs, and runs KeyGen with custodians acting in both phases', async () => {
    const page = app.session.page;
    await holderPhones(page);
    const before = await nodeId(page, 'Alice Moreau');
    await page.getByRole('button', { name: 'Start from a fresh organisation…' }).click();
    await page.getByRole('button', { name: 'Start from a fresh organisation', exact: true }).click();
    await expect.poll(() => nodeId(page, 'Alice Moreau'), { timeout: within(10_000) }).not.toBe(before);
    const ids = Object.fromEntries(
      await Promise.all(
        [
          'Alice Moreau',
          'Bilal Haddad',
          'Chen Wei',
          'Dana Okafor',
          'Emeka Nwosu',
          'Treasury Server Signer',
        ].map(async (n) => [n, await nodeId(page, n)] as const),
      ),
    );

    // The vault.
    const v = new CeremonyDriver(page, 'fresh-1-vault');
    await v.start('Start: Create a vault');
    await v.waitStep('Name the vault');
    await v.step.getByLabel('Vault name').fill('Fresh Treasury');
    await v.step.getByRole('button', { name: 'Use this name' }).click();
    await v.step.getByText('Recorded: “Fresh Treasury”').waitFor();
    await v.checkpoint('name');
    await v.next();
    await v.preflight();
    await v.checkIn();
    await v.reviewAndSend('Create the vault');
    await v.waitStep('Close');
    await v.step.getByTestId('created-vault').waitFor();
    await v.close();

    // The Main Group: Cobo lists nobody yet, so both custodians are entered by their TSS node IDs.
    const m = new CeremonyDriver(page, 'fresh-2-main-group');
    await m.start('Start: Set up a key share holder group');
    await m.chooseVault('Fresh Treasury');
    await m.waitStep('Design the group');
    expect(await m.step.getByRole('button', { name: /^Add .* \(/ }).count()).toBe(0);
    // Looking a typed ID up: Cobo does not list a phone that is in no group yet.
    await m.step.getByLabel('TSS node ID').fill(ids['Alice Moreau']!);
    await m.step.getByRole('button', { name: 'Look it up in Cobo' }).click();
    await m.step
      .getByTestId('node-id-lookup')
      .filter({ hasText: 'does not list this TSS node ID' })
      .waitFor();
    await m.step.getByLabel('TSS node ID').fill('');
    await m.completeGroupSetup(
      'Main Group',
      '2-3',
      [
        { name: 'Alice Moreau', id: ids['Alice Moreau']!, kind: 'Mobile' },
        { name: 'Bilal Haddad', id: ids['Bilal Haddad']!, kind: 'Mobile' },
      ],
      'Alice Moreau',
    );

    // KeyGen, with the custodians playing their part by hand.
    await holderPhones(page);
    await page.getByLabel(/Holders approve only when someone approves for them here/).check();
    const k = new CeremonyDriver(page, 'fresh-3-keygen');
    await k.start('Start: KeyGen');
    await k.chooseVault('Fresh Treasury');
    await k.waitStep('Main Group');
    await k.choose(k.step.getByRole('radio').first());
    await k.next();
    await k.preflight();
    await k.checkIn();
    await k.reviewAndSend();
    await k.waitStatus('PendingKeyHolderConfirmation');
    expect(await k.step.getByTestId('waiting-on').innerText()).toMatch(
      /to approve in Cobo Guard: Alice Moreau, Bilal Haddad/,
    );
    await actAs(page, ['Alice Moreau', 'Bilal Haddad'], 'Approve');
    await resume(k, 'KeyGen');
    await k.waitStatus('MPCProcessing');
    expect(await k.step.getByTestId('waiting-on').innerText()).toMatch(/to take part in Cobo Guard now/);
    await k.step
      .getByTestId('holder-actions')
      .filter({ hasText: 'approved; has not taken part yet' })
      .first()
      .waitFor();
    await k.checkpoint('status-mpc-processing');
    await actAs(page, ['Alice Moreau', 'Bilal Haddad'], 'Take part');
    await resume(k, 'KeyGen');
    await k.reachVerify();
    await k.verifyAndClose();
    await holderPhones(page);
    await page.getByLabel(/Holders approve only when someone approves for them here/).uncheck();

    // The Signing Group (the Server Signer) and the Recovery Group (Cobo's node, which the app lists,
    // and two phones: since October 2025 every Recovery Key holds Cobo's share).
    const s = new CeremonyDriver(page, 'fresh-4-signing-group');
    await s.setUpGroup(
      'Signing Group',
      '2-2',
      [{ name: 'Treasury Server Signer', id: ids['Treasury Server Signer']!, kind: 'API' }],
      'Treasury Server Signer',
      'Fresh Treasury',
    );
    const r = new CeremonyDriver(page, 'fresh-5-recovery-group');
    await r.setUpGroup(
      'Recovery Group',
      '2-3',
      ['Chen Wei', 'Dana Okafor'].map((n) => ({
        name: n,
        id: ids[n]!,
        kind: 'Mobile' as const,
      })),
      '',
      'Fresh Treasury',
    );

    // Both get key shares of the same root keys from the Main Group.
    for (const target of [/Signing Group · 2-of-2/, /Recovery Group · 2-of-3/]) {
      const g = new CeremonyDriver(
        page,
        `fresh-6-shares-${String(target).includes('Signing') ? 'signing' : 'recovery'}`,
      );
      await g.giveShares(target, 'Fresh Treasury');
      await g.verifyAndClose();
    }
  });
});
