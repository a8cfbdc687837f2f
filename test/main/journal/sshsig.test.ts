// @vitest-environment node
/**
 * Witnesses' co-signatures (issue #31, item 3): signatures made by the real `ssh-keygen -Y sign` are
 * verified by our own SSHSIG code for every key type a witness may hold, and each way a signature can
 * be wrong is refused with its reason: another message, another namespace, a key outside the plan, a
 * tampered blob, a security key's user-presence flag cleared.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { sshKeygenKey } from '../../helpers/ssh-keygen';
import { softwareSecurityKey } from '../../helpers/security-key';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { attestedBy, readAllowedSigners, readSignature, verifySshSig } from '../../../main/journal/sshsig';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-sshsig-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const NAMESPACE = 'key-ceremony-attestation@cobo';
const HEAD = Buffer.from('7K2M-Q9XD-4HTB-W3PA\n');

/** A key made by ssh-keygen, and the text of a signature made by ssh-keygen -Y sign. */
function sshKey(name: string, type: string, bits?: number) {
  const key = sshKeygenKey(dir, name, type, bits);
  return {
    publicLine: key.publicLine,
    allowed: key.allowed('example'),
    signIt: (message: Buffer, namespace = NAMESPACE) => readFileSync(key.sign(message, namespace), 'utf8'),
  };
}

const keys = {
  ed25519: sshKey('wendy', 'ed25519'),
  p256: sshKey('omar', 'ecdsa', 256),
  p384: sshKey('priya', 'ecdsa', 384),
  p521: sshKey('ravi', 'ecdsa', 521),
  rsa: sshKey('sam', 'rsa', 3072),
};
const allowed = readAllowedSigners(
  Object.values(keys)
    .map((k) => k.allowed)
    .join('\n'),
);

describe('SSHSIG signatures made by ssh-keygen', () => {
  it('are verified for Ed25519, ECDSA P-256/384/521 and RSA, naming who signed', () => {
    for (const [name, k] of Object.entries(keys)) {
      const signer = attestedBy(k.signIt(HEAD), HEAD, NAMESPACE, allowed);
      expect(signer.principals, name).toEqual([k.allowed.split(' ')[0]]);
    }
  });

  it('refuses another message, another namespace, and a key outside the plan, each with its reason', () => {
    const sig = keys.ed25519.signIt(HEAD);
    expect(() => attestedBy(sig, Buffer.from('AAAA-BBBB-CCCC-DDDD\n'), NAMESPACE, allowed)).toThrow(
      'the signature does not match the message and the key',
    );
    expect(() => attestedBy(keys.p256.signIt(HEAD, 'file'), HEAD, NAMESPACE, allowed)).toThrow(
      `the signature is for the namespace “file”, not “${NAMESPACE}”`,
    );
    const stranger = sshKey('mallory', 'ed25519');
    expect(() => attestedBy(stranger.signIt(HEAD), HEAD, NAMESPACE, allowed)).toThrow(
      'the signature is by a key that is not among the plan’s allowed signers',
    );
    // A namespace the plan does not allow this signer.
    const narrow = readAllowedSigners(`wendy@example namespaces="other" ${keys.ed25519.publicLine}`);
    expect(() => attestedBy(sig, HEAD, NAMESPACE, narrow)).toThrow(
      'the plan allows this signer only for other',
    );
  });

  it('refuses a tampered blob, a truncated one, and text that is no signature', () => {
    const sig = keys.rsa.signIt(HEAD);
    const body = sig.split('\n').slice(1, -2).join('');
    const raw = Buffer.from(body, 'base64');
    raw.writeUInt8((raw.at(-5) ?? 0) ^ 0x01, raw.length - 5);
    const tampered = `-----BEGIN SSH SIGNATURE-----\n${raw.toString('base64')}\n-----END SSH SIGNATURE-----\n`;
    expect(() => attestedBy(tampered, HEAD, NAMESPACE, allowed)).toThrow(/does not match/);
    const cut = `-----BEGIN SSH SIGNATURE-----\n${raw.subarray(0, 60).toString('base64')}\n-----END SSH SIGNATURE-----\n`;
    expect(() => readSignature(cut)).toThrow(/truncated/);
    expect(() => readSignature('hello')).toThrow(/not an SSH signature/);
  });
});

describe('security keys (sk-ssh-ed25519 and sk-ecdsa-sha2-nistp256), as PROTOCOL.u2f signs', () => {
  for (const curve of ['ed25519', 'ecdsa'] as const)
    it(`${curve}: accepts one made with the user present, and refuses one whose user-presence flag is clear`, () => {
      const key = softwareSecurityKey(curve);
      const plan = readAllowedSigners(`yuki@example ${key.key}`);
      expect(attestedBy(key.sign(HEAD, NAMESPACE), HEAD, NAMESPACE, plan).principals).toEqual([
        'yuki@example',
      ]);
      expect(() => attestedBy(key.sign(HEAD, NAMESPACE, 0x00), HEAD, NAMESPACE, plan)).toThrow(
        /user-presence flag is clear/,
      );
      // The flags are signed: set after the fact, the signature no longer matches.
      const forged = readSignature(key.sign(HEAD, NAMESPACE, 0x00));
      const blob = Buffer.from(forged.signature);
      blob[blob.length - 5] = 0x01;
      expect(() => verifySshSig({ ...forged, signature: blob }, HEAD, NAMESPACE)).toThrow(/does not match/);
      // Another application's key signs for that application only.
      const other = softwareSecurityKey(curve, 'ssh:other');
      const mixed = readSignature(other.sign(HEAD, NAMESPACE));
      expect(() =>
        verifySshSig(
          { ...mixed, publicKey: readSignature(key.sign(HEAD, NAMESPACE)).publicKey },
          HEAD,
          NAMESPACE,
        ),
      ).toThrow(/does not match/);
    });
});
