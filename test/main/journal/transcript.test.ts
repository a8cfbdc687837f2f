// @vitest-environment node
/** Transcripts from a real ceremony: signed, verified offline, and every tampering caught. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretStore } from '../../../main/keychain/secret-store';
import { canonicalJson, verifyTranscript } from '../../../main/journal/transcript';
import { rig, type Rig } from '../ceremony/helpers';

let r: Rig;
let text: string;
let file: string;

beforeAll(async () => {
  r = await rig();
  const c = r.runtime.services.ceremonies;
  const main = await r.group('MainGroup');
  const prepared = await r.prepare('KeyGen', { targetGroupId: main.key_share_holder_group_id });
  await c.submit(prepared.id, undefined);
  await r.waitFor(() => c.get(prepared.id).phase === 'finished', 'KeyGen');
  await c.recordComparison(prepared.id);
  await c.close(prepared.id);
  const exported = await r.runtime.services.records.exportTranscript(prepared.id);
  file = exported.path!;
  text = readFileSync(file, 'utf8');
});
afterAll(() => r.close());

/** A parsed transcript, loosely typed on purpose: the tests break it in ways the schema forbids. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tampering needs to reach anywhere
type Mutable = Record<string, any>;

const mutate = (change: (t: Mutable) => void) => {
  const t = JSON.parse(text);
  change(t);
  return JSON.stringify(t);
};

describe('signed transcripts', () => {
  it('verifies a fresh transcript and names the installation key', async () => {
    const verdict = verifyTranscript(text);
    expect(verdict).toMatchObject({ ok: true, problem: null });
    const own = await r.runtime.services.records.installationKey();
    expect(verdict.fingerprint).toBe(own.fingerprint);
    const t = JSON.parse(text);
    expect(t.header).toMatchObject({
      ceremony_type: 'KeyGen',
      environment: 'sandbox',
      outcome: 'success',
      installation_public_key: own.publicKey,
    });
    expect(t.header.root_pubkeys).toHaveLength(2);
    expect(t.header.participants.length).toBe(2);
  });

  it('never writes over an existing file: a second export gets a new name', async () => {
    const second = await r.runtime.services.records.exportTranscript(JSON.parse(text).header.ceremony_id);
    expect(second.path).not.toBe(file);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(readdirSync(path.dirname(file)).filter((f) => f.includes('.transcript'))).toHaveLength(2);
  });

  it.each([
    ['an edited outcome', (t: Mutable) => (t.header.outcome = 'failed'), /signature does not match/],
    [
      'an edited journal entry',
      (t: Mutable) => (t.journal[3].data.item = 'something else'),
      /signature does not match/,
    ],
    ['a removed entry', (t: Mutable) => t.journal.splice(2, 1), /signature does not match/],
    ['a forged signature', (t: Mutable) => (t.signature = 'ab'.repeat(64)), /signature does not match/],
    [
      'a swapped key',
      (t: Mutable) => (t.header.installation_public_key = 'cd'.repeat(32)),
      /fingerprint in the header does not match/,
    ],
    ['another format', (t: Mutable) => (t.header.format = 'other'), /not a Key Ceremony transcript/],
  ])('refuses %s', (_name, change, problem) => {
    const verdict = verifyTranscript(mutate(change));
    expect(verdict.ok).toBe(false);
    expect(verdict.problem).toMatch(problem);
    expect(verdict.summary).toMatch(/^NOT VERIFIED/);
  });

  it('catches a header that contradicts a consistent, re-signed journal', async () => {
    // Someone with the installation key re-signs a transcript whose header lies about the outcome.
    const { buildTranscript } = await import('../../../main/journal/transcript');
    const t = JSON.parse(text);
    const ceremony = r.runtime.services.ceremonies.get(t.header.ceremony_id);
    const lying = { ...ceremony, outcome: 'cancelled' as const };
    const forged = await (async () => {
      const secrets = createSecretStore();
      const secretHex = (await secrets.get('installation:transcript-signing-key'))!;
      return buildTranscript(lying, t.journal, t.header.participants, {
        secretHex,
        publicKey: t.header.installation_public_key,
      });
    })();
    expect(verifyTranscript(JSON.stringify(forged))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/outcome differs/),
    });
  });

  it('holds no secret: neither the API secret nor the installation key', async () => {
    const secrets = createSecretStore();
    const profileId = r.profileId;
    for (const account of [`profile:${profileId}`, 'installation:transcript-signing-key']) {
      const secret = (await secrets.get(account))!;
      expect(secret).toMatch(/^[0-9a-f]{64}$/);
      expect(text).not.toContain(secret);
      expect(text).not.toContain(Buffer.from(secret, 'hex').toString('base64'));
    }
  });

  it('signs the canonical form, so key order does not matter', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    expect(verifyTranscript(JSON.stringify(JSON.parse(text), null, 0))).toMatchObject({ ok: true });
  });

  it('npm run verify-transcript prints a verdict and exits 0 only when verified', () => {
    const cli = path.resolve('out/main/verify-transcript.js');
    const good = execFileSync(process.execPath, [cli, file], { encoding: 'utf8' });
    expect(good).toMatch(/^VERIFIED: KeyGen in sandbox/);
    const tampered = path.join(path.dirname(file), 'tampered.json');
    writeFileSync(
      tampered,
      mutate((t) => (t.header.outcome = 'failed')),
    );
    const bad = spawnSync(process.execPath, [cli, tampered], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^NOT VERIFIED: the signature does not match/);
    const missing = spawnSync(process.execPath, [cli, path.join(path.dirname(file), 'nope.json')], {
      encoding: 'utf8',
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/Cannot read/);
  });
});
