// @vitest-environment node
/** The record leaving the app: file names, contents, the installation key's life, the PDF path. */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { CeremonyService } from '../../../main/ceremony/service';
import { exportsFolderSaver, type SaveFile } from '../../../main/journal/exports';
import { createInstallationKey } from '../../../main/journal/installation-key';
import { openJournal } from '../../../main/journal/journal';
import { createRecords } from '../../../main/journal/records';
import { zhCN } from '../../../common/i18n/messages/zh-CN';
import { say, translator } from '../../../common/i18n/translate';
import { verifyTranscript } from '../../../main/journal/transcript';
import type { SecretStore } from '../../../main/keychain/secret-store';
import { fingerprintOfHexKey, replaceConfirmation } from '../../../common/fingerprint';
import { apiKeyFromSecret } from '../../../main/cobo/sign';
import { verifierFor } from '../../../main/journal/ed25519';
import { testSigner } from '../../helpers/record-keys';
import { newCeremony } from '../../fixtures/ceremony';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-records-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A secret store over a map, counting writes: the real keychain has its own tests. */
function memorySecrets(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  const store: SecretStore & { writes: number } = {
    writes: 0,
    async set(account, secret) {
      // Writes of the key itself: the key history's mark beside it is counted apart.
      if (!account.endsWith(':key-history')) store.writes++;
      map.set(account, secret);
    },
    get: async (account) => map.get(account) ?? null,
    delete: async (account) => map.delete(account),
  };
  return store;
}

async function ceremonyWithJournal(damage: string | null = null) {
  const ceremony = newCeremony({
    kind: 'KeyGenFromKeyGroup',
    createdAt: '2026-03-04T05:06:07.000Z',
    custodians: { 'node-a': 't', 'node-b': 't' },
    custodianNames: { 'node-a': 'Alice Moreau' },
  });
  const journal = await openJournal(path.join(dir, `${Math.random()}.jsonl`), { signer: async () => signer });
  await journal.append('ceremony_started', {
    ceremony_id: ceremony.id,
    kind: ceremony.kind,
    environment: ceremony.environment,
    api_key_fingerprint: ceremony.apiKeyFingerprint,
  });
  await journal.append('custodian_checkin', { tss_node_id: 'node-a', name: 'Alice Moreau', at: 't' });
  await journal.append('custodian_checkin', { tss_node_id: 'node-b', name: 'node-b', at: 't' });
  const ceremonies = {
    get: () => ceremony,
    record: () => ({ lines: journal.entries().map((e) => JSON.stringify(e)), damage }),
  } as unknown as CeremonyService;
  return { ceremony, ceremonies };
}
const signer = testSigner();
const installationKey = (secrets = memorySecrets()) => createInstallationKey(secrets);

const recorder = () => {
  const saved: Array<[string, string | Uint8Array]> = [];
  const saveFile: SaveFile = async (name, content) => {
    saved.push([name, content]);
    return `/chosen/${name}`;
  };
  return { saved, saveFile };
};

describe('exporting a transcript', () => {
  it('names the file after the ceremony, writes pretty JSON with a final newline, and names each participant', async () => {
    const { ceremony, ceremonies } = await ceremonyWithJournal();
    const { saved, saveFile } = recorder();
    const records = createRecords({ ceremonies, installation: installationKey(), saveFile });
    const result = await records.exportTranscript(ceremony.id);
    const name = `key-ceremony-KeyGenFromKeyGroup-2026-03-04-${ceremony.id.slice(0, 8)}.transcript.json`;
    expect(saved.map(([n]) => n)).toEqual([name]);
    const text = saved[0]![1] as string;
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
    const transcript = JSON.parse(text);
    expect(transcript.header.participants).toEqual(['Alice Moreau (node-a)', 'node-b (node-b)']);
    // Still open: intact, and said to be incomplete.
    expect(verifyTranscript(text)).toMatchObject({
      status: 'incomplete',
      problem: expect.stringContaining('no closing entry'),
    });
    const key = await records.installationKey();
    expect(result).toEqual({
      path: `/chosen/${name}`,
      installationKeyFingerprint: key.fingerprint,
      beside: [],
      download: null,
    });
    expect(transcript.header.installation_key_fingerprint).toBe(key.fingerprint);
  });

  it('exports a damaged record as it is, marked damaged in its name and its header', async () => {
    const { ceremony, ceremonies } = await ceremonyWithJournal('Journal entry 2: changed');
    const { saved, saveFile } = recorder();
    const records = createRecords({ ceremonies, installation: installationKey(), saveFile });
    await records.exportTranscript(ceremony.id);
    expect(saved[0]![0]).toBe(`key-ceremony-DAMAGED-${ceremony.id}.transcript.json`);
    const text = saved[0]![1] as string;
    expect(JSON.parse(text).header.damage).toBe('Journal entry 2: changed');
    expect(verifyTranscript(text)).toMatchObject({
      status: 'damaged',
      problem: 'the app exported this record as damaged: Journal entry 2: changed',
    });
  });

  it('says whose keys signed a record: the least trusted of its signers', async () => {
    const { ceremonies } = await ceremonyWithJournal();
    const installation = installationKey();
    const records = createRecords({ ceremonies, installation, saveFile: async () => null });
    const own = (await records.installationKey()).fingerprint;
    const owner = async (...f: (string | null)[]) => (await records.owner(...f)).signer;
    expect(await owner(own, own)).toBe('this-installation');
    expect(await owner(own, 'AAAA-BBBB-CCCC-DDDD')).toBe('unknown');
    expect(await owner(null, null)).toBeNull();
    await installation.replace({ reason: 'compromised', confirm: replaceConfirmation(own) });
    const now = (await records.installationKey()).fingerprint;
    expect(await owner(now, own)).toBe('previous-key');
    expect(await owner(now, null)).toBe('this-installation');
    expect((await records.owner(now, own)).signerHow).toEqual([
      expect.stringMatching(
        new RegExp(`^${now}: made on .* believed compromised; that key signed its introduction$`),
      ),
      expect.stringMatching(
        new RegExp(`^${own}: this installation’s first key .*replaced on .* \\(compromised\\)$`),
      ),
    ]);
    // The same lines said in Chinese, each key's story in the catalogue's words.
    const zh = translator('zh-CN', zhCN);
    const inChinese = (await records.owner(now, own, 'AAAA-BBBB-CCCC-DDDD')).signerHowSaid.map((s) =>
      say(zh, s),
    );
    expect(inChinese[0]).toMatch(new RegExp(`^${now}：于 .* 生成，因为之前的密钥被认为已泄露`));
    expect(inChinese[1]).toMatch(new RegExp(`^${own}：本安装实例的第一个密钥.*被替换（泄露）$`));
    expect(inChinese[2]).toBe('AAAA-BBBB-CCCC-DDDD：不是本安装实例的密钥');
  });

  it('gives the browser host the transcript itself to download, and the desktop app only the path', async () => {
    const { ceremony, ceremonies } = await ceremonyWithJournal();
    const { saved, saveFile } = recorder();
    const installation = installationKey();
    const browser = createRecords({ ceremonies, installation, saveFile, offerDownload: true });
    const { download } = await browser.exportTranscript(ceremony.id);
    expect(download).toEqual({ fileName: saved[0]![0], content: saved[0]![1] });
    expect(verifyTranscript(download!.content).status).toBe('incomplete');
    const desktop = createRecords({ ceremonies, installation, saveFile });
    expect((await desktop.exportTranscript(ceremony.id)).download).toBeNull();
  });

  it('passes on a cancelled save as no path', async () => {
    const { ceremony, ceremonies } = await ceremonyWithJournal();
    const records = createRecords({
      ceremonies,
      installation: installationKey(),
      saveFile: async () => null,
    });
    expect((await records.exportTranscript(ceremony.id)).path).toBeNull();
  });
});

describe('saving the report as PDF', () => {
  it('refuses in the browser host, saying how to print it instead', async () => {
    const { ceremony, ceremonies } = await ceremonyWithJournal();
    const { saved, saveFile } = recorder();
    const records = createRecords({ ceremonies, installation: installationKey(), saveFile });
    await expect(records.saveReportPdf(ceremony.id)).rejects.toMatchObject({
      code: 'report.print_in_browser',
      message: 'The browser host cannot save the report as PDF by itself.',
      hint: 'Open the report and use your browser’s Print → Save as PDF; it prints the same view.',
    });
    expect(saved).toEqual([]);
  });

  it('prints the ceremony’s report and saves the bytes under the ceremony’s name', async () => {
    const { ceremony, ceremonies } = await ceremonyWithJournal();
    const { saved, saveFile } = recorder();
    const pdf = new Uint8Array([37, 80, 68, 70]);
    const printReportPdf = vi.fn(async () => pdf);
    const records = createRecords({ ceremonies, installation: installationKey(), saveFile, printReportPdf });
    const name = `key-ceremony-KeyGenFromKeyGroup-2026-03-04-${ceremony.id.slice(0, 8)}.report.pdf`;
    expect(await records.saveReportPdf(ceremony.id)).toEqual({ path: `/chosen/${name}` });
    expect(printReportPdf).toHaveBeenCalledWith(ceremony.id, undefined);
    expect(saved).toEqual([[name, pdf]]);
    // In the language the report is printed in, when one is asked for.
    await records.saveReportPdf(ceremony.id, 'zh-CN');
    expect(printReportPdf).toHaveBeenLastCalledWith(ceremony.id, 'zh-CN');
  });
});

describe('the installation key', () => {
  it('is made once, on first use, and then always the same', async () => {
    const secrets = memorySecrets();
    const key = createInstallationKey(secrets);
    const first = await key.publicInfo();
    const second = await key.publicInfo();
    const used = (await key.signer()).publicKey;
    expect(second).toEqual(first);
    expect(used).toBe(first.publicKey);
    expect(first.fingerprint).toBe(fingerprintOfHexKey(first.publicKey));
    expect(secrets.writes).toBe(1);
    // Another start over the same keychain finds it.
    expect(await createInstallationKey(secrets).publicInfo()).toEqual(first);
    expect(secrets.writes).toBe(1);
  });

  it('is made once even when first uses race, and recorded by its public key only', async () => {
    const secrets = memorySecrets();
    // A keychain that answers slowly, as a real one does: every first use asks before any has written.
    const get = secrets.get;
    secrets.get = async (account) => {
      const answer = await get(account);
      await new Promise((r) => setTimeout(r, 10));
      return answer;
    };
    const file = path.join(mkdtempSync(path.join(dir, 'keys-')), 'installation-keys.json');
    const key = createInstallationKey(secrets, file);
    const seen = await Promise.all([key.publicInfo(), key.publicInfo(), key.publicInfo(), key.publicInfo()]);
    expect(new Set(seen.map((s) => s.publicKey)).size).toBe(1);
    expect(secrets.writes).toBe(1);
    const record = JSON.parse(readFileSync(file, 'utf8')) as { statements: Array<{ key: string }> };
    expect(record.statements).toEqual([
      expect.objectContaining({ key: seen[0]!.publicKey, reason: 'first', replaces: null }),
    ]);
    expect(readFileSync(file, 'utf8')).not.toContain(
      (await secrets.get('installation:transcript-signing-key'))!,
    );
  });

  it('is never silently replaced: a lost key is reported, and a new one made only on request, the old one kept as previous', async () => {
    const secrets = memorySecrets();
    const file = path.join(mkdtempSync(path.join(dir, 'keys-')), 'installation-keys.json');
    const first = await createInstallationKey(secrets, file).publicInfo();
    await secrets.delete('installation:transcript-signing-key');
    const restarted = createInstallationKey(secrets, file);
    await expect(restarted.publicInfo()).rejects.toMatchObject({
      code: 'installation.key_missing',
      message: `This installation's transcript key (${first.fingerprint}) is missing from the system keychain.`,
    });
    expect(secrets.writes).toBe(1);
    const second = await restarted.replace({
      reason: 'lost',
      confirm: replaceConfirmation(first.fingerprint),
    });
    expect(second.fingerprint).not.toBe(first.fingerprint);
    expect(second).toMatchObject({ previousFingerprint: first.fingerprint, attested: false });
    expect(await restarted.publicInfo()).toEqual({
      publicKey: second.publicKey,
      fingerprint: second.fingerprint,
    });
    expect(await restarted.whose(first.fingerprint)).toBe('previous-key');
    // Made after a loss: this installation's, but never shown as proven.
    expect(await restarted.whose(second.fingerprint)).toBe('unattested');
    expect(await restarted.whose('AAAA-BBBB-CCCC-DDDD')).toBe('unknown');
  });

  it('uses the key already in the keychain', async () => {
    const secretHex = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
    const secrets = memorySecrets({ 'installation:transcript-signing-key': secretHex });
    const key = createInstallationKey(secrets);
    expect((await key.publicInfo()).publicKey).toBe(apiKeyFromSecret(secretHex));
    const signature = (await key.signer()).sign('message');
    expect(verifierFor(apiKeyFromSecret(secretHex))!('message', signature)).toBe(true);
    expect(secrets.writes).toBe(0);
  });
});

describe('the exports folder', () => {
  it('writes into exports/, never over a file, numbering the next ones, readable by the owner only', async () => {
    const data = mkdtempSync(path.join(dir, 'data-'));
    const save = exportsFolderSaver(data);
    const first = await save('report one.pdf', 'A');
    const second = await save('report one.pdf', 'B');
    const third = await save('report one.pdf', 'C');
    expect([first, second, third]).toEqual([
      path.join(data, 'exports', 'report_one.pdf'),
      path.join(data, 'exports', 'report_one (2).pdf'),
      path.join(data, 'exports', 'report_one (3).pdf'),
    ]);
    expect([first, second, third].map((f) => readFileSync(f!, 'utf8'))).toEqual(['A', 'B', 'C']);
    expect(statSync(first!).mode & 0o777).toBe(0o600);
    expect(await save('../../escape/évé.json', 'x')).toBe(path.join(data, 'exports', '_v_.json'));
  });

  it('gives up after 999 files of the same name, and passes on any other failure', async () => {
    const data = mkdtempSync(path.join(dir, 'full-'));
    const save = exportsFolderSaver(data);
    await save('a.txt', '1');
    for (let n = 2; n < 1000; n++) writeFileSync(path.join(data, 'exports', `a (${n}).txt`), '');
    await expect(save('a.txt', 'x')).rejects.toThrow('too many exports with the same name');
    const blocked = mkdtempSync(path.join(dir, 'blocked-'));
    writeFileSync(path.join(blocked, 'exports'), 'a file where the folder should be');
    await expect(exportsFolderSaver(blocked)('a.txt', 'x')).rejects.toMatchObject({ code: 'EEXIST' });
  });
});
