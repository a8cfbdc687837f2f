/**
 * The pseudo-locale (issue #32): every message accented and 30 % longer, chosen in About as the browser
 * host offers it. Every screen of the menu and of a group's set-up, its run sheet and its report, each
 * with a screenshot and no text cut off by its box or drawn over other text.
 */
import { describe, expect, it } from 'vitest';
import { LOCALE_NAMES } from '../../common/i18n/locales';
import { pseudoCatalogue } from '../../common/i18n/pseudo';
import { translator } from '../../common/i18n/translate';
import { CeremonyDriver } from './ceremony-driver';
import { axeViolations, hostedApp, screenshot } from './harness';
import { layoutProblems } from './layout-check';

const t = translator('en-XA', pseudoCatalogue());
const app = hostedApp(['--sandbox-auto-approve-ms', '250', '--sandbox-step-ms', '250']);

async function looked(name: string): Promise<void> {
  const page = app.session.page;
  await page.waitForTimeout(50);
  await screenshot(page, `pseudo-${name}`);
  expect(await layoutProblems(page), name).toEqual([]);
  expect(await axeViolations(page), name).toEqual([]);
}

class PseudoDriver extends CeremonyDriver {
  override async checkpoint(label: string): Promise<void> {
    await looked(`${this.name}-${label}`);
  }
}

describe('the pseudo-locale', () => {
  it('is chosen in About, and no screen of the menu clips or overlaps its longer words', async () => {
    const page = app.session.page;
    await page.getByRole('button', { name: 'About', exact: true }).click();
    await page.getByLabel('Language of the screens').selectOption({ label: LOCALE_NAMES['en-XA'] });
    await page.getByRole('navigation', { name: t('nav.label') }).waitFor();
    for (const key of [
      'nav.ceremonies',
      'nav.profiles',
      'nav.history',
      'nav.verify',
      'nav.holders',
      'nav.about',
    ] as const) {
      await page.getByRole('button', { name: t(key), exact: true }).click();
      await page.locator('main h2').first().waitFor();
      await looked(key);
    }
  });

  it('nor does a group’s set-up, its run sheet or its report', async () => {
    const d = new PseudoDriver(app.session.page, 'group-setup', t);
    const page = app.session.page;
    await d.start(d.startLabel('words.kind.groupSetup.shortTitle'));
    await d.chooseVault();
    const { holders } = (await app.host.control('GET', '/state')).body as {
      holders: Array<{ name: string; tss_node_id: string }>;
    };
    const emeka = holders.find((h) => h.name === 'Emeka Nwosu')!.tss_node_id;
    const design = [{ name: 'Emeka Nwosu', id: emeka, kind: 'Mobile' as const }];
    await d.design(t('prepare.design.signingKey'), '2-2', design, 'Emeka Nwosu');
    await d.preflight();
    await d.checkIn();
    await page.getByRole('button', { name: t('ceremonies.sheet.open') }).click();
    await page.getByTestId('run-sheet').getByTestId('script-hash').waitFor();
    await looked('run-sheet');
    await page.getByRole('button', { name: t('ceremonies.sheet.back') }).click();
    await d.reviewAndSend(t('run.review.send.groupSetup'));
    await d.close();
    await page.getByRole('button', { name: t('nav.history'), exact: true }).click();
    await page
      .getByTestId('history-item')
      .first()
      .getByRole('button', { name: t('history.row.report') })
      .click();
    await page.getByTestId('report').waitFor();
    await looked('report');
  });
});
