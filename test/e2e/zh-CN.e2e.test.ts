/**
 * The app in Simplified Chinese (issue #32): a browser whose system language is zh-CN, so the screens
 * follow it at first start; every screen of the menu, of story 1 (a key share holder group set up),
 * the KeyGen, a KeyGenFromKeyGroup, a key's deletion, a recovery drill with its files exported on
 * Holder phones, a lost phone and its Recovery (both ways back compared), a Signing Key's upgrade, a
 * vault's creation, a phone restored from backup, the run sheet and every report, each with a screenshot, axe at 0, and a scan of the
 * rendered text for English beyond what stays as it is (the do-not-translate list, and Cobo's data:
 * the vault's and the holders' names, ids, the witness's name as it was typed).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { zhCN } from '../../common/i18n/messages/zh-CN';
import { translator } from '../../common/i18n/translate';
import { CeremonyDriver, holderNodeId, toCeremonyList } from './ceremony-driver';
import { englishOnScreen } from './english-scan';
import { axeViolations, hostedApp, screenshot } from './harness';

const t = translator('zh-CN', zhCN);
const app = hostedApp(['--sandbox-auto-approve-ms', '250', '--sandbox-step-ms', '250'], undefined, {
  locale: 'zh-CN',
});

/** Cobo's data and the officer's own words, which no catalogue translates. */
let kept: string[] = ['Wendy Witness'];

/** The screen as it is: a screenshot, axe, and no English left on it. */
async function looked(name: string): Promise<void> {
  const page = app.session.page;
  await page.waitForTimeout(50);
  await screenshot(page, `zh-CN-${name}`);
  expect(await axeViolations(page), name).toEqual([]);
  expect(await englishOnScreen(page, kept), name).toEqual([]);
}

/** A holder's TSS node ID, as the sandbox (Cobo's side) knows it. */
async function idOf(name: string): Promise<string> {
  const { holders } = (await app.host.control('GET', '/state')).body as {
    holders: Array<{ name: string; tss_node_id: string }>;
  };
  return holders.find((h) => h.name === name)!.tss_node_id;
}

/** The ceremony driver, in Chinese, looking at each step as it goes. */
class ChineseDriver extends CeremonyDriver {
  override async checkpoint(label: string): Promise<void> {
    await looked(`${this.name}-${label}`);
  }
}

beforeAll(async () => {
  const state = (await app.host.control('GET', '/state')).body as { holders: Array<{ name: string }> };
  // The sandbox's seeded vault, named as Cobo would list it.
  kept = [...kept, ...state.holders.map((h) => h.name), 'Rehearsal Treasury'];
});

describe('the app in Simplified Chinese', () => {
  it('follows the system at first start: every screen of the menu speaks Chinese', async () => {
    const page = app.session.page;
    await page.getByRole('navigation', { name: t('nav.label') }).waitFor();
    expect(await page.evaluate(() => navigator.language)).toBe('zh-CN');
    for (const [key, name] of [
      ['nav.ceremonies', 'ceremonies'],
      ['nav.profiles', 'profiles'],
      ['nav.history', 'history'],
      ['nav.verify', 'verify'],
      ['nav.holders', 'holders'],
      ['nav.about', 'about'],
    ] as const) {
      await page.getByRole('button', { name: t(key), exact: true }).click();
      await page.locator('main h2').first().waitFor();
      await looked(name);
    }
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  });

  it('story 1: sets up a Signing Key, in Chinese, its run sheet too', async () => {
    const d = new ChineseDriver(app.session.page, 'story-1', t);
    const emeka = await idOf('Emeka Nwosu');
    await d.start(d.startLabel('words.kind.groupSetup.shortTitle'));
    await d.chooseVault();
    await d.design(
      t('prepare.design.signingKey'),
      '2-2',
      [{ name: 'Emeka Nwosu', id: emeka, kind: 'Mobile' }],
      'Emeka Nwosu',
    );
    await d.preflight();
    await d.checkIn();
    // The script, as it prints, in the screens' language.
    const page = app.session.page;
    await page.getByRole('button', { name: t('ceremonies.sheet.open') }).click();
    await page.getByTestId('run-sheet').getByTestId('script-hash').waitFor();
    await looked('story-1-run-sheet');
    await page.getByRole('button', { name: t('ceremonies.sheet.back') }).click();
    await d.reviewAndSend(t('run.review.send.groupSetup'));
    await d.waitStep(t('ceremonies.step.close.title'));
    await d.close();
    await looked('story-1-closed');
  });

  it('story 2: KeyGen, from its groups to the root keys compared, in Chinese', async () => {
    const d = new ChineseDriver(app.session.page, 'story-2', t);
    await d.start(d.startLabel('words.kind.keyGen.shortTitle'));
    await d.chooseVault();
    await d.waitStep(t('ceremonies.step.keyGenGroups.title'));
    await d.choose(d.step.getByRole('radio').first());
    await d.checkpoint('groups');
    await d.next();
    await d.preflight();
    await d.checkIn();
    await d.reviewAndSend();
    await d.waitStep(t('ceremonies.step.status.title'));
    await d.waitStatus('PendingKeyHolderConfirmation');
    await d.checkpoint('status-pending');
    await d.waitStatus('Success');
    await d.checkpoint('status-success');
    await d.verifyAndClose();
    await looked('story-2-closed');
  });

  it('story 3: KeyGenFromKeyGroup gives the Signing Key its shares, in Chinese', async () => {
    const d = new ChineseDriver(app.session.page, 'story-3', t);
    await d.giveShares(new RegExp(`^${t('words.key.signing')} · `));
    await d.verifyAndClose();
    await looked('story-3-closed');
  });

  it('story 4: deletes the Signing Key, in Chinese, its name typed to confirm', async () => {
    const d = new ChineseDriver(app.session.page, 'story-4', t);
    await d.start(d.startLabel('words.kind.groupRetirement.shortTitle'));
    await d.chooseVault();
    await d.waitStep(t('ceremonies.step.retire.title'));
    const signing = new RegExp(`${t('words.key.signing')} · `);
    await d.choose(d.step.locator('label.choice', { hasText: signing }).first().getByRole('radio'));
    // The last active Signing Key: deleting it without a new one first is confirmed on its own.
    const [without] = t('prepare.retire.withoutReplacement').split('：');
    await d.choose(d.step.getByRole('checkbox', { name: new RegExp(`^${without}`) }));
    // Its name, as the step gives it to type (the same in every language: it is what main compares).
    const [before, after] = t('prepare.retire.typeName', { name: '\u0000' }).split('\u0000');
    const asked = await d.step
      .getByText(before ?? '')
      .first()
      .innerText();
    const name = asked.slice((before ?? '').length, asked.length - (after ?? '').length);
    // A code to type, the same in every language (main compares it), so it is let through like an id.
    kept = [...kept, name];
    await d.step.getByLabel(asked).fill(name);
    await d.step.getByRole('button', { name: t('prepare.retire.confirm') }).click();
    await d.verdictOk();
    await d.checkpoint('retire');
    await d.next();
    await d.preflight();
    await d.checkIn();
    await d.reviewAndSend(t('run.review.send.groupRetirement'));
    await d.waitStep(t('ceremonies.step.close.title'));
    expect(await d.step.getByTestId('outcome').innerText()).toBe(t('run.close.outcome.success'));
    await d.close();
    await looked('story-4-closed');
  });

  it('story 5: a drill of the Recovery Key’s recovery files, exported on Holder phones, in Chinese', async () => {
    const page = app.session.page;
    // The Recovery Key gets its key shares first.
    const give = new ChineseDriver(page, 'story-5-shares', t);
    await give.giveShares(new RegExp(`${t('words.key.recovery')} · `));
    await give.verifyAndClose();
    // Chen and Dana export theirs, each with a password of their own.
    await page.getByRole('button', { name: t('nav.holders'), exact: true }).click();
    const exported: string[] = [];
    for (const [name, password] of [
      ['Chen Wei', 'chen recovery pw'],
      ['Dana Okafor', 'dana recovery pw'],
    ] as const) {
      const card = page.getByTestId('holder-card').filter({ hasText: name }).first();
      await card.getByRole('button', { name: t('prepare.export.open', { name }) }).click();
      await card.getByLabel(t('prepare.export.password', { name })).fill(password);
      await card.getByRole('button', { name: t('prepare.export.submit') }).click();
      exported.push(/(\/\S+?\.json)/.exec(await card.getByTestId('recovery-export-saved').innerText())![1]!);
    }
    await looked('story-5-exported');
    // The drill: Chen first mistypes his password, which is refused in Chinese.
    const d = new ChineseDriver(page, 'story-5-drill', t);
    await d.start(d.startLabel('words.kind.recoveryDrill.shortTitle'));
    await d.chooseVault();
    await d.waitStep(t('ceremonies.step.drillKey.title'));
    const recovery = d.step.locator('label.choice', { hasText: new RegExp(t('words.key.recovery')) });
    await d.choose(recovery.first().getByRole('radio'));
    await d.checkpoint('key');
    await d.next();
    await d.checkIn();
    await d.waitStep(t('ceremonies.step.drill.title'));
    for (const [i, password] of ['chen wrong pw', 'chen recovery pw', 'dana recovery pw'].entries()) {
      await d.step.getByLabel(t('prepare.drill.file')).setInputFiles(exported[i === 2 ? 1 : 0]!);
      await d.step.getByLabel(t('prepare.drill.password')).fill(password);
      await d.step.getByRole('button', { name: t('prepare.drill.check') }).click();
      await d.step.getByTestId('drill-files').locator('li').nth(i).waitFor();
    }
    expect(await d.step.getByTestId('drill-files').locator('li').first().innerText()).toContain(
      t('checks.file.passwordWrong'),
    );
    await d.checkpoint('files');
    await d.step.getByRole('button', { name: t('prepare.drill.conclude') }).click();
    await d.waitStep(t('ceremonies.step.close.title'));
    await d.close();
    await looked('story-5-closed');
  });

  it('story 6: after a lost phone, the ways back compared and the Recovery run, in Chinese', async () => {
    const page = app.session.page;
    // Emeka's Signing Key (story 1) gets its shares first, so both ways back are offered.
    const shares = new ChineseDriver(page, 'story-6-signing-shares', t);
    await shares.giveShares(/Emeka Nwosu/);
    await shares.verifyAndClose();

    // Alice's phone is lost: Holder phones plays Cobo Guard set up on a new phone.
    await page.getByRole('button', { name: t('nav.holders'), exact: true }).click();
    const alice = page.getByTestId('holder-card').filter({ hasText: 'Alice Moreau' }).first();
    await alice.getByRole('button', { name: t('holders.losePhone') }).click();
    await alice.getByRole('button', { name: t('holders.lose.confirm', { name: 'Alice Moreau' }) }).click();
    await alice.getByTestId('lost-phone-meaning').waitFor();
    const newPhone = page
      .getByTestId('holder-card')
      .filter({ has: page.locator('.tag', { hasText: new RegExp(`^${t('holders.newPhone')}$`) }) });
    await newPhone.waitFor();
    await looked('story-6-phone-lost');
    const newPhoneId = await holderNodeId(page, newPhone);

    // The vault's standing says so on the Ceremonies screen.
    await toCeremonyList(page, t);
    await page.getByTestId('vault-standing').first().waitFor();
    await looked('story-6-standing');

    // The Recovery: who lost what, the ways back, then the new Main Key set up from it.
    const d = new ChineseDriver(page, 'story-6-recovery', t);
    await d.start(d.startLabel('words.kind.recovery.shortTitle'));
    await d.chooseVault();
    await d.waitStep(t('ceremonies.step.lostHolder.title'));
    await d.choose(d.step.getByRole('radio', { name: /Alice Moreau/ }));
    await d.step.getByTestId('ways-back').waitFor();
    await d.step.getByTestId('recovery-explanation').waitFor();
    await d.checkpoint('lost-holder');
    await d.step.getByRole('button', { name: t('prepare.lost.upgradeInstead') }).click();
    await d.step.getByRole('button', { name: t('prepare.lost.upgradeConfirm') }).waitFor();
    await d.checkpoint('upgrade-instead');
    await d.step.getByRole('button', { name: t('prepare.lost.keep') }).click();
    // Not this time: the Recovery goes on, by a new Main Key.
    await d.step.getByRole('button', { name: t('ceremonies.newMainKey') }).click();
    const main = new ChineseDriver(page, 'story-6-new-main', t);
    await main.waitStep(t('ceremonies.step.design.title'));
    await main.design(
      t('prepare.design.mainKey'),
      '2-2',
      [{ name: 'Alice Moreau', id: newPhoneId, kind: 'Mobile' }],
      'Alice Moreau',
    );
    await main.preflight();
    await main.checkIn();
    await main.reviewAndSend(t('run.review.send.groupSetup'));
    await main.waitStep(t('ceremonies.step.close.title'));
    await main.step.getByTestId('returns-to-recovery').waitFor();
    await main.checkpoint('close');
    await main.step.getByRole('button', { name: t('run.close.closeAndReturn') }).click();

    await d.waitStep(t('ceremonies.step.recoveryGroups.title'));
    const mainKey = new RegExp(`^${t('words.key.main')} · `);
    await d.choose(d.step.locator('label.choice', { hasText: mainKey }).getByRole('radio'));
    await d.choose(
      d.step
        .locator('label.choice', { hasText: new RegExp(`^${t('words.key.recovery')} ·`) })
        .getByRole('radio'),
    );
    await d.verdictOk();
    await d.checkpoint('groups');
    await d.next();
    await d.preflight();
    await d.checkIn();
    await d.reviewAndSend();
    await d.reachVerify();
    await d.step.getByTestId('root-keys-unchanged').waitFor();
    await d.verifyAndClose();
    await looked('story-6-closed');
  });

  it('story 7: upgrades the Signing Key to the Main Key, invalidating the old one, in Chinese', async () => {
    const u = new ChineseDriver(app.session.page, 'story-7-upgrade', t);
    await u.start(u.startLabel('words.kind.groupUpgrade.shortTitle'));
    await u.chooseVault();
    await u.waitStep(t('ceremonies.step.upgrade.title'));
    await u.choose(
      u.step
        .locator('label.choice', { hasText: /Emeka Nwosu/ })
        .first()
        .getByRole('radio'),
    );
    // The handling's name, as the radio's label begins with it (the message's <b> part).
    const invalidate = /<b>(.+?)<\/b>/.exec(zhCN['prepare.upgrade.invalidate'])![1]!;
    await u.choose(u.step.getByRole('radio', { name: new RegExp(`^${invalidate}`) }));
    await u.verdictOk();
    await u.checkpoint('upgrade');
    await u.next();
    await u.preflight();
    await u.checkIn();
    await u.reviewAndSend(t('run.review.send.groupUpgrade'));
    await u.reachVerify();
    await u.step.getByTestId('root-keys-unchanged').waitFor();
    await u.verifyAndClose();
    await looked('story-7-closed');
  });

  it('story 8: creates a vault, in Chinese, and says what it needs next', async () => {
    const page = app.session.page;
    // The vault's name is the officer's own words: it stays as typed.
    kept = [...kept, 'Lotus Treasury'];
    const v = new ChineseDriver(page, 'story-8-vault', t);
    await v.start(v.startLabel('words.kind.vaultSetup.shortTitle'));
    await v.waitStep(t('ceremonies.step.newVault.title'));
    await v.step.getByLabel(t('prepare.newVault.name')).fill('Lotus Treasury');
    await v.checkpoint('name');
    await v.step.getByRole('button', { name: t('prepare.newVault.use') }).click();
    await v.preflight();
    await v.checkIn();
    await v.reviewAndSend(t('run.review.send.vaultSetup'));
    await v.waitStep(t('ceremonies.step.close.title'));
    await v.step.getByTestId('created-vault').waitFor();
    await v.close();
    await v.step.getByTestId('next-for-vault').waitFor();
    await looked('story-8-next-for-vault');
  });

  it('story 9: a phone restored from backup, the account frozen until an Admin unfreezes it, in Chinese', async () => {
    const page = app.session.page;
    await page.getByRole('button', { name: t('nav.holders'), exact: true }).click();
    const emeka = page.getByTestId('holder-card').filter({ hasText: 'Emeka Nwosu' }).first();
    const before = await holderNodeId(page, emeka);
    await emeka.getByRole('button', { name: t('holders.losePhone') }).click();
    await emeka.getByRole('button', { name: t('holders.lose.restore', { name: 'Emeka Nwosu' }) }).click();
    await emeka.getByTestId('restored-meaning').waitFor();
    // The same TSS node ID: no ceremony is needed.
    expect(await holderNodeId(page, emeka)).toBe(before);
    await looked('story-9-restored');
    await toCeremonyList(page, t);
    await page.getByTestId('vault-standing').first().waitFor();
    await looked('story-9-standing');
    await page.getByRole('button', { name: t('nav.holders'), exact: true }).click();
    await emeka
      .getByRole('button', { name: t('holders.restored.unfreeze', { name: 'Emeka Nwosu' }) })
      .click();
    await emeka.getByTestId('restored-meaning').waitFor({ state: 'detached' });
    await looked('story-9-unfrozen');
  });

  it('the report of each, in Chinese', async () => {
    const page = app.session.page;
    await page.getByRole('button', { name: t('nav.history'), exact: true }).click();
    const rows = page.getByTestId('history-item');
    await rows.first().waitFor();
    // Stories 1 to 8: eleven ceremonies, each with its report.
    expect(await rows.count()).toBe(11);
    for (let i = 0; i < 11; i++) {
      await rows
        .nth(i)
        .getByRole('button', { name: t('history.row.report') })
        .click();
      await page.getByTestId('report').waitFor();
      await looked(`report-${i + 1}`);
      await page.getByRole('button', { name: t('history.report.back') }).click();
    }
    await toCeremonyList(page, t);
  });
});
