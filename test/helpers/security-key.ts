/**
 * A FIDO security key played in software (no authenticator here), signing exactly what one signs under
 * OpenSSH's PROTOCOL.u2f: SHA-256(application) ‖ flags ‖ counter ‖ SHA-256(the SSHSIG signed data).
 * `sk-ssh-ed25519@openssh.com` and `sk-ecdsa-sha2-nistp256@openssh.com`, with the flags chosen by the
 * test (0x01: the user was present).
 */
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { signedData } from '../../main/journal/sshsig';

const str = (b: Buffer | string) => {
  const d = Buffer.from(b);
  const l = Buffer.alloc(4);
  l.writeUInt32BE(d.length);
  return Buffer.concat([l, d]);
};
/** An SSH mpint: big-endian, with a zero byte in front when the top bit is set. */
const mpint = (b: Buffer) => str(b[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b);
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest();

export function softwareSecurityKey(curve: 'ed25519' | 'ecdsa', application = 'ssh:') {
  const type = curve === 'ed25519' ? 'sk-ssh-ed25519@openssh.com' : 'sk-ecdsa-sha2-nistp256@openssh.com';
  const { publicKey, privateKey } =
    curve === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' });
  const keyBlob =
    curve === 'ed25519'
      ? Buffer.concat([str(type), str(Buffer.from(jwk.x!, 'base64url')), str(application)])
      : Buffer.concat([
          str(type),
          str('nistp256'),
          str(
            Buffer.concat([
              Buffer.from([4]),
              Buffer.from(jwk.x!, 'base64url'),
              Buffer.from(jwk.y!, 'base64url'),
            ]),
          ),
          str(application),
        ]);
  return {
    /** The key as `allowed_signers` writes it, after a principal. */
    key: `${type} ${keyBlob.toString('base64')}`,
    /** An armoured SSHSIG of `message` in `namespace`, the authenticator's flags as given. */
    sign(message: string | Buffer, namespace: string, flags = 0x01): string {
      const data = signedData(namespace, 'sha512', Buffer.from(message));
      const counter = Buffer.from([0, 0, 0, 7]);
      const signed = Buffer.concat([sha(application), Buffer.from([flags]), counter, sha(data)]);
      const body =
        curve === 'ed25519'
          ? str(sign(null, signed, privateKey))
          : (() => {
              const rs = sign('sha256', signed, { key: privateKey, dsaEncoding: 'ieee-p1363' });
              return str(Buffer.concat([mpint(rs.subarray(0, 32)), mpint(rs.subarray(32))]));
            })();
      const sigBlob = Buffer.concat([str(type), body, Buffer.from([flags]), counter]);
      const blob = Buffer.concat([
        Buffer.from('SSHSIG'),
        Buffer.from([0, 0, 0, 1]),
        str(keyBlob),
        str(namespace),
        str(''),
        str('sha512'),
        str(sigBlob),
      ]);
      return `-----BEGIN SSH SIGNATURE-----\n${blob.toString('base64')}\n-----END SSH SIGNATURE-----\n`;
    },
  };
}
