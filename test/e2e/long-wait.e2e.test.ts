/**
 * A request that waits long on its holders (issue #29, item 18), in Chromium with its clock moved on:
 * after ten minutes the live status says what the choices are, in words that pass axe, and the officer
 * can still cancel. The page's own clock is moved; Cobo's sandbox and main keep real time.
 */
import { describe, expect, it } from 'vitest';
import { sendKeyGen } from './ceremony-driver';
import { hostedApp } from './harness';
import { within } from '../helpers/patience';

const app = hostedApp(['--sandbox-auto-approve-ms', '250', '--sandbox-step-ms', '250']);

describe('a long wait on the holders', () => {
  it('says the choices after ten minutes, with the cancel it names at hand', async () => {
    await app.host.control('POST', '/settings', { manual_approval: true });
    const page = app.session.page;
    const d = await sendKeyGen(page, 'long-wait');
    await d.waitStatus('PendingKeyHolderConfirmation');
    expect(await d.step.getByTestId('long-wait').count()).toBe(0);

    await page.clock.install();
    await page.clock.fastForward('11:00');
    const notice = d.step.getByTestId('long-wait');
    await notice.waitFor({ timeout: within(10_000) });
    expect(await notice.innerText()).toMatch(/^This request has waited 1[01] minutes on its holders/);
    expect(await notice.innerText()).toMatch(/You can keep waiting[\s\S]*Or cancel the request while Cobo/);
    await d.checkpoint('long-wait');

    // The way out the notice names is there (the cancel itself is tested in failures.e2e; this page's
    // clock no longer runs on its own).
    expect(await d.step.getByRole('button', { name: 'Cancel the request…' }).isEnabled()).toBe(true);
  });
});
