// @vitest-environment node
/**
 * SSHSIG's edges, each refused with its reason (issue #31): the blob's magic, version, hash algorithm
 * and trailing bytes; key types and sizes; a signature whose format is not its key's; SHA-1 RSA; and
 * allowed_signers lines — comments, several principals, options, a missing or mismatched key.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  readAllowedSigners,
  readPublicKey,
  readSignature,
  signedData,
  verifySshSig,
} from '../../../main/journal/sshsig';
import { sshKeygenKey } from '../../helpers/ssh-keygen';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-sshsig-edges-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const NS = 'key-ceremony-attestation@cobo';
const MSG = Buffer.from('HEAD-HEAD-HEAD-HEAD\n');

const str = (b: Buffer | string) => {
  const d = Buffer.from(b);
  const l = Buffer.alloc(4);
  l.writeUInt32BE(d.length);
  return Buffer.concat([l, d]);
};
const armour = (blob: Buffer) =>
  `-----BEGIN SSH SIGNATURE-----\n${blob.toString('base64')}\n-----END SSH SIGNATURE-----\n`;
const sshsig = (parts: {
  magic?: string;
  version?: number;
  key: Buffer;
  ns?: string;
  hash?: string;
  sig: Buffer;
  tail?: Buffer;
}) => {
  const v = Buffer.alloc(4);
  v.writeUInt32BE(parts.version ?? 1);
  return armour(
    Buffer.concat([
      Buffer.from(parts.magic ?? 'SSHSIG'),
      v,
      str(parts.key),
      str(parts.ns ?? NS),
      str(''),
      str(parts.hash ?? 'sha512'),
      str(parts.sig),
      parts.tail ?? Buffer.alloc(0),
    ]),
  );
};

/** An Ed25519 key of our own, its SSH blob, and a raw signer over SSHSIG's signed data. */
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const edBlob = Buffer.concat([
  str('ssh-ed25519'),
  str(Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url')),
]);
const edSig = (format = 'ssh-ed25519', hash: 'sha256' | 'sha512' = 'sha512', tail = Buffer.alloc(0)) =>
  Buffer.concat([str(format), str(sign(null, signedData(NS, hash, MSG), privateKey)), tail]);

describe('an SSHSIG blob', () => {
  it('verifies one built to the letter of PROTOCOL.sshsig, with either hash', () => {
    for (const hash of ['sha256', 'sha512'] as const)
      expect(() =>
        verifySshSig(readSignature(sshsig({ key: edBlob, hash, sig: edSig('ssh-ed25519', hash) })), MSG, NS),
      ).not.toThrow();
  });

  it('refuses another magic, another version, a hash SSHSIG does not allow, and trailing bytes', () => {
    expect(() => readSignature(sshsig({ magic: 'SSHSIX', key: edBlob, sig: edSig() }))).toThrow(
      'this is not an SSHSIG signature',
    );
    expect(() => readSignature(sshsig({ version: 2, key: edBlob, sig: edSig() }))).toThrow(
      'an SSHSIG version this app does not know',
    );
    expect(() => readSignature(sshsig({ hash: 'sha1', key: edBlob, sig: edSig() }))).toThrow(
      'the hash algorithm sha1 is not one SSHSIG allows',
    );
    expect(() => readSignature(sshsig({ key: edBlob, sig: edSig(), tail: Buffer.from([0]) }))).toThrow(
      'the signature has trailing data',
    );
    const trailing = readSignature(
      sshsig({ key: edBlob, sig: edSig('ssh-ed25519', 'sha512', Buffer.from([1])) }),
    );
    expect(() => verifySshSig(trailing, MSG, NS)).toThrow('the signature blob has trailing data');
    // Line breaks inside the armour are allowed, as ssh-keygen writes them.
    const wrapped = sshsig({ key: edBlob, sig: edSig() }).replace(/(.{70})/g, '$1\n');
    expect(() => verifySshSig(readSignature(wrapped), MSG, NS)).not.toThrow();
  });

  it('refuses a signature whose format is not its key’s', () => {
    expect(() =>
      verifySshSig(readSignature(sshsig({ key: edBlob, sig: edSig('ssh-rsa') })), MSG, NS),
    ).toThrow('the signature does not match the message and the key');
  });
});

describe('public keys', () => {
  it('refuses key types witnesses do not use, short keys, bad points and trailing bytes', () => {
    expect(() => readPublicKey(Buffer.concat([str('ssh-dss'), str('x')]))).toThrow(
      'keys of type ssh-dss are not accepted',
    );
    expect(() => readPublicKey(Buffer.concat([str('ssh-ed25519'), str(Buffer.alloc(31))]))).toThrow(
      'an Ed25519 key is 32 bytes',
    );
    expect(() => readPublicKey(Buffer.concat([edBlob, Buffer.from([0])]))).toThrow(
      'the public key has trailing data',
    );
    expect(() =>
      readPublicKey(Buffer.concat([str('ecdsa-sha2-nistp256'), str('nistp224'), str(Buffer.alloc(57, 4))])),
    ).toThrow('unsupported ECDSA curve in ecdsa-sha2-nistp256');
    expect(() =>
      readPublicKey(Buffer.concat([str('ecdsa-sha2-nistp256'), str('nistp256'), str(Buffer.alloc(33, 2))])),
    ).toThrow('an ECDSA key must be an uncompressed point');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ format: 'jwk' });
    const mpint = (b64: string) => str(Buffer.concat([Buffer.from([0]), Buffer.from(b64, 'base64url')]));
    expect(() => readPublicKey(Buffer.concat([str('ssh-rsa'), mpint(rsa.e!), mpint(rsa.n!)]))).toThrow(
      'an RSA key shorter than 2048 bits is refused',
    );
  });

  it('refuses an RSA signature made with SHA-1 (ssh-rsa), and takes rsa-sha2-512', () => {
    const sam = sshKeygenKey(dir, 'sam', 'rsa', 2048);
    const good = readSignature(readFileSync(sam.sign(MSG, NS), 'utf8'));
    expect(() => verifySshSig(good, MSG, NS)).not.toThrow();
    const sha1 = { ...good, signature: Buffer.concat([str('ssh-rsa'), str(Buffer.alloc(256))]) };
    expect(() => verifySshSig(sha1, MSG, NS)).toThrow(
      'the RSA signature uses ssh-rsa: only rsa-sha2-256 and rsa-sha2-512 are accepted',
    );
    const omar = sshKeygenKey(dir, 'omar', 'ecdsa', 256);
    const ec = readSignature(readFileSync(omar.sign(MSG, NS), 'utf8'));
    const long = {
      ...ec,
      signature: Buffer.concat([
        str('ecdsa-sha2-nistp256'),
        str(Buffer.concat([str(Buffer.alloc(34, 1)), str(Buffer.alloc(32, 1))])),
      ]),
    };
    expect(() => verifySshSig(long, MSG, NS)).toThrow('an ECDSA signature value is too long');
    const wrongFormat = {
      ...ec,
      signature: Buffer.concat([str('ecdsa-sha2-nistp384'), str(Buffer.alloc(0))]),
    };
    expect(() => verifySshSig(wrongFormat, MSG, NS)).toThrow();
  });
});

describe('allowed_signers', () => {
  const wendy = sshKeygenKey(dir, 'wendy', 'ed25519');
  const [type, key] = wendy.publicLine.split(' ');

  it('reads principals, options and the key, skipping comments and blank lines', () => {
    const signers = readAllowedSigners(
      `# the plan's witnesses\n\n  wendy@a.example,w@b.example namespaces="${NS},file" ${type} ${key} wendy's laptop\n`,
    );
    expect(signers).toHaveLength(1);
    expect(signers[0]).toMatchObject({
      principals: ['wendy@a.example', 'w@b.example'],
      namespaces: [NS, 'file'],
      keyText: `${type} ${key}`,
    });
    expect(readAllowedSigners(`wendy@a.example ${type} ${key}`)[0]!.namespaces).toBeNull();
  });

  it('names the line without a key, and the key that is not of its declared type', () => {
    expect(() => readAllowedSigners(`# one\nwendy@a.example ${type} ${key}\nomar@a.example\n`)).toThrow(
      'allowed_signers line 2 has no key',
    );
    const ed = readPublicKey(Buffer.from(key!, 'base64'));
    expect(ed.type).toBe('ssh-ed25519');
    expect(() => readAllowedSigners(`wendy@a.example ecdsa-sha2-nistp256 ${key}`)).toThrow(
      'allowed_signers line 1: the key is not a ecdsa-sha2-nistp256',
    );
  });
});
