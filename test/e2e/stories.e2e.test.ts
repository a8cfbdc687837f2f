/**
 * The ceremony stories an organisation lives through, in order, in real Chromium against the browser
 * host's embedded sandbox: group set-up → KeyGen → KeyGenFromKeyGroup (Signing, Recovery) → a lost
 * phone → a new Main Key → Recovery, with the root keys unchanged after KeyGen.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { sshKeygenKey } from '../helpers/ssh-keygen';
import { softwareSecurityKey } from '../helpers/security-key';
import path from 'node:path';
import { CeremonyDriver, expectFocusKept, holderNodeId, toCeremonyList } from './ceremony-driver';
import { BROWSER_HOST_KEYCHAIN_SERVICE, createSecretStore } from '../../main/keychain/secret-store';
import { installationAccount } from '../../main/journal/installation-key';
import { ARTIFACTS, axeViolations, hostedApp, screenshot } from './harness';

let rootKeys: string[] = [];
/** The KeyGen's script step its exception was recorded against. */
let keyGenExceptionAt = '';

/** One page of a PDF as text, and the numbers of its pages. */
const pageText = (pdf: string, n: number) =>
  execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], {
    encoding: 'utf8',
  }).trimEnd();
const pageNumbers = (pdf: string) =>
  Array.from(
    { length: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]) },
    (_, i) => String(i + 1),
  );

// The witnesses' own keys, made by the real ssh-keygen (issue #31): one Ed25519, one ECDSA; Mallory's is in no plan.
const witnessKeys = mkdtempSync(path.join(os.tmpdir(), 'kc-e2e-witnesses-'));
const wendy = sshKeygenKey(witnessKeys, 'wendy', 'ed25519');
const omar = sshKeygenKey(witnessKeys, 'omar', 'ecdsa', 256);
const mallory = sshKeygenKey(witnessKeys, 'mallory', 'ed25519');
const ATTEST = 'key-ceremony-attestation@cobo';

const app = hostedApp(['--sandbox-auto-approve-ms', '250', '--sandbox-step-ms', '250']);

const rootKeysOnScreen = async () =>
  (await app.session.page.getByTestId('root-key').locator('.full-key').allInnerTexts())
    .map((t) => t.trim())
    .sort();

type AppPage = typeof app.session.page;

/** Opens the open ceremony's run sheet, once its first version is recorded (its SHA-256 shown). */
async function openRunSheet(page: AppPage) {
  await page.getByRole('button', { name: 'Run sheet: print the script of this ceremony…' }).click();
  const sheet = page.getByTestId('run-sheet');
  await sheet
    .getByTestId('script-hash')
    .filter({ hasText: /version 1, SHA-256 [0-9a-f]{64}/ })
    .waitFor();
  return sheet;
}

/** The page as it prints, saved as an A4 PDF in the test artefacts; its path. */
async function savePdf(page: AppPage, name: string): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const file = path.join(ARTIFACTS, name);
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  return file;
}

/**
 * The KeyGen's script, printed once its plan is whole (keys, holders, witnesses and their keys): the PDF
 * looked at page by page (each page an image in the artefacts), then an exception recorded against the
 * review's step. Answers that step's number.
 */
async function printKeyGenScript(d: CeremonyDriver): Promise<string> {
  const page = app.session.page;
  await d.waitStep('Review and send');
  const sheet = await openRunSheet(page);
  await sheet.getByTestId('sheet-witness-keys').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  const pdf = await savePdf(page, 'keygen-run-sheet.pdf');
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, path.join(ARTIFACTS, 'keygen-run-sheet-page')]);
  // Each page's text with its layout's line breaks and runs of spaces as one space.
  const pages = pageNumbers(pdf).map((n) => pageText(pdf, Number(n)).replace(/\s+/g, ' ').trim());
  expect(pages.length).toBeGreaterThanOrEqual(5);
  for (const [i, text] of pages.entries())
    expect(text).toMatch(new RegExp(`Page ${i + 1} of ${pages.length}`));
  // The cover, then the participants' sheet, each a page of its own.
  expect(pages[0]).toMatch(/Run sheet: KeyGen[\s\S]*OFFLINE SANDBOX \(rehearsal, no real keys\)/);
  expect(pages[0]).toMatch(/This script\s+version 1, SHA-256 [0-9a-f]{16}/);
  expect(pages[0]).toMatch(/Key Ceremony [\d.]+, build \w+/);
  expect(pages[1]).toMatch(/^Participants Printed name Role Signature Time \(with time zone\)/);
  // Printed alone: none of the app's own screen (its step rail, its banner) on any page.
  for (const text of pages) expect(text).not.toMatch(/Live status|All ceremonies|REHEARSAL —/);
  const all = pages.join('\n');
  expect(all).toMatch(/POINT OF NO RETURN/);
  expect(all).toMatch(/Exception sheet 1[\s\S]*Exception sheet 2/);
  // The closing page: the head, and the witnesses' keys as ssh-keygen -l prints them.
  const closing = pages.at(-1)!;
  expect(closing).toMatch(/Journal head, as the app shows it at the close/);
  for (const who of ['wendy', 'omar']) {
    const fingerprint = execFileSync('ssh-keygen', ['-lf', path.join(witnessKeys, `${who}.pub`)], {
      encoding: 'utf8',
    }).split(' ')[1]!;
    expect(closing.replace(/ /g, '')).toContain(fingerprint);
  }
  expect(closing).toMatch(/wendy@treasury\.example ssh-ed25519/);
  expect(closing).toMatch(/omar@treasury\.example ecdsa-sha2-?\s?nistp256/);
  await page.getByRole('button', { name: '← Back to the ceremony' }).click();
  return d.recordException(
    'The review read aloud by the officer',
    'The second witness arrived late; the review was read again',
    'Read again in full before sending',
    'OO, WW',
  );
}

/** After the close, both witnesses paste their signatures of the closing head; one outside the plan is refused. */
async function coSignInTheApp(d: CeremonyDriver): Promise<void> {
  const panel = d.step.getByTestId('co-signatures');
  const head = await panel.locator('.fingerprint').innerText();
  expect(head).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  expect(await panel.innerText()).toContain(`ssh-keygen -Y sign -f <your key> -n ${ATTEST}`);
  const box = panel.getByLabel(/^A witness’s signature/);
  const add = panel.getByRole('button', { name: 'Check and record the co-signature' });
  await box.fill(readFileSync(mallory.sign(`${head}\n`, ATTEST), 'utf8'));
  await add.click();
  await panel.getByRole('alert').filter({ hasText: 'not among the plan’s allowed signers' }).waitFor();
  for (const [who, key] of [
    ['wendy', wendy],
    ['omar', omar],
  ] as const) {
    await box.fill(readFileSync(key.sign(`${head}\n`, ATTEST), 'utf8'));
    await add.click();
    await panel
      .getByTestId('attestation')
      .filter({ hasText: `Co-signed by ${who}@treasury.example` })
      .waitFor();
  }
  // Every witness in the plan has signed: nothing more is asked for.
  await expect.poll(() => box.count()).toBe(0);
  await screenshot(app.session.page, 'story-2-co-signed');
  expect(await axeViolations(app.session.page)).toEqual([]);
}

describe('the ceremony stories', () => {
  it('sets up a key share holder group', async () => {
    const d = new CeremonyDriver(app.session.page, 'story-1-group-setup');
    // Cobo adds its own node: the organisation adds one holder to a 2-of-2 Signing Key. Emeka is in
    // no group yet, so Cobo does not list him: he is added by the TSS node ID his phone shows.
    const { holders } = (await app.host.control('GET', '/state')).body as {
      holders: Array<{ name: string; tss_node_id: string }>;
    };
    const emeka = holders.find((h) => h.name === 'Emeka Nwosu')!.tss_node_id;
    const id = await d.setUpGroup(
      'Signing Key',
      '2-2',
      [{ name: 'Emeka Nwosu', id: emeka, kind: 'Mobile' }],
      'Emeka Nwosu',
    );
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('KeyGen creates the root keys', async () => {
    const d = new CeremonyDriver(app.session.page, 'story-2-keygen');
    await d.start('Start: KeyGen');
    await d.chooseVault();
    await d.waitStep('Main Key');
    await d.choose(d.step.getByRole('radio').first());
    expect(await d.step.getByTestId('quorum').first().innerText()).toMatch(
      /^Approvals: The one holder must approve; this can succeed now\.$/,
    );
    // The group's own threshold is for signing, said apart, with Cobo's node counted as the spec counts it.
    expect(await d.step.getByTestId('signing-threshold').first().innerText()).toBe(
      'Signing afterwards: all 2 of the group’s 2, Cobo’s node counted.',
    );
    await d.checkpoint('groups');
    await d.next();
    await d.preflight();
    // The witnesses' keys are fixed in the plan at the check-in, before anything is sent.
    await d.step
      .getByLabel(/^Witnesses’ SSH keys/)
      .fill(`${wendy.allowed('treasury.example')}\n${omar.allowed('treasury.example')}`);
    await d.step.getByRole('button', { name: 'Fix the witnesses’ keys in the plan' }).click();
    await d.step.getByTestId('witness-keys').filter({ hasText: 'omar@treasury.example' }).waitFor();
    await d.checkIn();
    const exceptionAt = await printKeyGenScript(d);
    await d.reviewAndSend();
    await d.waitStep('Live status');
    await d.waitStatus('PendingKeyHolderConfirmation');
    await d.checkpoint('status-pending');
    await d.reachVerify();
    rootKeys = await rootKeysOnScreen();
    expect(rootKeys).toHaveLength(2);
    await app.session.page.getByRole('button', { name: /Live status/ }).click();
    await d.waitStatus('Success');
    const timeline = await app.session.page.getByTestId('timeline').innerText();
    expect(timeline.indexOf('Waiting for holders')).toBeLessThan(timeline.indexOf('Key shares created'));
    await d.checkpoint('status-success');
    await d.next();
    await d.verifyAndClose();
    expect(await app.session.page.getByTestId('outcome').innerText()).toBe('Succeeded');
    await coSignInTheApp(d);
    keyGenExceptionAt = exceptionAt;
  });

  it('a second KeyGen on a vault with root keys is warned off at once, and abandoned', async () => {
    const d = new CeremonyDriver(app.session.page, 'story-2b-second-keygen');
    await d.start('Start: KeyGen');
    await d.waitStep('Vault');
    await d.choose(d.step.getByRole('radio', { name: /Rehearsal Treasury/ }));
    expect(await d.step.getByTestId('vault-has-keys').innerText()).toMatch(
      /already has its root keys: KeyGen is done for this vault[\s\S]*KeyGenFromKeyGroup/,
    );
    await d.checkpoint('vault-has-keys');
    await d.next();
    await d.waitStep('Main Key');
    expect(await d.step.getByTestId('no-target').innerText()).toMatch(/Cobo refuses a second KeyGen/);
    expect(await d.step.getByTestId('no-target').innerText()).not.toMatch(/Set one up first/);
    await d.step.getByRole('button', { name: 'Abandon this ceremony' }).click();
    await d.step.getByRole('button', { name: 'Yes, abandon it' }).click();
    await app.session.page.getByRole('list', { name: 'Start a ceremony' }).waitFor();
  });

  it.each([
    ['Signing', /Signing Key · 2-of-2/],
    ['Recovery', /Recovery Key · 2-of-3/],
  ])('KeyGenFromKeyGroup gives the %s Group shares of the same root keys', async (name, target) => {
    const d = new CeremonyDriver(app.session.page, `story-3-kgfkg-${name.toLowerCase()}`);
    await d.giveShares(target);
    expect(await rootKeysOnScreen()).toEqual(rootKeys);
    await d.verifyAndClose();
  });

  it('after a lost phone, Recovery re-creates the Main Key and the root keys stay the same', async () => {
    const page = app.session.page;
    // Before Cobo knows of a loss, a Recovery stops at “Who lost what” and says why.
    const d = new CeremonyDriver(page, 'story-4-recovery');
    await d.start('Start: Recovery');
    await d.chooseVault();
    await d.waitStep('Who lost what');
    await d.choose(d.step.getByRole('radio', { name: /Alice Moreau/ }));
    expect(await d.step.getByTestId('lost-phone-not-reported').innerText()).toMatch(
      /Cobo does not report Alice Moreau’s phone as lost: its status is Valid/,
    );
    expect(await page.getByRole('button', { name: /^Continue to / }).count()).toBe(0);
    await d.checkpoint('lost-holder-not-reported');

    // The phone is lost: the Holder phones screen plays Cobo Guard set up on a new phone.
    await page.getByRole('button', { name: 'Holder phones' }).click();
    const alice = page.getByTestId('holder-card').filter({ hasText: 'Alice Moreau' }).first();
    await alice.getByRole('button', { name: 'Lose this phone…' }).click();
    await alice.getByRole('button', { name: 'Lose Alice Moreau’s phone' }).click();
    // What that means is said on the lost phone's card, with the way back offered.
    expect(await alice.getByTestId('lost-phone-meaning').innerText()).toMatch(
      /Cobo now reports Alice Moreau’s old phone as Changed/,
    );
    await screenshot(page, 'story-4-holder-phones-lost');
    expect(await axeViolations(page)).toEqual([]);
    // The card tagged “New phone” (matched exactly: the lost card's warning also speaks of a new phone).
    const newPhone = page
      .getByTestId('holder-card')
      .filter({ has: page.locator('.tag', { hasText: /^New phone$/ }) });
    await newPhone.waitFor();
    // Cobo lists only holders of groups: Alice's new phone is entered by the TSS node ID she reads in Cobo Guard.
    const newPhoneId = await holderNodeId(page, newPhone);

    // The Ceremonies screen: the vault's state in one line, and the open Recovery to resume.
    await toCeremonyList(page);
    const standing = page.getByTestId('vault-standing').filter({ hasText: /^Rehearsal Treasury:/ });
    expect(await standing.innerText()).toMatch(/Main Key Unavailable \(2-of-2\); lost phone: Alice Moreau/);
    await screenshot(page, 'story-4-vault-standing');
    expect(await axeViolations(page)).toEqual([]);
    await standing.getByRole('button', { name: /^Resume Recovery/ }).click();

    // Cobo now reports the loss: the Recovery goes on to its groups, and offers the new Main Key's set-up.
    await d.waitStep('New Main Key and Recovery Key');
    await d.step.getByTestId('no-target').getByRole('button', { name: 'Set up the new Main Key' }).waitFor();
    await d.checkpoint('groups-no-new-main');
    await page.getByRole('button', { name: /^Who lost what/ }).click();
    await d.waitStep('Who lost what');
    const explanation = d.step.getByTestId('recovery-explanation');
    await explanation.waitFor();
    expect(await explanation.innerText()).toMatch(/Cobo reports Alice Moreau’s old phone as Changed, /);
    expect(await explanation.innerText()).toMatch(/Main Key it belongs to as Unavailable/);
    expect(await explanation.innerText()).toMatch(/old Main Key is replaced/);
    expect(await d.step.getByTestId('ways-back').innerText()).toMatch(/must be set up first/);
    await d.checkpoint('lost-holder');

    // The new Main Key, set up from the Recovery: Cobo plus Alice's new phone, as a standard vault's is.
    await d.step.getByRole('button', { name: 'Set up the new Main Key' }).click();
    const setup = new CeremonyDriver(page, 'story-4a-new-main-group');
    await setup.waitStep('Design the group');
    await setup.step.getByTestId('add-new-phone').waitFor();
    await setup.design(
      'Main Key',
      '2-2',
      [{ name: 'Alice Moreau', id: newPhoneId, kind: 'Mobile' }],
      'Alice Moreau',
    );
    await setup.preflight();
    await setup.checkIn();
    await setup.reviewAndSend('Create the group', async (step) => {
      expect(await step.getByTestId('review-words').innerText()).toMatch(/Alice Moreau \(new phone\)/);
    });
    await setup.waitStep('Close');
    await setup.step.getByTestId('returns-to-recovery').waitFor();
    await setup.checkpoint('close');
    await setup.step.getByRole('button', { name: 'Close and return to the Recovery' }).click();

    // Back in the Recovery, where it stood.
    await d.waitStep('New Main Key and Recovery Key');
    await d.choose(d.step.locator('label.choice', { hasText: /Main Key · 2-of-2/ }).getByRole('radio'));
    await d.choose(d.step.locator('label.choice', { hasText: /^Recovery Key ·/ }).getByRole('radio'));
    await d.step.getByTestId('selection-verdict').filter({ hasText: 'meets the rules' }).waitFor();
    await d.checkpoint('groups');
    // The run sheet, printed before the room checks (issue #31): its hash recorded, version 1.
    const sheet = await openRunSheet(page);
    expect(await sheet.innerText()).toMatch(/POINT OF NO RETURN/);
    expect(await sheet.innerText()).toMatch(/OFFLINE SANDBOX \(rehearsal, no real keys\)/);
    await screenshot(page, 'story-4-run-sheet');
    expect(await axeViolations(page)).toEqual([]);
    const sheetPdf = await savePdf(page, 'recovery-run-sheet.pdf');
    const sheetText = execFileSync('pdftotext', ['-layout', sheetPdf, '-'], { encoding: 'utf8' });
    expect(sheetText).toMatch(/Exception sheet 1/);
    expect(sheetText).toMatch(/Journal head, as the app shows it at the close/);
    await page.getByRole('button', { name: '← Back to the ceremony' }).click();
    await d.next();
    // The step says its script number; a deviation is recorded against it, on the record.
    await d.recordException(
      'The workstation ready at 10:00',
      'A pending OS update; the ceremony waited 15 minutes',
      'Update deferred; workstation checked again',
      'OO, WW',
    );
    await d.preflight();
    await d.checkIn();
    await d.reviewAndSend();
    await d.reachVerify();
    await d.step.getByTestId('root-keys-unchanged').waitFor();
    expect(await rootKeysOnScreen()).toEqual(rootKeys);
    await d.verifyAndClose();

    // The vault is whole again: nothing about a lost phone on the Ceremonies screen.
    await toCeremonyList(page);
    await standing.filter({ hasText: /Main Key Valid/ }).waitFor();
    expect(await standing.innerText()).not.toMatch(/lost phone/);
  });

  it('leaves a record: a signed transcript that verifies, and a report PDF with the root key fingerprints', async () => {
    const page = app.session.page;
    await page.getByRole('button', { name: 'History' }).click();
    const items = page.getByTestId('history-item');
    await items.first().waitFor();
    const recovery = items.filter({ hasText: /^Recovery/ });
    await recovery.getByRole('button', { name: 'Export signed transcript' }).click();
    const result = await recovery.getByTestId('export-result').innerText();
    await expectFocusKept(page);
    const file = /saved to (.+\.json)\./.exec(result)![1]!;
    const key = /signed by this installation’s key (\S+)\./.exec(result)![1]!;
    expect(file.startsWith(path.join(app.host.dataDir, 'exports'))).toBe(true);
    expect(
      execFileSync(process.execPath, ['out/main/verify-transcript.js', file, '--trust', key], {
        encoding: 'utf8',
      }),
    ).toMatch(/^VERIFIED: Recovery in sandbox/);
    await screenshot(page, 'record-history');
    expect(await axeViolations(page)).toEqual([]);

    // The Verify screen says the same of the file, and catches a changed copy.
    await page.getByRole('button', { name: 'Verify a transcript' }).click();
    await page.getByLabel('Transcript file (.json)').setInputFiles(file);
    expect(await page.getByTestId('verdict').innerText()).toMatch(/^VERIFIED/);
    expect(await page.getByTestId('verdict').getAttribute('data-signer')).toBe('this-installation');
    const tampered = path.join(ARTIFACTS, 'tampered-transcript.json');
    writeFileSync(
      tampered,
      readFileSync(file, 'utf8').replace('"outcome": "success"', '"outcome": "failed"'),
    );
    await page.getByLabel('Transcript file (.json)').setInputFiles(tampered);
    await page.getByTestId('verdict').filter({ hasText: 'NOT VERIFIED' }).waitFor();
    await screenshot(page, 'record-verify-tampered');
    expect(await axeViolations(page)).toEqual([]);

    // The printable report, printed by Chromium to PDF, carries the root key fingerprints.
    await page.getByRole('button', { name: 'History' }).click();
    // The Recovery's journal, read in the app: who did what, when (issue #29, item 16).
    const recoveryRow = items.filter({ hasText: /^Recovery/ });
    await recoveryRow.getByRole('button', { name: 'Read the journal' }).click();
    const reader = recoveryRow.getByTestId('journal-reader');
    await reader.waitFor();
    expect(await reader.innerText()).toMatch(
      /The officer\s+Ceremony started: Recovery: after a lost phone, Offline sandbox \(sandbox\)/,
    );
    expect(await reader.innerText()).toMatch(/Cobo\s+Cobo reported the request as Success/);
    expect(await axeViolations(page)).toEqual([]);
    await recoveryRow.getByRole('button', { name: 'Hide the journal' }).click();
    await items
      .filter({ hasText: /^Recovery/ })
      .getByRole('button', { name: 'Printable report' })
      .click();
    await page.getByTestId('report').waitFor();
    const fingerprints = await page.getByTestId('root-fingerprint').allInnerTexts();
    expect(fingerprints).toHaveLength(2);
    // What the Recovery acted on, and the key that signs its record.
    const report = page.getByTestId('report');
    expect(await report.locator('[data-fact="Lost phone"]').innerText()).toMatch(
      // The replaced Main Key by its ID: Cobo no longer lists it (issue #29, item 15).
      /^Alice Moreau \(\w+\); the Main Key it belonged to \([0-9a-f-]{36}\) is replaced by the new Main Key$/,
    );
    // Cobo's node (by its ID: no custodian checks it in) and the Recovery Key's custodian.
    expect(await report.locator('[data-fact="Source TSS nodes that took part"]').innerText()).toMatch(
      /^\w+, Chen Wei \(\w+\)$/,
    );
    await report.getByTestId('installation-key').filter({ hasText: key }).waitFor();
    // In the browser host, Save as PDF is the browser's own print, and says so. (The dialog itself is
    // counted, not opened: a headless browser would hold the page in printing.)
    await page.evaluate(() => {
      const w = window as unknown as { printed: number; print: () => void };
      w.printed = 0;
      w.print = () => void w.printed++;
    });
    await page.getByRole('button', { name: 'Save as PDF' }).click();
    await page.getByText(/print dialog opens: choose “Save as PDF”/).waitFor();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // The message stays with its report: another report opens without it.
    await page.getByRole('button', { name: '← History' }).click();
    await items
      .filter({ hasText: /^KeyGen ·.*outcome success/ })
      .getByRole('button', { name: 'Printable report' })
      .click();
    await page.getByTestId('report').waitFor();
    expect(await page.getByText(/print dialog opens/).count()).toBe(0);
    await page.getByRole('button', { name: '← History' }).click();
    await recovery.getByRole('button', { name: 'Printable report' }).click();
    await page.getByTestId('report').waitFor();
    await screenshot(page, 'record-report');
    expect(await axeViolations(page)).toEqual([]);
    const recoveryId = await page.getByTestId('report').locator('dd.mono').first().innerText();
    const pdfPath = await savePdf(page, 'recovery-report.pdf');
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    // Every word keeps the page's margins (16 mm ≈ 45 pt top and bottom, 15 mm ≈ 42 pt at the sides);
    // only the footer is in the bottom margin.
    const boxes = [
      ...execFileSync('pdftotext', ['-bbox', pdfPath, '-'], { encoding: 'utf8' }).matchAll(
        /xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g,
      ),
    ].map((m) => ({ box: m.slice(1, 5).map(Number) as [number, number, number, number], word: m[5]! }));
    const body = boxes.filter((b) => b.box[1] < 842 - 45).map((b) => b.box);
    const footer = boxes.filter((b) => b.box[1] >= 842 - 45);
    expect(body.length).toBeGreaterThan(50);
    expect(Math.min(...boxes.map((b) => b.box[0]))).toBeGreaterThan(40);
    expect(Math.min(...body.map((b) => b[1]))).toBeGreaterThan(40);
    expect(Math.max(...boxes.map((b) => b.box[2]))).toBeLessThan(595 - 40);
    expect(Math.max(...boxes.map((b) => b.box[3]))).toBeLessThan(842 - 10);
    expect(new Set(footer.map((b) => b.word))).toEqual(
      new Set(['Ceremony', recoveryId, 'Page', 'of', ...pageNumbers(pdfPath)]),
    );
    // Each page's footer: the ceremony's ID, and the page's place in the report (issue #29, item 17).
    const pages = pageNumbers(pdfPath).length;
    for (let n = 1; n <= pages; n++)
      expect(pageText(pdfPath, n)).toMatch(
        new RegExp(`Ceremony ${recoveryId}\\s+Page ${n} of ${pages}\\s*$`),
      );
    // Compact: the root keys share one page.
    const keysPage = [...Array(pages).keys()].map((i) => pageText(pdfPath, i + 1));
    expect(keysPage.some((t) => fingerprints.every((fp) => t.includes(fp)))).toBe(true);
    for (const fp of fingerprints) expect(text).toContain(fp);
    // Before the send, with its times and their time zone (issue #29, item 17): the room checks, the
    // custodians' check-in and the pre-flight's results.
    expect(text).toMatch(
      /Room checks[\s\S]*The witnesses are present: ticked [^\n]*\d{4}, \d{1,2}:\d{2}:\d{2} [AP]M UTC/,
    );
    expect(text).toMatch(/Custodians checked in[\s\S]*Chen Wei \(\w+\):\s+present,\s+confirmed [^\n]* UTC/);
    expect(text).toMatch(/Pre-flight checks\s+Run [^\n]* UTC: every check passed\./);
    expect(text).toMatch(/Security officer\s+—/);
    // The journal head printed for the witnesses checks the exported transcript.
    const head = await page.getByTestId('journal-head').innerText();
    expect(head).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(text).toContain(head);
    expect(
      execFileSync(
        process.execPath,
        ['out/main/verify-transcript.js', file, '--trust', key, '--expect-head', head],
        { encoding: 'utf8' },
      ),
    ).toMatch(new RegExp(`head ${head}; the head written down at the ceremony is its last;`));
    // Another head than the one printed: the command refuses the transcript (exit 1) and says why.
    const wrong = spawnSync(
      process.execPath,
      ['out/main/verify-transcript.js', file, '--trust', key, '--expect-head', 'AAAA-BBBB-CCCC-DDDD'],
      { encoding: 'utf8' },
    );
    expect(wrong.status).toBe(1);
    // Two witnesses co-sign the head with keys of their own (issue #31): the real ssh-keygen signs,
    // the command counts them, and a third signature by a key outside the plan is not counted.
    // This Recovery fixed no witnesses' keys in its plan: the auditor names the allowed signers.
    const allowed = path.join(witnessKeys, 'allowed_signers');
    writeFileSync(allowed, `${wendy.allowed('treasury.example')}\n${omar.allowed('treasury.example')}\n`);
    const sigs = [wendy, omar, mallory].map((k) =>
      k.sign(`${head}\n`, ATTEST, `${k.publicLine.split(' ')[2]}-recovery`),
    );
    const attested = spawnSync(
      process.execPath,
      [
        'out/main/verify-transcript.js',
        file,
        '--trust',
        key,
        '--allowed-signers',
        allowed,
        '--require-witnesses',
        '2',
        ...sigs.flatMap((f) => ['--witness-sig', f]),
      ],
      { encoding: 'utf8' },
    );
    expect(attested.stdout).toMatch(/Attested by: wendy@treasury\.example; omar@treasury\.example\n/);
    expect(attested.stdout).toMatch(/Not counted: .*mallory.*not among the plan’s allowed signers/);
    expect(attested.status).toBe(0);
    // The exception recorded during the run is in the report, against its step.
    expect(text).toMatch(
      /Step \d+, [^\n]*: expected The workstation ready at 10:00;\s+instead\s+A pending OS update/,
    );
    expect(wrong.stdout).toContain('no entry of it ever had the head AAAA-BBBB-CCCC-DDDD');
    expect(text).toContain('Sign-off');
    expect(text).not.toContain('History'); // the app's navigation is not printed

    // No secret in any exported file or the PDF.
    const secrets = createSecretStore(undefined, BROWSER_HOST_KEYCHAIN_SERVICE);
    const profiles = JSON.parse(readFileSync(path.join(app.host.dataDir, 'profiles.json'), 'utf8'))
      .profiles as Array<{ id: string }>;
    const secretValues = [
      ...(await Promise.all(profiles.map((p) => secrets.get(`profile:${p.id}`)))),
      await secrets.get(installationAccount(app.host.dataDir)),
    ].filter((v): v is string => Boolean(v));
    expect(secretValues.length).toBeGreaterThanOrEqual(2);
    const outputs = [
      text,
      ...readdirSync(path.join(app.host.dataDir, 'exports')).map((f) =>
        readFileSync(path.join(app.host.dataDir, 'exports', f), 'utf8'),
      ),
    ];
    for (const secret of secretValues) for (const out of outputs) expect(out).not.toContain(secret);
  });

  it('carries the KeyGen’s co-signatures: the command counts them, stock ssh-keygen checks the files beside it', async () => {
    const page = app.session.page;
    // The story before left the Recovery's report open in History.
    const back = page.getByRole('button', { name: '← History' });
    if (await back.count()) await back.click();
    else await page.getByRole('button', { name: 'History', exact: true }).click();
    const keyGen = page
      .getByTestId('history-item')
      .filter({ hasText: /^KeyGen ·/ })
      // The one whose witnesses co-signed in the app: History shows their signatures with it.
      .filter({ has: page.getByTestId('co-signatures') });
    await keyGen.first().waitFor();
    await keyGen.getByRole('button', { name: 'Export signed transcript' }).click();
    const result = await keyGen.getByTestId('export-result').innerText();
    const file = /saved to (.+\.json)\./.exec(result)![1]!;
    const key = /signed by this installation’s key (\S+)\./.exec(result)![1]!;
    expect(result).toMatch(
      /Beside it, for OpenSSH’s ssh-keygen -Y verify: .*\.head\.txt, .*\.allowed_signers, .*wendy_treasury\.example\.sig, .*omar_treasury\.example\.sig\./,
    );
    const beside = (suffix: string) => file.replace(/\.transcript\.json$/, suffix);
    const head = readFileSync(beside('.head.txt'), 'utf8').trim();
    const verify = (...args: string[]) =>
      spawnSync(process.execPath, ['out/main/verify-transcript.js', file, '--trust', key, ...args], {
        encoding: 'utf8',
      });
    // The co-signatures journalled after the close, against the plan journalled before the start.
    const counted = verify('--require-witnesses', '2', '--expect-head', head);
    expect(counted.stdout).toMatch(
      /the head written down at the ceremony is the journal's head after entry \d+, and 2 entries came after it \(attestation, attestation\)/,
    );
    expect(counted.stdout).toContain('Attested by: wendy@treasury.example; omar@treasury.example\n');
    expect(counted.status, counted.stdout).toBe(0);
    expect(verify('--require-witnesses', '3').status).toBe(5);
    // Stock OpenSSH confirms each attestation from the files the app wrote.
    for (const who of ['wendy', 'omar']) {
      const ok = spawnSync(
        'ssh-keygen',
        [
          '-Y',
          'verify',
          '-f',
          beside('.allowed_signers'),
          '-I',
          `${who}@treasury.example`,
          '-n',
          ATTEST,
          '-s',
          beside(`.${who}_treasury.example.sig`),
        ],
        { input: readFileSync(beside('.head.txt')) },
      );
      expect(ok.status, ok.stderr.toString()).toBe(0);
    }
    // What is not counted, each with its reason: another head, a key outside the plan, another
    // namespace, and a security key that did not record a user's presence.
    const yuki = softwareSecurityKey('ed25519');
    const plan = path.join(witnessKeys, 'plan-and-yuki');
    writeFileSync(
      plan,
      `${readFileSync(beside('.allowed_signers'), 'utf8')}yuki@treasury.example ${yuki.key}\n`,
    );
    const absent = path.join(witnessKeys, 'yuki-absent.sig');
    writeFileSync(absent, yuki.sign(`${head}\n`, ATTEST, 0x00));
    const refused = {
      [wendy.sign('AAAA-BBBB-CCCC-DDDD\n', ATTEST, 'wendy-other-head')]:
        'the signature does not match the message and the key',
      [mallory.sign(`${head}\n`, ATTEST, 'mallory-keygen')]:
        'the signature is by a key that is not among the plan’s allowed signers',
      [omar.sign(`${head}\n`, 'file', 'omar-file')]:
        `the signature is for the namespace “file”, not “${ATTEST}”`,
      [absent]: 'the security key did not record a user’s presence (its user-presence flag is clear)',
    };
    const withBad = verify(
      '--allowed-signers',
      plan,
      '--require-witnesses',
      '3',
      ...Object.keys(refused).flatMap((f) => ['--witness-sig', f]),
    );
    for (const [sig, reason] of Object.entries(refused))
      expect(withBad.stdout).toContain(`Not counted: ${sig}: ${reason}`);
    expect(withBad.stdout).toContain('Attested by: wendy@treasury.example; omar@treasury.example\n');
    expect(withBad.status).toBe(5);
    // Made with the user present, Yuki's signature is the third.
    const present = path.join(witnessKeys, 'yuki-present.sig');
    writeFileSync(present, yuki.sign(`${head}\n`, ATTEST));
    expect(
      verify('--allowed-signers', plan, '--require-witnesses', '3', '--witness-sig', present).status,
    ).toBe(0);
    // The in-app verifier shows the same co-signatures, against the plan the record fixed.
    await page.getByRole('button', { name: 'Verify a transcript', exact: true }).click();
    await page.getByLabel('Transcript file (.json)').setInputFiles(file);
    const onScreen = await page.getByTestId('verdict-witnesses').innerText();
    expect(onScreen).toContain(
      `Witnesses’ co-signatures of the closing head ${head}, against the keys its plan fixed: co-signed by wendy@treasury.example, omar@treasury.example. The keys come from the record’s own plan`,
    );
    expect(onScreen).toMatch(
      /wendy@treasury\.example ssh-ed25519 SHA256:\S+ · omar@treasury\.example ecdsa-sha2-nistp256 SHA256:/,
    );
    await page.getByRole('button', { name: 'History', exact: true }).click();
    // The report is the annotated script: each step with what the app recorded, the exception in place.
    await keyGen.getByRole('button', { name: 'Printable report' }).click();
    const script = page.getByTestId('report-annotated-script');
    await script.first().waitFor();
    const annotated = (await script.allInnerTexts()).join('\n');
    const reviewRow = new RegExp(
      `(^|\\n)${keyGenExceptionAt}\\s+Officer and witnesses: Read the review[\\s\\S]*?Exception at step ${keyGenExceptionAt}, [^\\n]*The second witness arrived late`,
    );
    expect(annotated).toMatch(reviewRow);
    expect(annotated).toMatch(/reviewed and sent: TSS request \S+/);
    expect(annotated).toContain(
      `co-signed by wendy@treasury.example; co-signed by omar@treasury.example (head ${head})`,
    );
    expect(await page.getByTestId('report-attestations').innerText()).toMatch(
      /omar@treasury\.example \(ecdsa-sha2-nistp256 SHA256:\S+\): co-signed over the closing head/,
    );
    // The report stays open: the next story goes back to History from it.
  });

  it('names the damage: an edited transcript on the Verify screen, an edited journal in History', async () => {
    const page = app.session.page;
    await page.getByRole('button', { name: '← History' }).click(); // the last story left the report open
    const keygen = page.getByTestId('history-item').filter({ hasText: /^KeyGen ·.*outcome success/ });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      keygen.getByRole('button', { name: 'Export signed transcript' }).click(),
    ]);
    const file = /saved to (.+?\.json)\./.exec(await keygen.getByTestId('export-result').innerText())![1]!;
    // The browser got the very file the host saved.
    expect(readFileSync(await download.path(), 'utf8')).toBe(readFileSync(file, 'utf8'));
    expect(download.suggestedFilename()).toBe(path.basename(file));

    // One witness's name changed inside the transcript, every byte else as written.
    const transcript = JSON.parse(readFileSync(file, 'utf8')) as { journal: string[] };
    const at = transcript.journal.findIndex((l) => JSON.parse(l).kind === 'witnesses');
    const entry = JSON.parse(transcript.journal[at]!);
    entry.data.names[0] = `${entry.data.names[0]}x`;
    transcript.journal[at] = JSON.stringify(entry);
    const edited = path.join(ARTIFACTS, 'edited-witness-transcript.json');
    writeFileSync(edited, `${JSON.stringify(transcript, null, 2)}\n`);
    await page.getByRole('button', { name: 'Verify a transcript' }).click();
    await page.getByLabel('Transcript file (.json)').setInputFiles(edited);
    const verdict = page.getByTestId('verdict');
    await verdict.filter({ hasText: 'NOT VERIFIED' }).waitFor();
    expect(await verdict.getAttribute('data-status')).toBe('damaged');
    expect(await page.getByTestId('verdict-entry').innerText()).toBe(
      `Where: journal entry ${at + 1} (witnesses), field sig`,
    );
    // And what to do next, as History says it for its own records (issue #29, item 13).
    expect(await page.getByTestId('damage-advice').innerText()).toMatch(
      /^What to do: rely on nothing in this transcript\. Keep the file exactly as it is/,
    );
    await screenshot(page, 'record-verify-edited-entry');
    expect(await axeViolations(page)).toEqual([]);

    // One character of the KeyGen's journal on disk: History lists it as damaged, at that line.
    const dir = path.join(app.host.dataDir, 'ceremonies');
    const journalFile = readdirSync(dir)
      .filter((f) => f.endsWith('.journal.jsonl'))
      .map((f) => path.join(dir, f))
      .find(
        (f) =>
          readFileSync(f, 'utf8').includes('"kind":"KeyGen"') &&
          readFileSync(f, 'utf8').includes('"outcome":"success"'),
      )!;
    const lines = readFileSync(journalFile, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('"kind":"checklist_tick"'));
    lines[line] = lines[line]!.replace('"item":"', '"item":"X');
    writeFileSync(journalFile, lines.join('\n'));
    await page.getByRole('button', { name: 'History', exact: true }).click();
    const damaged = page.getByTestId('damaged-record');
    await damaged.waitFor();
    expect(await damaged.getByTestId('damage-where').innerText()).toBe(
      `Where: journal line ${line + 1} (checklist_tick), field sig`,
    );
    expect(await damaged.getByTestId('damage-advice').innerText()).toMatch(
      /^What to do: keep the data folder as it is .*export the transcript marked as damaged/,
    );
    expect(await damaged.innerText()).toMatch(/^Damaged record: KeyGen/);
    expect(
      await page
        .getByTestId('history-item')
        .filter({ hasText: /^KeyGen ·.*outcome success/ })
        .count(),
    ).toBe(0);
    await damaged.getByRole('button', { name: 'Export transcript marked as damaged' }).click();
    const marked = /saved to (.+\.json), marked as damaged/.exec(
      await damaged.getByTestId('export-result').innerText(),
    )![1]!;
    const cli = spawnSync(process.execPath, ['out/main/verify-transcript.js', marked], { encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expect(cli.stdout).toMatch(
      new RegExp(`^NOT VERIFIED: journal entry ${line + 1} \\(checklist_tick\\), field sig`),
    );
    await screenshot(page, 'record-history-damaged');
    expect(await axeViolations(page)).toEqual([]);
  });
});
