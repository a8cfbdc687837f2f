// @vitest-environment node
/**
 * Witnesses co-sign with their own keys, in the app (issue #31, items 3 and 4): their SSH keys are fixed
 * in the plan before anything is sent, and refused once it is; after the close each pastes a signature
 * made by the real `ssh-keygen -Y sign` over the closing head, which main checks against the plan and
 * journals after the closing entry, without moving the head or reopening the record. The export
 * writes the head, the allowed signers and each signature beside the transcript, and stock
 * `ssh-keygen -Y verify` accepts them; `verify-transcript` counts the journalled co-signatures.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ATTESTATION_NAMESPACE, DISSENT_NAMESPACE, headText } from '../../../common/ceremony/witness-plan';
import { stateDisagreement } from '../../../main/ceremony/record-check';
import { runVerifyTranscript } from '../../../main/journal/verify-command';
import { sshKeygenKey } from '../../helpers/ssh-keygen';
import { useRigs } from './helpers';

const setup = useRigs();
const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-witness-signing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const wendy = sshKeygenKey(dir, 'wendy', 'ed25519');
const omar = sshKeygenKey(dir, 'omar', 'ecdsa', 256);
const mallory = sshKeygenKey(dir, 'mallory', 'ed25519');
const plan = `${wendy.allowed('treasury.example')}\n# a comment line is ignored\n${omar.allowed('treasury.example')}\n`;
/** An ssh-ed25519 key line of a fresh key: Node makes them faster than ssh-keygen. */
const str = (b: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
const edLine = (principal: string) => {
  const raw = Buffer.from(generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }).x!, 'base64url');
  return `${principal} ssh-ed25519 ${Buffer.concat([str(Buffer.from('ssh-ed25519')), str(raw)]).toString('base64')}`;
};
const elevenKeys = Array.from({ length: 11 }, (_, i) => edLine(`w${i}@a.example`)).join('\n');
/** A P-256 key whose point (x = y = 1) is not on the curve. */
const offCurve = Buffer.concat([
  str(Buffer.from('ecdsa-sha2-nistp256')),
  str(Buffer.from('nistp256')),
  str(
    Buffer.concat([Buffer.from([4]), Buffer.alloc(31), Buffer.from([1]), Buffer.alloc(31), Buffer.from([1])]),
  ),
]).toString('base64');
const signed = (key: typeof wendy, head: string, namespace = ATTESTATION_NAMESPACE, as?: string) =>
  readFileSync(key.sign(headText(head), namespace, as), 'utf8');

describe('witnesses’ co-signatures in the app', () => {
  it('fixes the keys before the start, checks and journals each co-signature after the close', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const main = await r.group('MainGroup');
    const prepared = await r.prepare('KeyGen', { targetGroupId: main.key_share_holder_group_id });
    const planned = await c.setWitnessSigners(prepared.id, plan);
    // Each key with its fingerprint exactly as ssh-keygen prints it.
    const printed = execFileSync('ssh-keygen', ['-lf', path.join(dir, 'wendy.pub')], { encoding: 'utf8' });
    expect(planned.witnessSigners.map((s) => s.principal)).toEqual([
      'wendy@treasury.example',
      'omar@treasury.example',
    ]);
    expect(printed).toContain(planned.witnessSigners[0]!.fingerprint);
    expect(planned.witnessSigners[1]!.key).toMatch(/^ecdsa-sha2-nistp256 /);
    expect(c.journal(prepared.id).filter((e) => e.kind === 'witness_signers')).toHaveLength(1);
    // The same plan again adds nothing to the record.
    await c.setWitnessSigners(prepared.id, plan);
    expect(c.journal(prepared.id).filter((e) => e.kind === 'witness_signers')).toHaveLength(1);
    await expect(c.attest(prepared.id, signed(wendy, 'AAAA'))).rejects.toMatchObject({
      code: 'witness.not_closed',
      hint: 'Close the ceremony first, then have each witness sign the head the report prints.',
    });
    await c.submit(prepared.id, undefined);
    // Once anything is sent, the plan's keys are fixed.
    await expect(c.setWitnessSigners(prepared.id, wendy.allowed('x.example'))).rejects.toMatchObject({
      code: 'witness.plan_fixed',
      message: 'The witnesses’ keys are fixed: this ceremony has started.',
    });
    await r.waitFor(() => c.get(prepared.id).phase === 'finished', 'KeyGen');
    await c.recordComparison(prepared.id);
    await c.close(prepared.id);
    const closing = c.journalHead(prepared.id);
    // The head to write down is the closing entry's: the journal's length at the close.
    expect(closing.entries).toBe(c.journal(prepared.id).length);
    expect(c.journal(prepared.id).at(-1)!.kind).toBe('closure');
    // Over: no new script version, no exception, once closed.
    await expect(c.scriptPrinted(prepared.id, { acts: [] })).rejects.toMatchObject({ code: 'ceremony.over' });
    await expect(
      c.recordException(prepared.id, { step: 1, expected: 'a', happened: 'b', decided: 'c', agreed: 'd' }),
    ).rejects.toMatchObject({ code: 'ceremony.over' });

    const wendySigned = `\n${signed(wendy, closing.fingerprint)}\n`;
    const after = await c.attest(prepared.id, wendySigned);
    // Kept as given, without the blank lines pasted around it.
    expect(after.attestations[0]!.signature).toBe(wendySigned.trim());
    expect(after.attestations).toEqual([
      expect.objectContaining({
        principal: 'wendy@treasury.example',
        dissent: false,
        head: closing.fingerprint,
      }),
    ]);
    const refusals: Array<[string, RegExp]> = [
      [signed(wendy, closing.fingerprint, ATTESTATION_NAMESPACE, 'again'), /already co-signed/],
      [signed(mallory, closing.fingerprint), /not among the plan’s allowed signers/],
      [
        signed(omar, 'AAAA-BBBB-CCCC-DDDD', ATTESTATION_NAMESPACE, 'other-head'),
        /does not match the message/,
      ],
      [signed(omar, closing.fingerprint, 'file', 'other-namespace'), /namespace “file”/],
      ['not a signature', /no BEGIN SSH SIGNATURE block/],
    ];
    for (const [text, why] of refusals) await expect(c.attest(prepared.id, text)).rejects.toThrow(why);
    // A refusal says what to do: sign the very head again with the planned key.
    await expect(
      c.attest(prepared.id, signed(mallory, closing.fingerprint, ATTESTATION_NAMESPACE, 'm2')),
    ).rejects.toMatchObject({
      code: 'witness.signature_refused',
      hint: expect.stringContaining(
        `sign the head ${closing.fingerprint} again with the key named in the plan`,
      ),
    });
    await expect(
      c.attest(prepared.id, signed(wendy, closing.fingerprint, ATTESTATION_NAMESPACE, 'w3')),
    ).rejects.toMatchObject({
      code: 'witness.already_signed',
      hint: 'Each witness signs once; nothing was added.',
    });
    const dissent = await c.attest(prepared.id, signed(omar, closing.fingerprint, DISSENT_NAMESPACE));
    expect(dissent.attestations.map((a) => [a.principal, a.dissent])).toEqual([
      ['wendy@treasury.example', false],
      ['omar@treasury.example', true],
    ]);
    // Co-signatures follow the closing entry: the head to write down stays the closing one, the record closed.
    expect(c.journalHead(prepared.id)).toEqual(closing);
    expect(c.journal(prepared.id)).toHaveLength(closing.entries + 2);
    expect(
      c
        .journal(prepared.id)
        .slice(-2)
        .map((e) => e.kind),
    ).toEqual(['attestation', 'attestation']);
    expect(stateDisagreement(prepared.id, dissent, c.journal(prepared.id))).toBeNull();
    await r.restart();
    const again = r.runtime.services.ceremonies;
    expect(again.get(prepared.id)).toMatchObject({ phase: 'closed', attestations: dissent.attestations });
    expect(again.damaged()).toEqual([]);

    const exported = await r.runtime.services.records.exportTranscript(prepared.id);
    const [headFile, allowedFile, ...sigFiles] = exported.beside;
    expect(
      exported.beside.map((f) => path.basename(f).replace(/^key-ceremony-KeyGen-[\d-]+-\w+\./, '')),
    ).toEqual([
      'head.txt',
      'allowed_signers',
      'wendy_treasury.example.sig',
      'omar_treasury.example.dissent.sig',
    ]);
    expect(readFileSync(headFile!, 'utf8')).toBe(headText(closing.fingerprint));
    // Stock OpenSSH confirms both from the files the app wrote, each in its own namespace.
    for (const [who, sig, namespace] of [
      ['wendy@treasury.example', sigFiles[0]!, ATTESTATION_NAMESPACE],
      ['omar@treasury.example', sigFiles[1]!, DISSENT_NAMESPACE],
    ] as const) {
      const ok = spawnSync(
        'ssh-keygen',
        ['-Y', 'verify', '-f', allowedFile!, '-I', who, '-n', namespace, '-s', sig],
        { input: readFileSync(headFile!) },
      );
      expect(ok.status, ok.stderr.toString()).toBe(0);
    }
    // The plan's keys are allowed for the ceremony's namespaces only.
    const elsewhere = spawnSync(
      'ssh-keygen',
      [
        '-Y',
        'verify',
        '-f',
        allowedFile!,
        '-I',
        'omar@treasury.example',
        '-n',
        ATTESTATION_NAMESPACE,
        '-s',
        sigFiles[1]!,
      ],
      { input: readFileSync(headFile!) },
    );
    expect(elsewhere.status).not.toBe(0);
    // verify-transcript counts the journalled co-signatures against the journalled plan.
    const trust = ['--trust', exported.installationKeyFingerprint];
    const read = async (f: string) => readFileSync(f, 'utf8');
    const one = await runVerifyTranscript([exported.path!, ...trust, '--require-witnesses', '1'], read);
    expect(one.code, one.stdout).toBe(0);
    expect(one.stdout).toContain(`the head they sign: ${closing.fingerprint}`);
    expect(one.stdout).toContain(
      'Attested by: wendy@treasury.example\nDissent signed by: omar@treasury.example\n',
    );
    const two = await runVerifyTranscript([exported.path!, ...trust, '--require-witnesses', '2'], read);
    expect(two.code).toBe(5);
  });

  it('refuses witnesses’ keys it cannot read or that name a witness twice, and keeps the plan as it was', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const ceremony = await c.start('KeyGen', r.profileId);
    for (const [text, why] of [
      ['wendy@treasury.example', /has no key/],
      ['wendy@treasury.example ssh-ed25519 AAAAB3NzaC1yc2E', /witnesses’ keys could not be read/],
      [`${wendy.allowed('a.example')}\n${wendy.allowed('b.example')}`, /twice/],
      [`${wendy.allowed('a.example')}\n${omar.allowed('a.example').replace('omar@', 'wendy@')}`, /twice/],
      // A P-256 point off its curve: bad input, named as such, not a crash.
      [`x@a.example ecdsa-sha2-nistp256 ${offCurve}`, /not a valid key of its type/],
      [elevenKeys, /More than 10 witnesses’ keys/],
      // What the record cannot hold: no principal, or one longer than 200 characters.
      [wendy.allowed('a.example').replace('wendy@a.example', ','), /names no principal/],
      [wendy.allowed('a.example').replace('wendy@a.example', `${'w'.repeat(201)}@a.example`), /too long/],
    ] as const)
      await expect(c.setWitnessSigners(ceremony.id, text)).rejects.toMatchObject({
        code: 'witness.signers_invalid',
        message: expect.stringMatching(why),
      });
    expect(c.get(ceremony.id).witnessSigners).toEqual([]);
    // Ten is the most; one line may name a witness by two principals.
    const ten = await c.setWitnessSigners(ceremony.id, elevenKeys.split('\n').slice(1).join('\n'));
    expect(ten.witnessSigners).toHaveLength(10);
    const both = await c.setWitnessSigners(
      ceremony.id,
      wendy.allowed('a.example').replace('wendy@a.example', 'wendy@a.example,w@b.example'),
    );
    expect(both.witnessSigners.map((x) => x.principal)).toEqual(['wendy@a.example,w@b.example']);
    // A plan may be changed, and emptied, before the start; each change is on the record.
    await c.setWitnessSigners(ceremony.id, wendy.allowed('a.example'));
    const emptied = await c.setWitnessSigners(ceremony.id, '');
    expect(emptied.witnessSigners).toEqual([]);
    expect(
      c
        .journal(ceremony.id)
        .filter((e) => e.kind === 'witness_signers')
        .map((e) => e.data.signers)
        .slice(-2),
    ).toEqual([[expect.objectContaining({ principal: 'wendy@a.example' })], []]);
    // Without keys in the plan, a co-signature has nothing to be checked against.
    await c.abandon(ceremony.id);
    await expect(
      c.attest(ceremony.id, signed(wendy, c.journalHead(ceremony.id).fingerprint)),
    ).rejects.toMatchObject({
      code: 'witness.no_plan',
      message:
        'This ceremony’s plan names no witnesses’ keys, so no co-signature can be checked against them.',
    });
  });
});
