// @vitest-environment node
/**
 * 5. Memory: the renderer's JavaScript heap after load, and after completing ceremonies five rounds
 * in a row in the browser host, each shown on screen to its end. KeyGen creates the root keys once
 * per vault, so it runs once before the baseline; each round then completes the other kinds: a group
 * set-up, a KeyGenFromKeyGroup into it, a lost phone followed by a new Main Key and a Recovery, and
 * the group's retirement (a node holds one key of a vault only, so the next round's group needs Emeka's
 * node free again).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { resumeFromList } from '../e2e/ceremony-driver';
import { launchBrowser, openApp, startHost } from '../e2e/harness';
import { context, finished, invoke, prepare } from './page-ceremony';
import { QUICK, record, round } from './record';

async function heap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

async function complete(
  page: Page,
  kind: 'GroupSetup' | 'KeyGen' | 'KeyGenFromKeyGroup' | 'Recovery' | 'GroupRetirement',
  selection: Record<string, unknown>,
) {
  const c = await prepare(page, kind, selection);
  // Shown on screen: the ceremony is opened in the page and followed to its end there.
  await resumeFromList(page);
  await invoke(page, 'ceremony.submit', { id: c.id });
  const done = await finished(page, c.id);
  if (done.outcome !== 'success') throw new Error(`${kind} ended ${done.outcome}: ${done.failure}`);
  if (kind !== 'GroupSetup' && kind !== 'GroupRetirement')
    await invoke(page, 'ceremony.recordComparison', { id: c.id });
  await invoke(page, 'ceremony.close', { id: c.id });
  return done;
}

describe('renderer memory', () => {
  it('does not grow over five rounds of ceremonies', async () => {
    const host = await startHost(['--sandbox-auto-approve-ms', '50', '--sandbox-step-ms', '50']);
    const browser = await launchBrowser();
    const { page } = await openApp(browser, host);
    try {
      const { groups } = await context(page);
      const main = (await groups()).groups.find((g) => g.type === 'MainGroup')!;
      await complete(page, 'KeyGen', { targetGroupId: main.key_share_holder_group_id });
      await page.getByRole('button', { name: 'Ceremonies', exact: true }).click();
      const atLoad = await heap(page);
      const rounds = QUICK ? 1 : 5;
      for (let r = 0; r < rounds; r++) {
        const { groups: all } = await groups();
        const { holders } = await invoke<{ holders: Array<{ tss_node_id: string; name: string }> }>(
          page,
          'sandbox.holders',
          {},
        );
        const emeka = holders.find((h) => h.name === 'Emeka Nwosu')!;
        const setup = await complete(page, 'GroupSetup', {
          design: {
            type: 'SigningGroup',
            threshold: 2,
            participants: 2,
            // Cobo adds its own node; Emeka's holds no key of the vault, so it is entered by ID.
            holders: [{ tss_node_id: emeka.tss_node_id, name: emeka.name, type: 'Mobile', signer: true }],
          },
        });
        const currentMain = all.find((g) => g.type === 'MainGroup' && g.status === 'Valid')!;
        await complete(page, 'KeyGenFromKeyGroup', {
          targetGroupId: setup.createdGroupId,
          sourceGroupId: currentMain.key_share_holder_group_id,
          sourceNodeIds: currentMain.holders.slice(0, 2).map((h) => h.tss_node_id),
        });
        const recoveryGroup =
          (await groups()).groups.find((g) => g.type === 'RecoveryGroup' && g.status === 'Valid') ??
          (await groups()).groups.find((g) => g.type === 'RecoveryGroup')!;
        if (recoveryGroup.status !== 'Valid') {
          await complete(page, 'KeyGenFromKeyGroup', {
            targetGroupId: recoveryGroup.key_share_holder_group_id,
            sourceGroupId: currentMain.key_share_holder_group_id,
            sourceNodeIds: currentMain.holders.slice(0, 2).map((h) => h.tss_node_id),
          });
        }
        // A custodian of the Main Key loses their phone; a new Main Key holds the new one.
        const victim = currentMain.holders.find((h) => h.type === 'Mobile')!;
        const lost = (await host.control('POST', `/holders/${victim.tss_node_id}/lose-phone`, {})).body as {
          replacement: { tss_node_id: string };
        };
        const newMain = await complete(page, 'GroupSetup', {
          design: {
            type: 'MainGroup',
            threshold: 2,
            participants: 2,
            // Cobo plus the new phone, in no group yet: entered by its TSS node ID, name and kind.
            holders: [
              { tss_node_id: lost.replacement.tss_node_id, name: victim.name, type: 'Mobile', signer: true },
            ],
          },
        });
        await complete(page, 'Recovery', {
          lostNodeId: victim.tss_node_id,
          targetGroupId: newMain.createdGroupId,
          sourceGroupId: recoveryGroup.key_share_holder_group_id,
          sourceNodeIds: recoveryGroup.holders.slice(0, 2).map((h) => h.tss_node_id),
        });
        await complete(page, 'GroupRetirement', {
          targetGroupId: setup.createdGroupId,
          retireConfirmation: `Signing Key ${setup.createdGroupId!.slice(0, 8)}`,
          // The seeded Signing Key holds no key shares: this is the only active one, retired knowingly.
          retireWithoutReplacement: true,
        });
      }
      await page.getByRole('button', { name: 'Ceremonies', exact: true }).click();
      const after = await heap(page);
      const growth = (after - atLoad) / (1024 * 1024);
      record('memory', [
        {
          name: `renderer JS heap after ${rounds} round(s) of ceremonies`,
          figure: round(after / (1024 * 1024)),
          unit: 'MB',
          baseline: round(atLoad / (1024 * 1024)),
          ratio: round(after / atLoad),
          goal: 'growth ≤ 5 MB',
          pass: growth <= 5,
          notes: `growth ${round(growth)} MB; each round: group set-up, KeyGenFromKeyGroup, lost phone, new Main Key, Recovery, retirement (KeyGen once before the baseline)`,
        },
      ]);
      expect(after).toBeGreaterThan(0);
    } finally {
      await browser.close();
      await host.stop();
    }
  });
});
