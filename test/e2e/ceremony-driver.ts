/**
 * Drives a ceremony through the page as an officer would: by labels and button names, with a
 * screenshot and an accessibility check at every step.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeViolations, screenshot } from './harness';
import { within } from '../helpers/patience';
import { EN, type Translate } from '../../common/i18n/translate';

/** A text as a regular expression that matches it literally. */
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A holder's TSS node ID as the Holder phones screen shows it (the screen must be open). */
export async function holderNodeId(page: Page, holder: Locator | string): Promise<string> {
  const card =
    typeof holder === 'string' ? page.getByTestId('holder-card').filter({ hasText: holder }).first() : holder;
  return (await card.getByTestId('holder-node-id').locator('[data-id]').getAttribute('data-id'))!;
}

/** The list of ceremonies, whether or not a ceremony is open on the Ceremonies screen. */
export async function toCeremonyList(page: Page, t: Translate = EN): Promise<void> {
  await page.getByRole('button', { name: t('nav.ceremonies'), exact: true }).click();
  const back = page.getByRole('button', { name: t('ceremonies.head.back') });
  const list = page.getByRole('list', { name: t('ceremonies.list.startLabel') });
  await back.or(list).first().waitFor();
  if (await back.isVisible()) await back.click();
  await list.waitFor();
}

/**
 * Opens an open ceremony from the list (of the given kind, else the first). The sidebar's Ceremonies
 * entry returns to the ceremony open there, so the list is one step further: "← All ceremonies".
 */
export async function resumeFromList(page: Page, kind?: string): Promise<void> {
  await toCeremonyList(page);
  const open = page.getByTestId('open-ceremony');
  await (kind ? open.filter({ hasText: kind }) : open)
    .first()
    .getByRole('button', { name: 'Resume' })
    .click();
}

/** Back from another screen to the ceremony open on the Ceremonies screen, by the sidebar. */
export async function backToCeremony(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Ceremonies', exact: true }).click();
  await page.locator('#step-title').waitFor();
}

/** After a close, the ceremony the vault needs next, started from the close's own suggestion. */
export async function nextFromClose(page: Page, label: string): Promise<void> {
  await page
    .getByTestId('next-for-vault')
    .getByRole('button', { name: new RegExp(`^${label}`) })
    .click({ timeout: within(15_000) });
}

/** From the Ceremonies list, the ceremony a vault needs next, started from its standing's button. */
export async function nextFromStanding(page: Page, vault: string, label: string): Promise<void> {
  await toCeremonyList(page);
  await page
    .getByTestId('vault-standing')
    .filter({ hasText: new RegExp(`^${vault}:`) })
    .getByRole('button', { name: new RegExp(`^${label}`) })
    .click({ timeout: within(15_000) });
}

/** A holder Cobo already lists (by name), or one entered by TSS node ID. */
export type HolderChoice =
  | string
  | { name: string; id: string; kind: 'Mobile' | 'API'; /** Third-Party Recovery */ thirdParty?: true };

export class CeremonyDriver {
  private shot = 0;
  /** `t`: the language the screens speak, whose words name the buttons and steps the driver looks for. */
  constructor(
    readonly page: Page,
    readonly name: string,
    readonly t: Translate = EN,
  ) {}

  /** The button on the list that starts a kind of ceremony, by the kind's short title. */
  startLabel(kind: Parameters<Translate>[0]): string {
    return this.t('ceremonies.list.start', { kind: this.t(kind) });
  }

  /** A step's title as the screens show it. */
  private title(key: Parameters<Translate>[0]): string {
    return this.t(key);
  }

  get step(): Locator {
    return this.page.locator('section.step');
  }

  /** Screenshot and axe for the step on screen. */
  async checkpoint(label: string): Promise<void> {
    await this.page.waitForTimeout(50);
    await screenshot(this.page, `${this.name}-${String(++this.shot).padStart(2, '0')}-${label}`);
    const violations = await axeViolations(this.page);
    expect(violations, `${label}: ${JSON.stringify(violations)}`).toEqual([]);
  }

  /** Clicks a radio or checkbox whose state main owns, and waits until main's answer shows it checked. */
  async choose(control: Locator): Promise<void> {
    // Already chosen (the only possible answer is chosen for the officer): nothing to click.
    if (await control.isChecked({ timeout: 1_000 }).catch(() => false)) return;
    await control.click();
    const until = Date.now() + within(10_000);
    // Done when main's answer shows it checked, or the step moved on (the control is gone).
    while ((await control.count()) > 0 && !(await control.isChecked({ timeout: 1_000 }).catch(() => false))) {
      if (Date.now() > until) throw new Error('the choice was not taken');
      await this.page.waitForTimeout(25);
    }
  }

  /** The step's Continue button, once the step is complete. */
  async next(): Promise<void> {
    const [before] = this.t('ceremonies.continueTo', { step: '\u0000' }).split('\u0000');
    await this.page.getByRole('button', { name: new RegExp(`^${literally(before ?? '')}`) }).click();
  }

  async waitStep(title: string): Promise<void> {
    await this.page.locator('#step-title', { hasText: title }).waitFor({ timeout: within(15_000) });
  }

  /**
   * Starts a ceremony of this kind. The profile step asks for the profile, unless the only profile that
   * can sign, its officer named, starts the ceremony at once (issue #29, item 14). The first-run
   * profile is named in the host's system language, which the screens' may not be (the pseudo-locale).
   */
  async start(
    kindButton: string,
    profile = [this.t('profiles.firstRun.name'), EN('profiles.firstRun.name')],
  ): Promise<void> {
    await toCeremonyList(this.page, this.t);
    await this.page.getByRole('button', { name: kindButton, exact: true }).click();
    const startButton = this.page.getByRole('button', { name: this.t('prepare.profile.start') });
    const started = this.page.getByRole('navigation', { name: this.t('ceremonies.rail.label') });
    // The step reads the profiles afresh, then either says it starts by itself or waits for the officer.
    const settled = this.page.locator('[data-testid="profile-step"][aria-busy="false"]');
    await settled
      .or(started)
      .first()
      .waitFor({ timeout: within(15_000) });
    // In this order: a step seen saying so, or (looked at after it) the ceremony already open.
    if ((await this.page.getByTestId('starts-itself').isVisible()) || (await started.isVisible())) {
      await started.waitFor({ timeout: within(15_000) });
      return;
    }
    const names = (Array.isArray(profile) ? profile : [profile]).map(literally);
    await this.page.getByRole('radio', { name: new RegExp(names.join('|')) }).check();
    await this.checkpoint('profile');
    await startButton.click();
  }

  async chooseVault(name = 'Rehearsal Treasury'): Promise<void> {
    await this.waitStep(this.title('ceremonies.step.vault.title'));
    await this.checkpoint('vault');
    await this.choose(this.step.getByRole('radio', { name: new RegExp(name) }));
    await this.next();
  }

  async preflight(): Promise<void> {
    await this.waitStep(this.title('ceremonies.step.preflight.title'));
    for (const box of await this.step.getByRole('checkbox').all()) await this.choose(box);
    await this.checkpoint('preflight');
    // The checks passing, with every room check ticked, finish the step: on to the check-in.
    await this.step.getByRole('button', { name: new RegExp(literally(this.t('run.preflight.run'))) }).click();
    await this.waitStep(this.title('ceremonies.step.checkin.title'));
  }

  async checkIn(witness = 'Wendy Witness'): Promise<void> {
    await this.waitStep(this.title('ceremonies.step.checkin.title'));
    const [before, after] = this.t('run.checkin.confirm', { name: '\u0000' }).split('\u0000');
    await this.page.waitForTimeout(200);
    // Each confirmation goes through main; the list re-renders in between, so look again each time.
    const deadline = Date.now() + within(30_000);
    for (;;) {
      const confirm = this.step
        .getByRole('button', { name: new RegExp(`^${literally(before ?? '')}.*${literally(after ?? '')}$`) })
        .first();
      if (!(await confirm.count())) break;
      if (Date.now() > deadline) throw new Error('custodians could not be checked in');
      await confirm.click({ timeout: 2_000 }).catch(() => undefined);
      await this.page.waitForTimeout(60);
    }
    await this.step.getByLabel(this.t('run.checkin.witnesses')).fill(witness);
    await this.checkpoint('checkin');
    // The last thing the check-in asks for: saving the witnesses finishes it.
    await this.step.getByRole('button', { name: this.t('run.checkin.save') }).click();
    // On to the next step: the review, or a drill's recovery files.
    await this.page
      .locator('#step-title')
      .filter({ hasNotText: this.title('ceremonies.step.checkin.title') })
      .waitFor({ timeout: within(15_000) });
  }

  /** Prepares the review, lets the test read it (`read`), then sends. */
  async reviewAndSend(
    sendButton = this.t('run.review.send.request'),
    read?: (step: Locator) => Promise<void>,
  ): Promise<void> {
    await this.waitStep(this.title('ceremonies.step.review.title'));
    // Prepared as the step opens: nothing to click.
    await this.step.getByTestId('review-body').waitFor();
    await this.checkpoint('review');
    await read?.(this.step);
    await this.step.getByRole('button', { name: sendButton }).click();
  }

  /** Waits for the live status to show `status` in the timeline. */
  async waitStatus(status: string): Promise<void> {
    await this.page
      .locator(`[data-testid="timeline"] [data-status="${status}"]`)
      .waitFor({ timeout: within(20_000) });
  }

  /**
   * On to Verify root keys: straight there for a ceremony with no request to follow; from the live
   * status, once the request has ended, by the officer's own click.
   */
  async reachVerify(): Promise<void> {
    const verifyTitle = this.title('ceremonies.step.verify.title');
    const verify = this.page.locator('#step-title', { hasText: verifyTitle });
    const onward = this.page.getByRole('button', {
      name: this.t('ceremonies.continueTo', { step: verifyTitle }),
    });
    await verify
      .or(onward)
      .first()
      .waitFor({ timeout: within(30_000) });
    if (await onward.isVisible()) {
      await onward.click();
      await verify.waitFor();
    }
  }

  /** Verifies the root keys, confirms the backups of the holders named in `backups`, and closes. */
  async verifyAndClose(backups: string[] = []): Promise<void> {
    await this.reachVerify();
    await this.step.getByTestId('root-key').first().waitFor();
    await this.checkpoint('verify');
    await this.step.getByRole('button', { name: this.t('run.verify.compare') }).click();
    // Recorded, the comparison finishes the step: the Close opens, its heading focused.
    await expect
      .poll(() => this.page.evaluate(() => document.activeElement?.id), { timeout: within(5_000) })
      .toBe('step-title');
    await this.waitStep(this.title('ceremonies.step.close.title'));
    for (const name of backups) {
      await this.step.getByRole('button', { name: this.t('history.backups.confirm', { name }) }).click();
      await this.step
        .getByTestId('backup-holder')
        .filter({ hasText: name })
        .getByText(new RegExp(`^${literally(this.t('history.backups.confirmed', { date: '' }).trim())}`))
        .waitFor();
    }
    await this.close();
  }

  async close(): Promise<void> {
    await this.waitStep(this.title('ceremonies.step.close.title'));
    await this.checkpoint('close');
    await this.step.getByRole('button', { name: this.t('run.close.close') }).click();
    await this.step.getByText(this.t('run.close.closed')).waitFor();
  }

  /** Records an exception against the open step's script number, as the officer types it; that number. */
  async recordException(
    expected: string,
    happened: string,
    decided: string,
    agreed: string,
  ): Promise<string> {
    const tools = this.step.getByTestId('script-tools');
    const [before] = this.t('run.script.step', { step: '\u0000', version: 0 }).split('\u0000');
    const stepNo = new RegExp(`${literally(before ?? '')}(\\d+)`).exec(await tools.innerText())![1]!;
    await tools.getByRole('button', { name: this.t('run.script.recordAgainst', { step: stepNo }) }).click();
    await tools.getByLabel(this.t('run.script.expected')).fill(expected);
    await tools.getByLabel(this.t('run.script.happened')).fill(happened);
    await tools.getByLabel(this.t('run.script.decided')).fill(decided);
    await tools.getByLabel(this.t('run.script.agreed')).fill(agreed);
    await tools.getByRole('button', { name: this.t('run.script.record') }).click();
    await tools.getByTestId('step-exceptions').filter({ hasText: happened }).waitFor();
    return stepNo;
  }

  /** Designs a group: type, size, holders (picked from Cobo's list, or typed by TSS node ID) and the signer. */
  async design(type: string, shape: string, holders: HolderChoice[], signer: string): Promise<void> {
    await this.waitStep(this.title('ceremonies.step.design.title'));
    await this.choose(
      // The pseudo-locale opens each message with a bracket.
      this.step.getByRole('radio', { name: new RegExp(`^(\\[\\s*)?${literally(type)}`) }),
    );
    await this.step.getByLabel(this.t('prepare.design.threshold')).selectOption(shape);
    await this.step.locator(`select:has(option[value="${shape}"]:checked)`).waitFor();
    for (const h of holders) {
      const name = typeof h === 'string' ? h : h.name;
      if (typeof h === 'string') {
        const [add] = this.t('prepare.design.add', { name: h, type: '\u0000' }).split('\u0000');
        await this.step.getByRole('button', { name: new RegExp(`^${literally(add ?? '')}`) }).click();
      } else {
        await this.step.getByLabel(this.t('run.holderEntry.name')).fill(h.name);
        await this.step.getByLabel(this.t('run.holderEntry.kind')).selectOption(h.kind);
        await this.step.getByLabel(this.t('run.holderEntry.nodeId')).fill(h.id);
        await this.step
          .getByTestId('node-id-reading')
          .filter({ hasText: this.t('run.holderEntry.readBack') })
          .waitFor();
        await this.step.getByRole('button', { name: this.t('run.holderEntry.add') }).click();
      }
      await this.step.getByTestId('design-holder').filter({ hasText: name }).waitFor();
      if (typeof h !== 'string' && h.thirdParty)
        await this.choose(
          this.step.getByTestId('design-holder').filter({ hasText: name }).getByRole('checkbox'),
        );
    }
    if (signer)
      await this.choose(
        this.step.getByTestId('design-holder').filter({ hasText: signer }).getByRole('radio'),
      );
    const verdict = this.step.getByTestId('design-verdict');
    await verdict
      .filter({ hasText: this.t('prepare.design.ok') })
      .waitFor({ timeout: within(15_000) })
      .catch(async () => {
        await screenshot(this.page, `${this.name}-design-refused`);
        throw new Error(
          `the design was refused: ${await verdict.innerText({ timeout: 1_000 }).catch(() => '(no verdict on screen)')}`,
        );
      });
    await this.checkpoint('design');
    await this.next();
  }

  /** A group set-up from the ceremony list to its close; returns the new group's ID. */
  async setUpGroup(
    type: string,
    shape: string,
    holders: HolderChoice[],
    signer: string,
    vault?: string,
  ): Promise<string> {
    await this.start(this.startLabel('words.kind.groupSetup.shortTitle'));
    await this.chooseVault(vault);
    return this.completeGroupSetup(type, shape, holders, signer);
  }

  /** A group set-up from its design step to its close; returns the new group's ID. */
  async completeGroupSetup(
    type: string,
    shape: string,
    holders: HolderChoice[],
    signer: string,
  ): Promise<string> {
    await this.design(type, shape, holders, signer);
    await this.preflight();
    await this.checkIn();
    await this.reviewAndSend(this.t('run.review.send.groupSetup'));
    await this.waitStep(this.title('ceremonies.step.close.title'));
    const groupId = await this.step.getByTestId('created-group').innerText();
    await this.close();
    return groupId;
  }

  /** KeyGenFromKeyGroup from the Main Key to the target group shown as `target`; ends at Verify root keys. */
  async giveShares(target: RegExp, vault?: string): Promise<void> {
    await this.start(this.startLabel('words.kind.keyGenFromKeyGroup.shortTitle'));
    await this.chooseVault(vault);
    await this.waitStep(this.title('ceremonies.step.fromKeyGroupGroups.title'));
    await this.choose(this.step.locator('label.choice', { hasText: target }).first().getByRole('radio'));
    const main = new RegExp(`^${literally(this.t('words.key.main'))} ·`);
    await this.choose(this.step.locator('label.choice', { hasText: main }).getByRole('radio'));
    await this.verdictOk();
    await this.checkpoint('groups');
    await this.next();
    await this.preflight();
    await this.checkIn();
    await this.reviewAndSend();
    await this.reachVerify();
    await this.step.getByTestId('root-keys-unchanged').waitFor();
  }

  /** Waits until the step's verdict says the choice meets the rules; otherwise fails with the verdict's words. */
  async verdictOk(): Promise<void> {
    const verdict = this.step.getByTestId('selection-verdict');
    await verdict
      .filter({ hasText: this.t('prepare.selectionOk') })
      .waitFor({ timeout: within(15_000) })
      .catch(async () => {
        await screenshot(this.page, `${this.name}-refused`);
        throw new Error(
          `the choice was refused: ${await verdict.innerText({ timeout: 1_000 }).catch(() => '(no verdict on screen)')}`,
        );
      });
  }
}

/** A KeyGen on the rehearsal vault's only Main Key, from the list to its live status. */
export async function sendKeyGen(page: Page, name: string): Promise<CeremonyDriver> {
  const d = new CeremonyDriver(page, name);
  await d.start('Start: KeyGen');
  await d.chooseVault();
  await d.waitStep('Main Key');
  await d.choose(d.step.getByRole('radio').first());
  await d.next();
  await d.preflight();
  await d.checkIn();
  await d.reviewAndSend();
  await d.waitStep('Live status');
  return d;
}

/** After an action that changed the screen, the focus is on something in the page, never its body. */
export async function expectFocusKept(page: Page): Promise<void> {
  await expect
    .poll(
      () => page.evaluate(() => Boolean(document.activeElement) && document.activeElement !== document.body),
      { timeout: within(5_000) },
    )
    .toBe(true);
}
