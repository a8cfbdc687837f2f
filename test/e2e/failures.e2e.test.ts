/**
 * Ceremonies that do not go to plan, in real Chromium against the browser host's embedded sandbox: a
 * holder rejects, key generation fails, the officer cancels, the network fails mid-ceremony. None of
 * them creates a second TSS request.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { expectFocusKept, resumeFromList, sendKeyGen as sendKeyGenFrom } from './ceremony-driver';
import { hostedApp } from './harness';

const app = hostedApp(['--sandbox-auto-approve-ms', '250', '--sandbox-step-ms', '250']);
beforeEach(async () => {
  await app.host.control('DELETE', '/faults');
  await app.host.control('POST', '/settings', { manual_approval: false });
});

const requestCount = async () =>
  ((await app.host.control('GET', '/state')).body as { requests: unknown[] }).requests.length;

const sendKeyGen = (name: string) => sendKeyGenFrom(app.session.page, name);

const resumeOpenCeremony = () => resumeFromList(app.session.page);

describe('when a ceremony does not go to plan', () => {
  it('a holder rejects in Cobo Guard: the failure is explained with the next step', async () => {
    await app.host.control('POST', '/settings', { manual_approval: true });
    const before = await requestCount();
    const d = await sendKeyGen('failure-1-reject');
    await d.waitStatus('PendingKeyHolderConfirmation');
    expect(await d.step.getByTestId('waiting-on').innerText()).toMatch(
      /Waiting for 1 holder to tap Start Key Gen in Cobo Guard \(Start in Portal Mobile\), once: Alice Moreau\./,
    );
    expect(await d.step.getByTestId('rehearsal-hint').innerText()).toMatch(
      /simulated custodians act on the Holder phones screen/,
    );
    await d.checkpoint('waiting');
    await app.session.page.getByRole('button', { name: 'Holder phones' }).click();
    await app.session.page.getByRole('button', { name: 'Reject' }).first().click();
    await expectFocusKept(app.session.page);
    await resumeOpenCeremony();
    await app.session.page.getByRole('button', { name: /Live status/ }).click();
    await d.step.getByTestId('failure').waitFor();
    expect(await d.step.getByTestId('failure').innerText()).toMatch(
      /did not succeed[\s\S]*Start a new ceremony/,
    );
    await d.checkpoint('rejected');
    // Said once, with who rejected (the rehearsal knows), and the next step as a button.
    const failure = await d.step.getByTestId('failure').innerText();
    expect(failure.match(/start a new/gi) ?? []).toHaveLength(1);
    expect(await d.step.getByTestId('rejected-by').innerText()).toMatch(
      /^Rejected by Alice Moreau \(rehearsal/,
    );
    const oldId = new URL(app.session.page.url()).hash.split('/')[2];
    await d.step
      .getByRole('button', { name: 'Close this one and start again with the same choices' })
      .click();
    // A new KeyGen, same vault and Main Key, waiting at the pre-flight; the failed one is closed.
    await d.waitStep('Pre-flight');
    const newId = new URL(app.session.page.url()).hash.split('/')[2];
    expect(newId).not.toBe(oldId);
    await app.session.page.getByRole('button', { name: /Main Key/ }).click();
    expect(await d.step.getByRole('radio', { checked: true }).count()).toBe(1);
    await app.session.page.getByRole('button', { name: '← All ceremonies' }).click();
    expect(await app.session.page.getByTestId('open-ceremony').count()).toBe(1);
    await resumeOpenCeremony();
    await d.step.getByRole('button', { name: 'Abandon this ceremony' }).click();
    await d.step.getByRole('button', { name: 'Yes, abandon it' }).click();
    await app.session.page.getByRole('list', { name: 'Start a ceremony' }).waitFor();
    expect(await requestCount()).toBe(before + 1);
  });

  it('key generation fails on a node: explained, nothing created', async () => {
    await app.host.control('POST', '/keygen-failures', { count: 1 });
    const d = await sendKeyGen('failure-2-keygen-failed');
    await d.waitStatus('KeyGeneratingFailed');
    await d.step.getByTestId('failure').waitFor();
    expect(await d.step.getByTestId('failure').innerText()).toMatch(/TSS node failed/);
    await d.checkpoint('failed');
    // Opened anyway, the verification step says why there is nothing in it.
    await app.session.page.getByRole('button', { name: /Verify root keys/ }).click();
    expect(await d.step.getByTestId('nothing-to-verify').innerText()).toMatch(
      /^Nothing to verify: no keys were made\./,
    );
    await app.session.page.getByRole('button', { name: 'Continue to Close →' }).click();
    await d.close();
  });

  it('cancels while holders are still to approve, also after the page reloads', async () => {
    await app.host.control('POST', '/settings', { manual_approval: true });
    const d = await sendKeyGen('failure-3-cancel');
    await d.waitStatus('PendingKeyHolderConfirmation');
    // The ceremony lives in main: a reload of the page finds it where it was.
    await app.session.page.reload();
    await resumeOpenCeremony();
    await d.waitStep('Live status');
    await d.waitStatus('PendingKeyHolderConfirmation');
    await d.step.getByRole('button', { name: 'Cancel the request…' }).click();
    await d.checkpoint('cancel-confirm');
    await d.step.getByRole('button', { name: 'Yes, cancel the request' }).click();
    await d.step.getByTestId('failure').waitFor();
    await expectFocusKept(d.page);
    expect(await d.step.getByTestId('failure').innerText()).toMatch(/cancelled/);
    // The timeline ends with what Cobo reports for the request, nothing the app made up.
    const timeline = d.step.getByTestId('timeline');
    expect(await timeline.locator('li').last().getAttribute('data-status')).toBe(
      'KeyHolderConfirmationFailed',
    );
    expect(await timeline.innerText()).not.toMatch(/Unknown status/);
    // …and says it is Cobo's answer to the cancel, not holders refusing.
    expect(await timeline.locator('li').last().innerText()).toMatch(
      /^Cancelled by the officer \(Cobo now reports KeyHolderConfirmationFailed\)/,
    );
    expect(await timeline.innerText()).not.toMatch(/Holders did not start/);
    // Nothing was made, so nothing to verify: the rail says so, and the way on is the close.
    const rail = app.session.page.getByRole('navigation', { name: 'Ceremony steps' });
    expect(await rail.getByRole('button', { name: /Verify root keys/ }).innerText()).toMatch(/\(skipped\)/);
    expect(await rail.getByRole('button', { name: /Verify root keys/ }).innerText()).not.toMatch(/✓/);
    await d.checkpoint('cancelled');
    await app.session.page.getByRole('button', { name: 'Continue to Close →' }).click();
    await d.close();
    expect(await app.session.page.getByTestId('outcome').innerText()).toBe('Cancelled');
  });

  it('survives network faults mid-ceremony without sending a second request', async () => {
    const before = await requestCount();
    // The answer to the create is lost after Cobo handled it; then reads fail for a while.
    await app.host.control('POST', '/faults', {
      kind: 'reset',
      phase: 'after',
      method: 'POST',
      path_prefix: '/wallets/mpc/vaults',
      count: 1,
    });
    const d = await sendKeyGen('failure-4-network');
    await app.host.control('POST', '/faults', {
      kind: 'http_error',
      status: 503,
      method: 'GET',
      path_prefix: '/wallets/mpc/vaults',
      count: 6,
    });
    await d.reachVerify();
    await d.step.getByTestId('root-key').first().waitFor();
    await d.checkpoint('recovered');
    expect(await requestCount()).toBe(before + 1);
    await d.verifyAndClose();
  });
});
