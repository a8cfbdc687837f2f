// @vitest-environment node
/** Transcripts from a real ceremony: signed, verified offline, and every tampering caught. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { once } from '../../helpers/once';
import { BROWSER_HOST_KEYCHAIN_SERVICE, createSecretStore } from '../../../main/keychain/secret-store';
import { signerFromSecret, type Signer } from '../../../main/journal/ed25519';
import { installationAccount } from '../../../main/journal/installation-key';
import { signedLine } from '../../../main/journal/chain';
import { rechain } from '../../helpers/journal';
import {
  MAX_TRANSCRIPT_BYTES,
  signTranscript,
  transcriptText,
  verifyTranscript,
  type Transcript,
} from '../../../main/journal/transcript';
import { canonicalJson } from '../../../main/journal/json-text';
import type { Said } from '../../../common/i18n/said';
import { zhCN } from '../../../common/i18n/messages/zh-CN';
import { say, sayEnglish, translator } from '../../../common/i18n/translate';
import { rig, type Rig } from '../ceremony/helpers';

let r: Rig;
let text: string;
let file: string;

beforeEach(
  once(async () => {
    r = await rig();
    const exported = await r.runtime.services.records.exportTranscript(await r.closedKeyGen());
    file = exported.path!;
    text = readFileSync(file, 'utf8');
  }),
);
afterAll(() => r?.close());

/** A parsed transcript, loosely typed on purpose: the tests break it in ways the schema forbids. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tampering needs to reach anywhere
type Mutable = Record<string, any>;

const mutate = (change: (t: Mutable) => void) => {
  const t = JSON.parse(text);
  change(t);
  return transcriptText(t);
};

describe('signed transcripts', () => {
  it('verifies a fresh transcript and names the installation key', async () => {
    const verdict = verifyTranscript(text);
    expect(verdict).toMatchObject({ status: 'verified', ok: true, problem: null });
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
    // A standard Main Key: Cobo plus one custodian, the one who took part.
    expect(t.header.participants).toHaveLength(1);
  });

  it('never writes over an existing file: a second export gets a new name', async () => {
    const second = await r.runtime.services.records.exportTranscript(JSON.parse(text).header.ceremony_id);
    expect(second.path).not.toBe(file);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(readdirSync(path.dirname(file)).filter((f) => f.includes('.transcript'))).toHaveLength(2);
  });

  it.each([
    [
      'an edited outcome',
      (t: Mutable) => (t.header.outcome = 'failed'),
      /^the header's outcome is "failed", but journal entry \d+ \(closure\) records "success"$/,
    ],
    [
      'an edited journal entry',
      (t: Mutable) => {
        const entry = JSON.parse(t.journal[3]);
        entry.data.edited = 'something else';
        t.journal[3] = JSON.stringify(entry);
      },
      /^journal entry 4 \(\w+\), field sig: the signature does not match/,
    ],
    ['a removed entry', (t: Mutable) => t.journal.splice(2, 1), /^journal entry 3 \(\w+\), field seq: /],
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

  it('holds no secret: neither the API secret nor the installation key', async () => {
    const secrets = createSecretStore(undefined, BROWSER_HOST_KEYCHAIN_SERVICE);
    const profileId = r.profileId;
    for (const account of [`profile:${profileId}`, installationAccount(r.dataDir)]) {
      const secret = (await secrets.get(account))!;
      expect(secret).toMatch(/^[0-9a-f]{64}$/);
      expect(text).not.toContain(secret);
      expect(text).not.toContain(Buffer.from(secret, 'hex').toString('base64'));
    }
  });

  it('signs the canonical form, so key order does not matter', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    // The header's keys in another order (the journal's entries are chained as written, so they keep theirs).
    const parsed = JSON.parse(text) as Transcript;
    const header = Object.fromEntries(Object.entries(parsed.header).reverse()) as Transcript['header'];
    expect(
      verifyTranscript(transcriptText({ signature: parsed.signature, journal: parsed.journal, header })),
    ).toMatchObject({ ok: true });
  });

  it('reads only what was signed: refuses a duplicate key, a __proto__ member, a reformatted file, and a file too large', () => {
    const notAsWritten =
      'the file is not exactly as Key Ceremony wrote it (a duplicate key, or content reformatted or edited; even a change of line endings counts)';
    const duplicate = text.replace('"outcome": "success"', '"outcome": "failed", "outcome": "success"');
    expect(duplicate).not.toBe(text);
    expect(verifyTranscript(duplicate).problem).toBe(notAsWritten);
    expect(verifyTranscript(text.replace('{\n', '{\n  "__proto__": {"ok": true},\n')).problem).toBe(
      'the file has a "__proto__" member, which no transcript has',
    );
    expect(verifyTranscript(JSON.stringify(JSON.parse(text))).problem).toBe(notAsWritten);
    expect(verifyTranscript(text.replace(/\n/g, '\r\n')).problem).toBe(notAsWritten);
    expect(verifyTranscript(' '.repeat(MAX_TRANSCRIPT_BYTES + 1)).problem).toBe(
      'the file is larger than 50 MB, more than any transcript',
    );
  });

  it('npm run verify-transcript prints a verdict and exits 0 only when verified and signed by a trusted key', () => {
    const cli = path.resolve('out/main/verify-transcript.js');
    const fingerprint = (JSON.parse(text) as Transcript).header.installation_key_fingerprint;
    const good = execFileSync(process.execPath, [cli, file, '--trust', fingerprint.toLowerCase()], {
      encoding: 'utf8',
    });
    expect(good).toMatch(/^VERIFIED: KeyGen in sandbox/);
    expect(good).toMatch(/Signed by keys you trust\.\n$/);
    // Verified, but nobody said this key is trusted: exit 3, and how to check it.
    const untrusted = spawnSync(process.execPath, [cli, file, '--trust', 'AAAA-BBBB-CCCC-DDDD'], {
      encoding: 'utf8',
    });
    expect(untrusted.status).toBe(3);
    expect(untrusted.stdout).toContain(`only if it is the same, run again with --trust ${fingerprint}`);
    expect(spawnSync(process.execPath, [cli, file], { encoding: 'utf8' }).status).toBe(3);
    const tampered = path.join(path.dirname(file), 'tampered.json');
    writeFileSync(
      tampered,
      mutate((t) => (t.header.outcome = 'failed')),
    );
    const bad = spawnSync(process.execPath, [cli, tampered], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^NOT VERIFIED: the header's outcome is "failed", but journal entry/);
    const missing = spawnSync(process.execPath, [cli, path.join(path.dirname(file), 'nope.json')], {
      encoding: 'utf8',
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/Cannot read/);
  });
});

describe('transcripts re-signed with the installation key', () => {
  // Someone holding the installation key can sign anything: the verifier's own checks must still hold.
  let key: Signer;
  beforeEach(
    once(async () => {
      key = signerFromSecret(
        (await createSecretStore(undefined, BROWSER_HOST_KEYCHAIN_SERVICE).get(
          installationAccount(r.dataDir),
        ))!,
      );
    }),
  );
  const resigned = (change: (t: Mutable) => void, chain = true) => {
    const t = JSON.parse(text);
    change(t);
    if (chain) t.journal = rechain(t.journal, 0, key);
    t.signature = signTranscript(t.header, t.journal, key);
    return transcriptText(t);
  };
  const answerAt = (t: Mutable) =>
    t.journal.findIndex((line: string) => JSON.parse(line).kind === 'response_received');

  it('a re-signed copy of the untouched transcript still verifies (the forgeries below differ only in what they change)', () => {
    expect(verifyTranscript(resigned(() => {}))).toMatchObject({ status: 'verified' });
  });

  it.each([
    [
      'an entry re-signed but not re-chained',
      (t: Mutable) => {
        const entry = JSON.parse(t.journal[3]);
        entry.data.edited = true;
        t.journal[3] = signedLine(entry, key).line;
      },
      false,
      /^journal entry 5 \(\w+\), field prev: does not chain/,
    ],
    [
      'an entry removed from the middle',
      (t: Mutable) => t.journal.splice(2, 1),
      false,
      /^journal entry 3 \(\w+\), field seq: sequence number 4 where 3 was expected/,
    ],
    [
      'two TSS request ids',
      (t: Mutable) => {
        const i = answerAt(t);
        const second = JSON.parse(t.journal[i]);
        second.data.tss_request_id = 'another-request';
        t.journal.splice(i + 1, 0, JSON.stringify(second));
      },
      true,
      /more than one TSS request/,
    ],
    [
      'header root keys that differ from the journal’s',
      (t: Mutable) => (t.header.root_pubkeys[0].root_pubkey = t.header.root_pubkeys[1].root_pubkey),
      true,
      /^the header's root_pubkeys is .*, but journal entry \d+ \(verification_result\) records/,
    ],
    [
      'header root keys missing',
      (t: Mutable) => (t.header.root_pubkeys = []),
      true,
      /^the header's root_pubkeys is \[\]/,
    ],
    [
      'a header TSS request id the journal never saw',
      (t: Mutable) => (t.header.tss_request_id = 'x'),
      true,
      /^the header's tss_request_id is "x", but journal entry \d+ \(response_received\)/,
    ],
    [
      'other witnesses',
      (t: Mutable) => (t.header.witnesses = ['Mallory Forger']),
      true,
      /^the header's witnesses is \["Mallory Forger"\], but journal entry \d+ \(witnesses\)/,
    ],
    [
      'another vault',
      (t: Mutable) => (t.header.vault.name = 'Some Other Vault'),
      true,
      /^the header's vault is .*Some Other Vault.*, but journal entry \d+ \(step_completed\)/,
    ],
    [
      'another ceremony type',
      (t: Mutable) => (t.header.ceremony_type = 'Recovery'),
      true,
      /^the header's ceremony_type is "Recovery", but journal entry 1 \(ceremony_started\) records "KeyGen"/,
    ],
    [
      'another environment',
      (t: Mutable) => (t.header.environment = 'production'),
      true,
      /^the header's environment is "production"/,
    ],
    [
      'another API key',
      (t: Mutable) => (t.header.api_key_fingerprint = 'AAAA-BBBB-CCCC-DDDD'),
      true,
      /^the header's api_key_fingerprint is "AAAA-BBBB-CCCC-DDDD"/,
    ],
    [
      'a journal that does not start with the ceremony',
      (t: Mutable) => {
        const first = JSON.parse(t.journal[0]);
        first.kind = 'note';
        t.journal[0] = JSON.stringify(first);
      },
      true,
      /^journal entry 1 \(note\), field data.signer: the first entry does not name/,
    ],
  ])('refuses %s, named by the verifier’s own check', (_name, change, chain, problem) => {
    const verdict = verifyTranscript(resigned(change, chain));
    expect(verdict.status).toBe('damaged');
    expect(verdict.problem).toMatch(problem);
    expect(verdict.problem).not.toMatch(/transcript was changed after it was signed/);
  });
});

describe('a header value that is missing', () => {
  it('is “nothing” in main’s English and said in Chinese in the page', () => {
    const verdict = verifyTranscript(mutate((t) => (t.header.outcome = null)));
    expect(verdict.status).toBe('damaged');
    expect(verdict.problem).toMatch(
      /^the header's outcome is nothing, but journal entry \d+ \(closure\) records "success"$/,
    );
    const problemSaid = verdict.problemSaid as Said;
    expect(sayEnglish(problemSaid)).toBe(verdict.problem);
    const chinese = say(translator('zh-CN', zhCN), problemSaid) ?? '';
    expect(chinese).toMatch(/^文件头的 outcome 为 （无），但日志第 \d+ 条（closure）记录的是 "success"$/);
    expect(chinese).not.toContain('nothing');
  });
});
