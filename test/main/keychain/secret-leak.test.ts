// @vitest-environment node
/**
 * Drives every profile channel through the real dispatch, successes and refusals alike, and scans
 * everything that leaves main (answers, events, log lines) and every file in the data folder for the
 * API secrets, in hex, base64 and raw bytes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { channelNames } from '../../../common/contract';
import { generateKeyPair } from '../../../main/cobo/sign';
import { setLogSink } from '../../../main/log';
import { createSecretStore } from '../../../main/keychain/secret-store';
import { startRuntime } from '../../../main/runtime';
import { coboError, json, startFakeCobo } from '../cobo/fake-cobo';

function forms(secretHex: string): string[] {
  const bytes = Buffer.from(secretHex, 'hex');
  return [
    secretHex,
    secretHex.toUpperCase(),
    bytes.toString('base64'),
    bytes.toString('base64url'),
    bytes.toString('latin1'),
    // A secret split or quoted in a message would still show a long run of it.
    secretHex.slice(0, 24),
    secretHex.slice(-24),
    bytes.toString('base64').slice(0, 20),
  ];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('the API secret never leaves main', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kc-leak-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is in no answer, event, log line or file', async () => {
    const logs: string[] = [];
    const restore = setLogSink((line) => logs.push(line));
    let calls = 0;
    const fake = await startFakeCobo((_r, res) =>
      ++calls % 2
        ? json(res, 200, { data: [], pagination: { before: '', after: '', total_count: 0 } })
        : coboError(res, 401, 2023),
    );
    const runtime = await startRuntime({
      frontEnd: 'electron',
      dataDir,
      sandboxBaseUrl: async () => fake.baseUrl,
    });
    const outputs: unknown[] = [];
    runtime.services.events.connect((e) => outputs.push(e));
    const call = async (channel: string, input: unknown) => {
      const result = await runtime.dispatch(channel, input);
      outputs.push(result);
      return result;
    };

    const imported = generateKeyPair();
    const exercised = new Set<string>();
    const run = async (channel: string, input: unknown) => {
      exercised.add(channel);
      return call(channel, input);
    };

    await run('profiles.list', {});
    const gen = (await run('profiles.generate', { name: 'Generated', environment: 'sandbox' })) as {
      ok: true;
      value: { id: string };
    };
    const imp = (await run('profiles.import', {
      name: 'Imported',
      environment: 'development',
      secret: `0x${imported.secretHex}`,
    })) as {
      ok: true;
      value: { id: string };
    };
    // Refusals that handle secret material: a near-miss secret, a mismatched key, a duplicate.
    await run('profiles.import', {
      name: 'Bad',
      environment: 'sandbox',
      secret: imported.secretHex.slice(1),
    });
    await run('profiles.import', { name: 'Bad', environment: 'sandbox', secret: imported.secretHex + 'zz' });
    await run('profiles.import', {
      name: 'Bad',
      environment: 'sandbox',
      secret: imported.secretHex,
      expectedApiKey: 'ab'.repeat(32),
    });
    await run('profiles.import', { name: 'Dup', environment: 'development', secret: imported.secretHex });
    await run('profiles.testConnection', { id: gen.value.id });
    await run('profiles.testConnection', { id: gen.value.id });
    await run('profiles.rename', { id: imp.value.id, name: 'Renamed' });
    await run('profiles.setOfficer', { id: imp.value.id, officerName: 'Olga Officer' });
    await run('profiles.list', {});
    await run('profiles.delete', { id: imp.value.id, confirmName: 'wrong' });
    await run('profiles.delete', { id: imp.value.id, confirmName: 'Renamed' });
    await run('app.info', {});
    // The holder panel's channels (no embedded sandbox here: they answer that it is not running).
    await run('sandbox.holders', {});
    await run('sandbox.decide', { tssNodeId: 'n1', tssRequestId: 'r1', decision: 'approve' });
    await run('sandbox.setOnline', { tssNodeId: 'n1', online: false });
    await run('sandbox.losePhone', { tssNodeId: 'n1' });
    await run('sandbox.setManualApproval', { manual: true });
    await run('sandbox.restoreFromBackup', { tssNodeId: 'n1' });
    await run('sandbox.unfreeze', { tssNodeId: 'n1' });
    await run('sandbox.setAdminApproval', { on: true });
    await run('sandbox.approveAsAdmins', { tssRequestId: 'r1' });
    await run('sandbox.setVaultAdvanced', { vaultId: 'v1', advanced: true });
    await run('sandbox.startFresh', { withVault: false });
    await run('sandbox.requestActions', { tssRequestId: 'r1' });
    await run('sandbox.exportRecoveryFile', { tssNodeId: 'n1', password: 'holder password', version: 3 });
    // Ceremony channels, against the fake server (most are refused there; every answer is scanned).
    await run('cobo.vaults', { profileId: gen.value.id });
    await run('cobo.groups', { profileId: gen.value.id, vaultId: 'v1' });
    await run('cobo.holder', { profileId: gen.value.id, vaultId: 'v1', tssNodeId: 'n1' });
    await run('app.language', {});
    await run('app.setLanguage', { locale: 'zh-CN' });
    await run('ceremony.list', {});
    const started = (await run('ceremony.start', { kind: 'KeyGen', profileId: gen.value.id })) as {
      ok: true;
      value: { id: string };
    };
    const id = started.value.id;
    await run('ceremony.get', { id });
    await run('ceremony.select', { id, selection: { targetGroupId: 'g1' } });
    await run('ceremony.tick', { id, item: 'workstation_prepared' });
    await run('ceremony.checkIn', { id, tssNodeId: 'n1', name: 'Alice' });
    await run('transcript.export', { id });
    await run('transcript.verify', { content: '{}' });
    await run('report.savePdf', { id });
    await run('ceremony.journalHead', { id });
    await run('ceremony.journal', { id });
    await run('keys.rename', { groupId: 'g-1', name: 'Cold storage' });
    await run('keys.names', {});
    await run('app.installationKey', {});
    await run('app.keyHistory', {});
    await run('app.replaceInstallationKey', { reason: 'lost', confirm: 'replace XXXX' });
    await run('ceremony.setWitnesses', { id, witnesses: ['Wendy'] });
    await run('ceremony.preflight', { id });
    await run('ceremony.review', { id });
    await run('ceremony.submit', { id });
    await run('ceremony.reconcile', { id });
    await run('ceremony.cancelRequest', { id });
    await run('ceremony.recordComparison', { id });
    await run('ceremony.drillFile', {
      id,
      fileName: 'holder.json',
      content: '{}',
      password: 'holder password',
    });
    await run('ceremony.drillConclude', { id });
    await run('ceremony.scriptPrinted', { id, sheet: { ceremonyId: id } });
    await run('ceremony.recordException', {
      id,
      exception: { step: 1, expected: 'x', happened: 'y', decided: 'z', agreed: 'OO' },
    });
    await run('ceremony.setWitnessSigners', { id, allowedSigners: 'wendy@example.com ssh-ed25519 AAAA' });
    await run('ceremony.attest', { id, signature: '-----BEGIN SSH SIGNATURE-----' });
    await run('ceremony.confirmBackup', { id, tssNodeId: 'n1', name: 'Alice' });
    await run('ceremony.close', { id });
    await run('ceremony.abandon', { id });

    // Every channel of the contract was driven (so a new channel must be added here).
    expect([...exercised].sort()).toEqual([...channelNames].sort());

    const generatedSecret = await createSecretStore().get(`profile:${gen.value.id}`);
    expect(generatedSecret).toMatch(/^[0-9a-f]{64}$/);
    const haystacks = [
      ...outputs.map((o) => JSON.stringify(o)),
      ...logs,
      ...filesUnder(dataDir).map((f) => readFileSync(f, 'latin1')),
      ...filesUnder(dataDir).map((f) => readFileSync(f, 'utf8')),
    ];
    expect(haystacks.length).toBeGreaterThan(15);
    for (const secret of [generatedSecret!, imported.secretHex]) {
      for (const form of forms(secret)) {
        for (const hay of haystacks)
          expect(hay.includes(form), `found a form of the secret in: ${hay.slice(0, 120)}`).toBe(false);
      }
    }
    setLogSink(restore);
    await fake.close();
    await runtime.close();
  });
});
