// @vitest-environment node
/**
 * Witnesses co-sign the journal head with their own SSH keys (issue #31, items 3 and 4): signatures made
 * by the real `ssh-keygen -Y sign` count toward `verify-transcript --require-witnesses`, stock
 * `ssh-keygen -Y verify` accepts the same head text, and a signature over another head, by a key not in
 * the plan, or in another namespace is not counted, with its reason.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { sshKeygenKey } from '../../helpers/ssh-keygen';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprintOfHexKey } from '../../../common/fingerprint';
import { buildTranscript, transcriptText, verifyTranscript } from '../../../main/journal/transcript';
import { runVerifyTranscript } from '../../../main/journal/verify-command';
import {
  ATTESTATION_NAMESPACE,
  DISSENT_NAMESPACE,
  headText,
  journalWitnesses,
  attestationProblem,
} from '../../../main/journal/witness-check';
import { readChainLines } from '../../../main/journal/chain';
import type { EntrySpec } from '../../helpers/journal';
import { openJournal } from '../../../main/journal/journal';
import { journalHeadFingerprint } from '../../../common/fingerprint';
import { journalLines } from '../../helpers/journal';
import { testSigner } from '../../helpers/record-keys';
import type { JsonValue } from '../../../main/journal/chain';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-witnesses-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function witness(name: string, type: string, bits?: number) {
  const key = sshKeygenKey(dir, name, type, bits);
  return {
    allowed: key.allowed('treasury.example'),
    sign: (text: string, namespace = ATTESTATION_NAMESPACE, as?: string) => key.sign(text, namespace, as),
  };
}

describe('witnesses’ co-signatures', () => {
  it('count toward --require-witnesses, and stock ssh-keygen accepts the same head', async () => {
    const own = testSigner();
    const transcript = transcriptText(
      buildTranscript(
        await journalLines(own, { kind: 'KeyGen' }, [['closure', { outcome: 'abandoned' }]]),
        null,
        own,
      ),
    );
    const head = verifyTranscript(transcript).head!;
    const wendy = witness('wendy', 'ed25519');
    const omar = witness('omar', 'ecdsa', 256);
    const mallory = witness('mallory', 'ed25519');
    const allowed = path.join(dir, 'allowed_signers');
    writeFileSync(allowed, `${wendy.allowed}\n${omar.allowed}\n`);
    const headFile = path.join(dir, 'head.txt');
    writeFileSync(headFile, headText(head));
    const sigs = {
      wendy: wendy.sign(headText(head)),
      omar: omar.sign(headText(head)),
      otherHead: wendy.sign(headText('AAAA-BBBB-CCCC-DDDD'), ATTESTATION_NAMESPACE, 'wendy-other-head'),
      stranger: mallory.sign(headText(head)),
      otherNamespace: omar.sign(headText(head), 'file', 'omar-file'),
      dissent: omar.sign(headText(head), DISSENT_NAMESPACE),
    };
    // Stock OpenSSH confirms each attestation from the head file (item 4).
    for (const [who, sig] of [
      ['wendy@treasury.example', sigs.wendy],
      ['omar@treasury.example', sigs.omar],
    ] as const) {
      const ok = spawnSync(
        'ssh-keygen',
        ['-Y', 'verify', '-f', allowed, '-I', who, '-n', ATTESTATION_NAMESPACE, '-s', sig],
        {
          input: readFileSync(headFile),
        },
      );
      expect(ok.status, ok.stderr.toString()).toBe(0);
    }
    const read = async (file: string) => (file === 't.json' ? transcript : readFileSync(file, 'utf8'));
    const trust = ['--trust', fingerprintOfHexKey(own.publicKey)];
    const run = (...sigFiles: string[]) =>
      runVerifyTranscript(
        [
          't.json',
          ...trust,
          '--allowed-signers',
          allowed,
          '--require-witnesses',
          '2',
          ...sigFiles.flatMap((f) => ['--witness-sig', f]),
        ],
        read,
      );
    const both = await run(sigs.wendy, sigs.omar);
    expect(both.code).toBe(0);
    expect(both.stdout).toMatch(/Attested by: wendy@treasury\.example; omar@treasury\.example\n$/);
    expect(both.stdout).toContain(`Witnesses’ keys: ${allowed}; the head they sign: ${head}\n`);
    const bad = await run(sigs.wendy, sigs.otherHead, sigs.stranger, sigs.otherNamespace, sigs.dissent);
    expect(bad.code).toBe(5);
    expect(bad.stdout).toContain('Attested by: wendy@treasury.example\n');
    expect(bad.stdout).toContain('Dissent signed by: omar@treasury.example\n');
    expect(bad.stdout).toContain(
      `Not counted: ${sigs.otherHead}: the signature does not match the message and the key`,
    );
    expect(bad.stdout).toContain(
      `Not counted: ${sigs.stranger}: the signature is by a key that is not among the plan’s allowed signers`,
    );
    expect(bad.stdout).toContain(
      `Not counted: ${sigs.otherNamespace}: the signature is for the namespace “file”, not “${ATTESTATION_NAMESPACE}”`,
    );
    expect(bad.stdout).toMatch(/Fewer witnesses attested \(1\) than required \(2\)\.\n$/);
    // A signature counts once: the same witness twice is one witness.
    expect((await run(sigs.wendy, sigs.wendy)).code).toBe(5);
    // Witness signatures need allowed signers: this ceremony's plan fixed none, and none were given.
    const unplanned = await runVerifyTranscript(['t.json', ...trust, '--witness-sig', sigs.wendy], read);
    expect(unplanned).toMatchObject({ code: 2, stdout: '' });
    expect(unplanned.stderr).toMatch(
      /plan named no witnesses’ keys[^\n]*give the allowed signers with --allowed-signers <file>/,
    );
  });

  it('counts the co-signatures journalled after the close against the plan journalled before; a forged one is damage', async () => {
    const own = testSigner();
    const wendy = witness('wendy-j', 'ed25519');
    const omar = witness('omar-j', 'ecdsa', 256);
    const plan = [wendy.allowed, omar.allowed].map((line) => {
      const [principal, type, key] = line.split(' ');
      return { principal: principal!, key: `${type} ${key}`, fingerprint: 'SHA256:x' };
    });
    // Two principals on one line are one witness, named by both.
    plan[0]!.principal = `${plan[0]!.principal},wendy@home.example`;
    const sig = (w: typeof wendy, head: string, as: string) =>
      readFileSync(w.sign(headText(head), ATTESTATION_NAMESPACE, as), 'utf8');
    type Extra = (closing: string) => Array<{ [key: string]: JsonValue }>;
    let n = 0;
    /** A closed journal with the plan, then the attestations `extra` gives for its closing head; its transcript. */
    const journalWith = async (extra: Extra) => {
      const file = path.join(dir, `attested-${++n}.jsonl`);
      const journal = await openJournal(file, { signer: async () => own });
      await journal.append('ceremony_started', { kind: 'KeyGen' });
      await journal.append('witness_signers', { signers: plan });
      // Still open: no head to sign yet.
      expect(journalWitnesses(journal.entries(), 'H').closingHead).toBeNull();
      await journal.append('closure', { outcome: 'abandoned' });
      const closing = journalHeadFingerprint(journal.checkpoint().head);
      for (const data of extra(closing)) await journal.append('attestation', data);
      const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
      return { closing, journal, transcript: transcriptText(buildTranscript(lines, null, own)) };
    };
    const attestation = (principal: string, head: string, signature: string, dissent = false) => ({
      principal,
      dissent,
      head,
      signature,
      at: 'now',
    });
    const trust = ['--trust', fingerprintOfHexKey(own.publicKey)];
    const verify = (transcript: string, ...args: string[]) =>
      runVerifyTranscript(['t.json', ...trust, ...args], async () => transcript);

    const good = await journalWith((closing) => [
      attestation(plan[0]!.principal, closing, sig(wendy, closing, `wendy-j-${n}`)),
    ]);
    const inJournal = journalWitnesses(good.journal.entries(), 'LAST-HEAD');
    // The head signed is the closing entry's, not the journal's last.
    expect(inJournal.closingHead).toBe(good.closing);
    expect(inJournal.plan).toContain(
      `${plan[0]!.principal} namespaces="${ATTESTATION_NAMESPACE},${DISSENT_NAMESPACE}" ssh-ed25519 `,
    );
    expect(inJournal.signatures.map((x) => x.file)).toEqual(['journal entry 4']);
    const out = await verify(good.transcript, '--require-witnesses', '1');
    expect(out.code, out.stdout).toBe(0);
    expect(out.stdout).toContain(
      `closed, head at the close ${good.closing}, then 1 witness co-signature (head now `,
    );
    expect(out.stdout).toContain(
      `Witnesses’ keys: the ceremony’s plan, as journalled (compare each with the key its witness gave you: ${plan[0]!.principal} ssh-ed25519 SHA256:`,
    );
    expect(out.stdout).toContain(`Attested by: ${plan[0]!.principal}\n`);
    // The fingerprints printed are ssh-keygen's own.
    const printed = execFileSync('ssh-keygen', ['-lf', path.join(dir, 'omar-j.pub')], { encoding: 'utf8' });
    expect(out.stdout).toContain(
      `omar-j@treasury.example ecdsa-sha2-nistp256 ${printed.split(' ')[1]}); the head they sign: ${good.closing}\n`,
    );
    expect((await verify(good.transcript, '--require-witnesses', '2')).code).toBe(5);

    // Journalled co-signatures the app would never write: each is damage, named at its entry.
    const forged: Array<[Extra, string]> = [
      [
        (c) => [attestation('omar', c, sig(omar, 'AAAA-BBBB-CCCC-DDDD', `omar-j-${n}`))],
        'its signature does not verify against the plan’s keys: the signature does not match the message and the key',
      ],
      [
        (c) => [attestation(plan[0]!.principal, 'AAAA-BBBB-CCCC-DDDD', sig(wendy, c, `wendy-h-${n}`))],
        'it names the head AAAA-BBBB-CCCC-DDDD, not the closing head',
      ],
      [
        (c) => [attestation('omar@treasury.example', c, sig(wendy, c, `wendy-o-${n}`))],
        'it names another witness, or another stance, than its signature',
      ],
      [
        (c) => [attestation(plan[0]!.principal, c, sig(wendy, c, `wendy-d-${n}`), true)],
        'it names another witness, or another stance, than its signature',
      ],
      [
        (c) => [{ ...attestation(plan[0]!.principal, c, sig(wendy, c, `wendy-x-${n}`)), extra: 'smuggled' }],
        'the co-signature entry is not in the form the app writes',
      ],
      [
        (c) => [
          attestation(plan[0]!.principal, c, sig(wendy, c, `wendy-1-${n}`)),
          attestation(plan[0]!.principal, c, sig(wendy, c, `wendy-2-${n}`)),
        ],
        'co-signed twice',
      ],
    ];
    for (const [extra, reason] of forged) {
      const { transcript } = await journalWith(extra);
      const bad = await verify(transcript);
      expect(bad.code, reason).toBe(1);
      expect(bad.stdout, reason).toMatch(/^NOT VERIFIED: journal entry (4|5) \(attestation\): /);
      expect(bad.stdout, reason).toContain(reason);
    }
  });

  it('names a co-signature journalled before the close, one with no plan, and a plan it cannot read', async () => {
    const own = testSigner();
    const attestation = { principal: 'p', dissent: false, head: 'H', signature: 's', at: 'now' };
    const signers = [{ principal: 'p', key: 'ssh-ed25519 AAAA', fingerprint: 'SHA256:x' }];
    const problemOf = async (entries: EntrySpec[]) => {
      const lines = await journalLines(own, { kind: 'KeyGen' }, entries);
      const verdict = verifyTranscript(transcriptText(buildTranscript(lines, null, own)));
      return { verdict, direct: attestationProblem(readChainLines(lines).entries, 'H') };
    };
    const early = await problemOf([
      ['attestation', attestation],
      ['closure', { outcome: 'abandoned' }],
    ]);
    expect(early.direct?.problem).toBe(
      'journal entry 2 (attestation): a co-signature is journalled before the ceremony’s closing entry',
    );
    expect(early.verdict).toMatchObject({ status: 'damaged', entry: { line: 2, kind: 'attestation' } });
    const unplanned = await problemOf([
      ['closure', { outcome: 'abandoned' }],
      ['attestation', attestation],
    ]);
    expect(unplanned.direct?.problem).toBe(
      'journal entry 3 (attestation): a co-signature is journalled, but the plan fixed no witnesses’ keys',
    );
    const unreadable = await problemOf([
      ['witness_signers', { signers }],
      ['closure', { outcome: 'abandoned' }],
      ['attestation', attestation],
    ]);
    expect(unreadable.direct).toMatchObject({
      problem: expect.stringMatching(
        /^journal entry 2 \(witness_signers\): the plan’s witnesses’ keys cannot be read: /,
      ),
      entry: { line: 2, kind: 'witness_signers', field: 'signers' },
    });
    // No co-signature, nothing to say.
    expect((await problemOf([['closure', { outcome: 'abandoned' }]])).direct).toBeNull();
  });
});
