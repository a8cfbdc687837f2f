// @vitest-environment node
/** The Verify screen's channel says whose key signed a transcript: only this installation's own is "ours". */
import { describe, expect, it } from 'vitest';
import { channels } from '../../../common/contract';
import { zhCN } from '../../../common/i18n/messages/zh-CN';
import type { Said } from '../../../common/i18n/said';
import { say, translator } from '../../../common/i18n/translate';
import { fingerprintOfHexKey, replaceConfirmation } from '../../../common/fingerprint';
import { generateKeyPair } from '../../../main/cobo/sign';
import { createHandlers, type HandlerServices } from '../../../main/ipc/handlers';
import { signerFromSecret } from '../../../main/journal/ed25519';
import { createInstallationKey } from '../../../main/journal/installation-key';
import { createRecords } from '../../../main/journal/records';
import { buildTranscript, transcriptText } from '../../../main/journal/transcript';
import { journalLines } from '../../helpers/journal';
import { sshKeygenKey } from '../../helpers/ssh-keygen';
import { openJournal } from '../../../main/journal/journal';
import { ATTESTATION_NAMESPACE, headText } from '../../../common/ceremony/witness-plan';
import { journalHeadFingerprint } from '../../../common/fingerprint';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

async function signedBy(key: { secretHex: string }, journalKey = key) {
  const lines = await journalLines(signerFromSecret(journalKey.secretHex), { kind: 'KeyGen' }, [
    ['closure', { outcome: 'abandoned' }],
  ]);
  return transcriptText(buildTranscript(lines, null, signerFromSecret(key.secretHex)));
}

describe('transcript.verify', () => {
  const own = generateKeyPair();
  const secrets = new Map([['installation:transcript-signing-key', own.secretHex]]);
  const key = createInstallationKey({
    get: async (a) => secrets.get(a) ?? null,
    set: async (a, secret) => void secrets.set(a, secret),
    delete: async (a) => secrets.delete(a),
  });
  const records = createRecords({ ceremonies: {} as never, installation: key, saveFile: async () => null });
  const handlers = createHandlers({ records } as unknown as HandlerServices);
  const verify = (content: string) =>
    handlers['transcript.verify']({ content }, { frontEnd: 'browser' } as never);

  it('answers a crafted file in the contract’s bounds: thousands of long field names said as a short list', async () => {
    const fields = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`${'k'.repeat(2500)}${i}`, 1]));
    const answer = await verify(JSON.stringify({ ...JSON.parse(await signedBy(own)), ...fields }));
    expect(channels['transcript.verify'].output.safeParse(answer).success).toBe(true);
    expect(answer).toMatchObject({ ok: false });
    const zh = translator('zh-CN', zhCN);
    expect(say(zh, (answer as { said: Said }).said)).toMatch(/另有 2995 个/);
  });

  it('names this installation’s key as the signer, and a replaced one as a previous key of it', async () => {
    await key.publicInfo();
    const before = await signedBy(own);
    expect(await verify(before)).toMatchObject({ ok: true, signer: 'this-installation' });
    await key.replace({
      reason: 'compromised',
      confirm: replaceConfirmation(fingerprintOfHexKey(own.apiKey)),
    });
    expect(await verify(before)).toMatchObject({ ok: true, signer: 'previous-key' });
  });

  it('judges a transcript by the least known of its two signers: the journal’s and the transcript’s', async () => {
    // Entries signed by a stranger, the transcript by a key of this installation: not this installation's record.
    const mixed = await signedBy(own, generateKeyPair());
    expect(await verify(mixed)).toMatchObject({
      ok: true,
      fingerprint: fingerprintOfHexKey(own.apiKey),
      signer: 'unknown',
    });
  });

  it('says a transcript that verifies under another key was signed by a key this installation does not know', async () => {
    const other = generateKeyPair();
    expect(await verify(await signedBy(other))).toMatchObject({
      ok: true,
      signer: 'unknown',
      fingerprint: fingerprintOfHexKey(other.apiKey),
    });
  });

  it('shows the witnesses’ co-signatures the record carries, checked against the plan it journalled', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-verify-witnesses-'));
    try {
      const wendy = sshKeygenKey(dir, 'wendy', 'ed25519');
      const [principal, type, base64] = wendy.allowed('treasury.example').split(' ');
      const signer = signerFromSecret(own.secretHex);
      const journal = await openJournal(path.join(dir, 'j.jsonl'), { signer: async () => signer });
      await journal.append('ceremony_started', { kind: 'KeyGen' });
      await journal.append('witness_signers', {
        signers: [{ principal: principal!, key: `${type} ${base64}`, fingerprint: 'SHA256:x' }],
      });
      await journal.append('closure', { outcome: 'abandoned' });
      const head = journalHeadFingerprint(journal.checkpoint().head);
      const signature = readFileSync(wendy.sign(headText(head), ATTESTATION_NAMESPACE), 'utf8');
      await journal.append('attestation', {
        principal: principal!,
        dissent: false,
        head,
        signature,
        at: 'now',
      });
      const linesNow = () => readFileSync(path.join(dir, 'j.jsonl'), 'utf8').split('\n').filter(Boolean);
      const verdict = await verify(transcriptText(buildTranscript(linesNow(), null, signer)));
      expect(verdict).toMatchObject({ ok: true, status: 'verified' });
      expect(verdict.witnesses).toEqual({
        head,
        keys: [
          `wendy@treasury.example ssh-ed25519 ${execFileSync('ssh-keygen', ['-lf', path.join(dir, 'wendy.pub')], { encoding: 'utf8' }).split(' ')[1]}`,
        ],
        attested: ['wendy@treasury.example'],
        dissented: [],
        refused: [],
      });
      // A co-signature the app would never have journalled: the record is damaged, no witnesses shown.
      await journal.append('attestation', {
        principal: 'x',
        dissent: false,
        head,
        signature: 'forged',
        at: 'now',
      });
      const forged = await verify(transcriptText(buildTranscript(linesNow(), null, signer)));
      expect(forged).toMatchObject({
        status: 'damaged',
        witnesses: null,
        entry: { line: 5, kind: 'attestation', field: 'signature' },
      });
      expect(forged.problem).toContain('no BEGIN SSH SIGNATURE block');
      // A record whose plan named no keys has nothing to show; a damaged one shows nothing either.
      expect((await verify(await signedBy(own))).witnesses).toBeNull();
      expect((await verify('nope')).witnesses).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names no signer for a file that is not a transcript', async () => {
    expect(await verify('nope')).toMatchObject({ status: 'not-a-transcript', ok: false, signer: null });
  });
});
