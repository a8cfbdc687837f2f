/**
 * Where a real organisation starts, under Cobo's rules of today: a fresh sandbox organisation with no
 * vault and no groups, whose phones and Server Signer Cobo does not list yet. The officer creates the
 * vault, sets up the Main Key of a standard vault, 2/2, by typing the TSS node ID read from the Holder
 * phones screen (Cobo adds its own node), runs KeyGen with the custodian acting once in Cobo Guard
 * (Start Key Gen), then sets up a Signing Key and a Recovery Key with Cobo's share and a trusted third
 * party's (Third-Party Recovery), each node in one key only, and gives them shares, each holder's backup
 * confirmed. A lost phone is restored from backup (same TSS node ID, account frozen until an Admin
 * unfreezes it); a second loss, with no backup, is recovered through the Recovery Key with Cobo plus
 * one into a new Main Key, and the root keys stay the same.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  backToCeremony,
  CeremonyDriver,
  holderNodeId,
  nextFromClose,
  nextFromStanding,
  toCeremonyList,
} from './ceremony-driver';
import { ARTIFACTS, axeViolations, hostedApp, screenshot } from './harness';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { within } from '../helpers/patience';

const app = hostedApp(['--sandbox-auto-approve-ms', '200', '--sandbox-step-ms', '200']);

const card = (page: Page, name: string) => page.getByTestId('holder-card').filter({ hasText: name }).first();
const nodeId = (page: Page, name: string) => holderNodeId(page, name);

async function holderPhones(page: Page) {
  await page.getByRole('button', { name: 'Holder phones' }).click();
  await page.getByTestId('holder-card').first().waitFor();
}

const rootKeysOnScreen = async (page: Page) =>
  (await page.getByTestId('root-key').locator('.full-key').allInnerTexts()).map((t) => t.trim()).sort();

/** Plays each custodian in Cobo Guard: Start Key Gen, once, for the request waiting on them. */
async function startKeyGenAs(page: Page, names: string[]) {
  await holderPhones(page);
  for (const name of names) {
    const button = card(page, name).getByRole('button', { name: `Start Key Gen as ${name}` });
    await button.waitFor({ timeout: within(15_000) });
    await button.click();
    await button.waitFor({ state: 'detached', timeout: within(15_000) });
  }
}

describe('a fresh organisation', () => {
  it('runs today’s rules: standard keys from typed TSS node IDs, one act per custodian, backups, a phone restored from backup, a second loss recovered with Cobo plus one', async () => {
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

    // Every click from here on is counted (issue #29: the set-up costs clicks, and fewer is better).
    await page.evaluate(() => {
      const w = window as unknown as { kcClicks: number; kcClickLog: string[] };
      w.kcClicks = 0;
      w.kcClickLog = [];
      document.addEventListener(
        'click',
        (e) => {
          if (!e.isTrusted) return;
          w.kcClicks++;
          const t = e.target as HTMLElement;
          w.kcClickLog.push(
            `${document.querySelector('#step-title')?.textContent ?? '-'} | ${(t.closest('button,label,a')?.textContent ?? t.tagName).trim().slice(0, 60)}`,
          );
        },
        true,
      );
    });
    const clicks = () => page.evaluate(() => (window as unknown as { kcClicks: number }).kcClicks);

    // The vault. The officer gives their name once, on the first ceremony's profile step; from then on
    // the only profile starts each ceremony at once.
    const v = new CeremonyDriver(page, 'fresh-1-vault');
    await toCeremonyList(page);
    await page.getByRole('button', { name: 'Start: Create a vault', exact: true }).click();
    await page.getByLabel(/^Your name, as the security officer/).fill('Olga Officer');
    await page.getByRole('button', { name: 'Save my name' }).click();
    await page.getByTestId('officer-name').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Start the ceremony' }).click();
    await v.waitStep('Name the vault');
    await v.step.getByLabel('Vault name').fill('Fresh Treasury');
    await v.checkpoint('name');
    // The name is all this step asks for: recording it opens the pre-flight.
    await v.step.getByRole('button', { name: 'Use this name' }).click();
    await v.preflight();
    await v.checkIn();
    await v.reviewAndSend('Create the vault');
    await v.waitStep('Close');
    await v.step.getByTestId('created-vault').waitFor();
    await v.close();
    // Closed, the step says what the vault needs next (issue #29, item 14), in words axe accepts.
    await v.step.getByTestId('next-for-vault').waitFor();
    await v.checkpoint('next-for-vault');

    // The Main Key, as the close suggests. Cobo lists nobody yet, so the custodian is entered by her
    // TSS node ID.
    const m = new CeremonyDriver(page, 'fresh-2-main-group');
    await nextFromClose(page, 'Set up the Main Key');
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
    // A standard vault: the Main Key is 2/2, the only shape offered until the officer says the vault
    // is an advanced one (Cobo activates those on request).
    expect(await m.step.getByRole('radio', { name: /^Main Key/ }).isChecked()).toBe(true);
    expect(await m.step.getByLabel('Threshold of participants').locator('option').allInnerTexts()).toEqual([
      '2-of-2: Cobo plus one of your holders; all 2 approve',
    ]);
    await m.step.getByTestId('advanced-vault').waitFor();
    await m.completeGroupSetup(
      'Main Key',
      '2-2',
      [{ name: 'Alice Moreau', id: ids['Alice Moreau']!, kind: 'Mobile' }],
      // Her only holder: the designated signer is chosen as she is added.
      '',
    );

    // KeyGen, with the custodian playing her part by hand: one act, Start Key Gen.
    await holderPhones(page);
    await page
      .getByLabel(/Holders start a request only when someone taps Start Key Gen for them here/)
      .check();
    const k = new CeremonyDriver(page, 'fresh-3-keygen');
    await nextFromStanding(page, 'Fresh Treasury', 'Create the root keys: KeyGen');
    await k.waitStep('Main Key');
    await k.step.getByTestId('lone-choice').waitFor();
    await k.next();
    await k.preflight();
    await k.checkIn();
    await k.reviewAndSend();
    await k.waitStatus('PendingKeyHolderConfirmation');
    expect(await k.step.getByTestId('waiting-on').innerText()).toMatch(
      /Waiting for 1 holder to tap Start Key Gen in Cobo Guard \(Start in Portal Mobile\), once: Alice Moreau/,
    );
    await k.checkpoint('status-pending');
    await startKeyGenAs(page, ['Alice Moreau']);
    // Nothing more is asked of anyone: the request runs to its end while the app stays open.
    expect(await page.getByRole('button', { name: /^Start Key Gen as / }).count()).toBe(0);
    await backToCeremony(page);
    await k.step
      .getByTestId('holder-actions')
      .filter({ hasText: 'Alice Moreau tapped Start Key Gen' })
      .waitFor({ timeout: within(30_000) });
    await k.reachVerify();
    await k.checkpoint('status-success');
    await k.step.getByTestId('root-key').first().waitFor();
    const rootKeys = await rootKeysOnScreen(page);
    expect(rootKeys).toHaveLength(2);
    // Alice backs up her new key share (Cobo Guard: Back Up Now), and the officer confirms it.
    await k.verifyAndClose(['Alice Moreau']);
    const firstKeyGen = await clicks();
    await holderPhones(page);
    await page
      .getByLabel(/Holders start a request only when someone taps Start Key Gen for them here/)
      .uncheck();

    // The Recovery Key, as the close suggests: Cobo's share (the app lists Cobo's node), Chen's, and
    // Dana's as a trusted third party's (since October 2025 every Recovery Key holds Cobo's share).
    // Alice holds the Main Key, so she is not offered: one node, one key of a vault.
    const r = new CeremonyDriver(page, 'fresh-4-recovery-group');
    await nextFromStanding(page, 'Fresh Treasury', 'Set up a Recovery Key');
    await r.waitStep('Design the group');
    const aliceButton = r.step.getByRole('button', { name: /^Add Alice Moreau \(/ });
    expect(await aliceButton.isDisabled()).toBe(true);
    expect(await aliceButton.innerText()).toMatch(/holds this vault’s Main Key; one key per node/);
    await r.design(
      'Recovery Key',
      '2-3',
      [
        { name: 'Chen Wei', id: ids['Chen Wei']!, kind: 'Mobile' },
        { name: 'Dana Okafor', id: ids['Dana Okafor']!, kind: 'Mobile', thirdParty: true },
      ],
      '',
    );
    await r.preflight();
    await r.checkIn();
    await r.reviewAndSend('Create the group', async (step) => {
      expect(await step.getByTestId('review-words').innerText()).toMatch(
        /Dana Okafor \(trusted third party\).*Cobo’s node, listed in the request; Third-Party Recovery/,
      );
    });
    await r.waitStep('Close');
    await r.close();

    // Its key shares, of the same root keys, from the Main Key: the key and the source are the only
    // possible ones, and chosen.
    const gr = new CeremonyDriver(page, 'fresh-5-shares-recovery');
    await nextFromClose(page, 'Give the new Recovery Key its key shares');
    await gr.waitStep('Groups and source nodes');
    await gr.step.getByTestId('lone-source').waitFor();
    await gr.verdictOk();
    await gr.checkpoint('groups');
    await gr.next();
    await gr.preflight();
    await gr.checkIn();
    await gr.reviewAndSend();
    await gr.reachVerify();
    await gr.step.getByTestId('root-keys-unchanged').waitFor();
    await gr.verifyAndClose(['Chen Wei', 'Dana Okafor']);

    // The Signing Key (the Server Signer), from the list: nothing requires one, so no close suggests it.
    const s = new CeremonyDriver(page, 'fresh-6-signing-group');
    await s.setUpGroup(
      'Signing Key',
      '2-2',
      [{ name: 'Treasury Server Signer', id: ids['Treasury Server Signer']!, kind: 'API' }],
      '',
      'Fresh Treasury',
    );
    const gs = new CeremonyDriver(page, 'fresh-7-shares-signing');
    await nextFromClose(page, 'Give the new Signing Key its key shares');
    await gs.waitStep('Groups and source nodes');
    await gs.verdictOk();
    await gs.next();
    await gs.preflight();
    await gs.checkIn();
    await gs.reviewAndSend();
    await gs.reachVerify();
    await gs.step.getByTestId('root-keys-unchanged').waitFor();
    await gs.verifyAndClose(['Treasury Server Signer']);
    const wholeSetUp = await clicks();
    // Issue #29's budget: the first KeyGen of a fresh organisation in at most 45 clicks, the whole
    // set-up in at most 110, room checks one tick each (the Holder phones clicks that play the
    // custodians in this rehearsal counted too). Written where the benchmarks are, with every click.
    mkdirSync(path.join(ARTIFACTS, 'bench'), { recursive: true });
    writeFileSync(
      path.join(ARTIFACTS, 'bench', 'set-up-clicks.json'),
      `${JSON.stringify({ firstKeyGen, wholeSetUp, includesRehearsalPlay: true, log: await page.evaluate(() => (window as unknown as { kcClickLog: string[] }).kcClickLog) }, null, 2)}\n`,
    );
    expect(firstKeyGen).toBeLessThanOrEqual(45);
    expect(wholeSetUp).toBeLessThanOrEqual(110);
    // Every holder of the vault's keys confirmed a backup: the standing says nothing is missing.
    await toCeremonyList(page);
    const standing = page.getByTestId('vault-standing').filter({ hasText: /^Fresh Treasury:/ });
    await standing.filter({ hasText: /a Recovery Key/ }).waitFor();
    expect(await standing.innerText()).not.toMatch(/backup/);

    // Would the Recovery Key's recovery files work (issue #30)? Chen and Dana export theirs on Holder
    // phones, each with a password of their own; the command proves 2 of 3 against the root key this
    // app recorded at KeyGen, without assembling it.
    await holderPhones(page);
    const exported: string[] = [];
    for (const [name, password] of [
      ['Chen Wei', 'chen recovery pw'],
      ['Dana Okafor', 'dana recovery pw'],
    ] as const) {
      await card(page, name)
        .getByRole('button', { name: `Export ${name}’s recovery file…` })
        .click();
      await card(page, name)
        .getByLabel(/^Password for .* recovery file/)
        .fill(password);
      await card(page, name).getByRole('button', { name: 'Export the recovery file' }).click();
      const saved = card(page, name).getByTestId('recovery-export-saved');
      exported.push(/^Saved to (.+\.json)\./.exec(await saved.innerText())![1]!);
    }
    await screenshot(page, 'fresh-recovery-files-exported');
    expect(await axeViolations(page)).toEqual([]);
    const passwords = path.join(ARTIFACTS, 'recovery-passwords.txt');
    writeFileSync(passwords, 'chen recovery pw\ndana recovery pw\n');
    const drill = spawnSync(
      process.execPath,
      [
        'out/main/verify-recovery-kit.js',
        '--expect-root',
        rootKeys[0]!,
        '--passwords',
        passwords,
        ...exported,
      ],
      { encoding: 'utf8' },
    );
    expect(drill.stdout).toMatch(/2 of 3 shares proven; the root matches the vault’s recorded root key\./);
    expect(drill.status).toBe(0);

    // The same files in the app's recovery drill, on the record: Chen first mistypes his password.
    const rd = new CeremonyDriver(page, 'fresh-6a-recovery-drill');
    await rd.start('Start: Recovery drill');
    await rd.chooseVault('Fresh Treasury');
    await rd.waitStep('Key to drill');
    await rd.choose(rd.step.locator('label.choice', { hasText: /^Recovery Key/ }).getByRole('radio'));
    await rd.checkpoint('key');
    await rd.next();
    await rd.checkIn();
    await rd.waitStep('Recovery files');
    for (const [i, password] of ['chen wrong pw', 'chen recovery pw', 'dana recovery pw'].entries()) {
      await rd.step
        .getByLabel('The holder’s recovery file (.json)')
        .setInputFiles(exported[i === 2 ? 1 : 0]!);
      await rd.step.getByLabel('Its password, typed by the holder').fill(password);
      await rd.step.getByRole('button', { name: 'Check this file' }).click();
      await rd.step.getByTestId('drill-files').locator('li').nth(i).waitFor();
      expect(await rd.step.getByLabel('Its password, typed by the holder').inputValue()).toBe('');
    }
    const results = rd.step.getByTestId('drill-files').locator('li');
    expect(await results.nth(0).innerText()).toMatch(/^✗\s*Chen Wei .*The password does not open this file/);
    expect(await results.nth(1).innerText()).toMatch(
      /^✓\s*Chen Wei .*every check passed on SECP256K1 and ED25519/,
    );
    expect(await results.nth(2).innerText()).toMatch(/^✓\s*Dana Okafor/);
    await rd.checkpoint('files');
    await rd.step.getByRole('button', { name: 'Conclude the drill' }).click();
    await rd.waitStep('Close');
    expect(await rd.step.getByTestId('outcome').innerText()).toBe('Succeeded');
    await rd.close();
    await page.getByRole('button', { name: 'Recovery files' }).click();
    const verdicts = await rd.step.getByTestId('drill-verdicts').innerText();
    expect(verdicts).toMatch(
      /SECP256K1: 2 of 3 shares proven on \d+ \w+ \d{4}; the root matches the vault’s recorded root key\./,
    );
    expect(verdicts).toMatch(
      /ED25519: 2 of 3 shares proven on \d+ \w+ \d{4}; the root matches the vault’s recorded root key\./,
    );
    await rd.checkpoint('verdicts');

    // Alice loses her phone and restores the key share from her backup on the new one: the same TSS
    // node ID, no ceremony; her account is frozen until an Admin unfreezes it.
    await holderPhones(page);
    await card(page, 'Alice Moreau').getByRole('button', { name: 'Lose this phone…' }).click();
    await card(page, 'Alice Moreau')
      .getByRole('button', { name: 'Restore Alice Moreau’s key share from backup on a new phone' })
      .click();
    await card(page, 'Alice Moreau').getByTestId('restored-meaning').waitFor();
    expect(await nodeId(page, 'Alice Moreau')).toBe(ids['Alice Moreau']);
    await toCeremonyList(page);
    await standing.filter({ hasText: /Main Key Valid/ }).waitFor();
    expect(await standing.innerText()).not.toMatch(/lost phone/);
    await holderPhones(page);
    await card(page, 'Alice Moreau')
      .getByRole('button', { name: /^Unfreeze Alice Moreau’s account/ })
      .click();
    await card(page, 'Alice Moreau').getByTestId('restored-meaning').waitFor({ state: 'detached' });

    // A second loss, with no backup: the way back is a Recovery through the Recovery Key, Cobo plus one.
    await card(page, 'Alice Moreau').getByRole('button', { name: 'Lose this phone…' }).click();
    await card(page, 'Alice Moreau')
      .getByRole('button', { name: /^Lose Alice Moreau’s phone, with no backup/ })
      .click();
    const newPhone = page
      .getByTestId('holder-card')
      .filter({ has: page.locator('.tag', { hasText: /^New phone$/ }) });
    await newPhone.waitFor();
    const newPhoneId = await holderNodeId(page, newPhone);
    const rec = new CeremonyDriver(page, 'fresh-7-recovery');
    await rec.start('Start: Recovery');
    await rec.chooseVault('Fresh Treasury');
    await rec.waitStep('Who lost what');
    await rec.step.getByTestId('restore-first').waitFor();
    await rec.choose(rec.step.getByRole('radio', { name: /Alice Moreau/ }));
    await rec.step.getByRole('button', { name: 'Set up the new Main Key' }).click();
    const nm = new CeremonyDriver(page, 'fresh-7a-new-main-key');
    await nm.design(
      'Main Key',
      '2-2',
      [{ name: 'Alice Moreau', id: newPhoneId, kind: 'Mobile' }],
      'Alice Moreau',
    );
    await nm.preflight();
    await nm.checkIn();
    await nm.reviewAndSend('Create the group');
    await nm.waitStep('Close');
    await nm.step.getByRole('button', { name: 'Close and return to the Recovery' }).click();
    await rec.waitStep('New Main Key and Recovery Key');
    await rec.choose(rec.step.locator('label.choice', { hasText: /Main Key · 2-of-2/ }).getByRole('radio'));
    await rec.choose(rec.step.locator('label.choice', { hasText: /^Recovery Key ·/ }).getByRole('radio'));
    await rec.verdictOk();
    await rec.next();
    await rec.preflight();
    await rec.checkIn();
    await rec.reviewAndSend('Send the TSS request', async (step) => {
      // The source: Cobo's node plus one of the Recovery Key's holders.
      const body = JSON.parse(await step.getByTestId('review-body').innerText()) as {
        source_key_share_holder_group: { tss_node_ids: string[] };
      };
      expect(body.source_key_share_holder_group.tss_node_ids).toHaveLength(2);
    });
    await rec.reachVerify();
    await rec.step.getByTestId('root-keys-unchanged').waitFor();
    expect(await rootKeysOnScreen(page)).toEqual(rootKeys);
    await rec.verifyAndClose(['Alice Moreau']);
  });
});
