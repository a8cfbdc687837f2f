/**
 * OpenSSH signatures (SSHSIG, `ssh-keygen -Y sign`), verified with our own code over Node's crypto, as
 * OpenSSH's PROTOCOL.sshsig and PROTOCOL.u2f define them: the armoured blob (magic "SSHSIG", version 1,
 * the public key, the namespace, the hash algorithm, the signature) and the signed data (magic, the
 * namespace, reserved, the hash algorithm, H(message)). Keys: Ed25519, ECDSA P-256/384/521, RSA with
 * SHA-2, and the FIDO forms `sk-ssh-ed25519@openssh.com` and `sk-ecdsa-sha2-nistp256@openssh.com`,
 * whose user-presence flag must be set. A witness's co-signature is checked here.
 */
import { createHash, createPublicKey as nodePublicKey, verify, type KeyObject } from 'node:crypto';
import type { Said } from '../../common/i18n/said';
import { said, sayEnglish } from '../../common/i18n/translate';

/** Why a key or a signature is refused: in English, and as message keys for the page. */
export class SshSigError extends Error {
  constructor(readonly said: Said) {
    super(sayEnglish(said));
  }
}

/** A key Node's crypto accepts, or why not in words: a point off its curve is bad input, not a crash. */
function createPublicKey(jwk: Parameters<typeof nodePublicKey>[0]): KeyObject {
  try {
    return nodePublicKey(jwk);
  } catch {
    throw new SshSigError(said('errorsMore.sshsig.offCurve'));
  }
}

/** A reader of SSH wire strings (uint32 length, then bytes). */
class Wire {
  private at = 0;
  constructor(private readonly buf: Buffer) {}
  bytes(n: number): Buffer {
    if (this.at + n > this.buf.length) throw new SshSigError(said('errorsMore.sshsig.truncated'));
    const out = this.buf.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }
  uint32(): number {
    return this.bytes(4).readUInt32BE(0);
  }
  byte(): number {
    return this.bytes(1)[0] ?? 0;
  }
  string(): Buffer {
    return this.bytes(this.uint32());
  }
  text(): string {
    return this.string().toString('utf8');
  }
  get done(): boolean {
    return this.at === this.buf.length;
  }
}

const sshString = (b: Buffer | string) => {
  const data = typeof b === 'string' ? Buffer.from(b, 'utf8') : b;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  return Buffer.concat([len, data]);
};

const b64url = (b: Buffer) => b.toString('base64url');
/** An SSH mpint as unsigned big-endian bytes (its sign byte dropped). */
const unsigned = (b: Buffer) => (b[0] === 0 ? b.subarray(1) : b);

const EC_CURVES: Record<string, { crv: string; size: number; hash: string }> = {
  nistp256: { crv: 'P-256', size: 32, hash: 'sha256' },
  nistp384: { crv: 'P-384', size: 48, hash: 'sha384' },
  nistp521: { crv: 'P-521', size: 66, hash: 'sha512' },
};

export interface SshPublicKey {
  readonly type: string;
  /** The key's wire blob, as `allowed_signers` and the signature carry it. */
  readonly blob: Buffer;
  readonly key: KeyObject;
  /** ECDSA: its curve; FIDO keys: their application string. */
  readonly curve: (typeof EC_CURVES)[string] | null;
  readonly application: string | null;
}

const ecKey = (crv: string, q: Buffer, size: number): KeyObject => {
  if (q[0] !== 4 || q.length !== 1 + 2 * size)
    throw new SshSigError(said('errorsMore.sshsig.ecdsaCompressed'));
  return createPublicKey({
    key: { kty: 'EC', crv, x: b64url(q.subarray(1, 1 + size)), y: b64url(q.subarray(1 + size)) },
    format: 'jwk',
  });
};
const edKey = (raw: Buffer): KeyObject => {
  if (raw.length !== 32) throw new SshSigError(said('errorsMore.sshsig.ed25519Length'));
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: b64url(raw) }, format: 'jwk' });
};

/** A key's fingerprint exactly as `ssh-keygen -l` prints it: SHA256: and the unpadded base64 of its blob. */
export const sshFingerprint = (key: Pick<SshPublicKey, 'blob'>): string =>
  `SHA256:${createHash('sha256').update(key.blob).digest('base64').replace(/=+$/, '')}`;

/** Reads a public key blob of one of the kinds witnesses use. */
export function readPublicKey(blob: Buffer): SshPublicKey {
  const w = new Wire(blob);
  const type = w.text();
  const base = { type, blob, curve: null, application: null };
  let parsed: SshPublicKey;
  if (type === 'ssh-ed25519') parsed = { ...base, key: edKey(w.string()) };
  else if (type === 'sk-ssh-ed25519@openssh.com') {
    const key = edKey(w.string());
    parsed = { ...base, key, application: w.text() };
  } else if (type.startsWith('ecdsa-sha2-') || type === 'sk-ecdsa-sha2-nistp256@openssh.com') {
    const curve = EC_CURVES[w.text()];
    if (!curve) throw new SshSigError(said('errorsMore.sshsig.ecdsaCurve', { type }));
    const key = ecKey(curve.crv, w.string(), curve.size);
    parsed = { ...base, key, curve, application: type.startsWith('sk-') ? w.text() : null };
  } else if (type === 'ssh-rsa') {
    const e = unsigned(w.string());
    const n = unsigned(w.string());
    if (n.length * 8 < 2048) throw new SshSigError(said('errorsMore.sshsig.rsaShort'));
    parsed = {
      ...base,
      key: createPublicKey({ key: { kty: 'RSA', n: b64url(n), e: b64url(e) }, format: 'jwk' }),
    };
  } else throw new SshSigError(said('errorsMore.sshsig.keyType', { type }));
  if (!w.done) throw new SshSigError(said('errorsMore.sshsig.keyTrailing'));
  return parsed;
}

export interface ParsedSignature {
  readonly publicKey: SshPublicKey;
  readonly namespace: string;
  readonly hashAlgorithm: 'sha256' | 'sha512';
  readonly signature: Buffer;
}

/** Reads an armoured `-----BEGIN SSH SIGNATURE-----` block. */
export function readSignature(armoured: string): ParsedSignature {
  const match = /-----BEGIN SSH SIGNATURE-----([\s\S]*?)-----END SSH SIGNATURE-----/.exec(armoured);
  if (!match) throw new SshSigError(said('errorsMore.sshsig.notSsh'));
  const w = new Wire(Buffer.from((match[1] ?? '').replace(/\s+/g, ''), 'base64'));
  if (w.bytes(6).toString('latin1') !== 'SSHSIG') throw new SshSigError(said('errorsMore.sshsig.notSshsig'));
  if (w.uint32() !== 1) throw new SshSigError(said('errorsMore.sshsig.version'));
  const publicKey = readPublicKey(w.string());
  const namespace = w.text();
  w.string(); // reserved
  const hashAlgorithm = w.text();
  if (hashAlgorithm !== 'sha256' && hashAlgorithm !== 'sha512')
    throw new SshSigError(said('errorsMore.sshsig.hash', { hashAlgorithm }));
  const signature = w.string();
  if (!w.done) throw new SshSigError(said('errorsMore.sshsig.sigTrailing'));
  return { publicKey, namespace, hashAlgorithm, signature };
}

/** The bytes an SSHSIG signature covers. */
export function signedData(namespace: string, hashAlgorithm: 'sha256' | 'sha512', message: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from('SSHSIG', 'latin1'),
    sshString(namespace),
    sshString(''),
    sshString(hashAlgorithm),
    sshString(createHash(hashAlgorithm).update(message).digest()),
  ]);
}

/** ECDSA's (r, s) from SSH's two mpints, in IEEE P1363 form. */
function p1363(blob: Buffer, size: number): Buffer {
  const w = new Wire(blob);
  const pad = (b: Buffer) => {
    const u = unsigned(b);
    if (u.length > size) throw new SshSigError(said('errorsMore.sshsig.ecdsaLong'));
    return Buffer.concat([Buffer.alloc(size - u.length), u]);
  };
  const r = pad(w.string());
  const s = pad(w.string());
  return Buffer.concat([r, s]);
}

/** Whether `sig` is a valid signature of `message` by its own key in `namespace`; throws with why not. */
export function verifySshSig(sig: ParsedSignature, message: Buffer, namespace: string): void {
  if (sig.namespace !== namespace)
    throw new SshSigError(said('errorsMore.sshsig.namespace', { signed: sig.namespace, namespace }));
  const data = signedData(sig.namespace, sig.hashAlgorithm, message);
  const w = new Wire(sig.signature);
  const format = w.text();
  const body = w.string();
  const k = sig.publicKey;
  let ok: boolean;
  if (k.type === 'ssh-ed25519') {
    ok = format === 'ssh-ed25519' && verify(null, data, k.key, body);
  } else if (k.type === 'ssh-rsa') {
    const hash = format === 'rsa-sha2-256' ? 'sha256' : format === 'rsa-sha2-512' ? 'sha512' : null;
    if (!hash) throw new SshSigError(said('errorsMore.sshsig.rsaFormat', { format }));
    ok = verify(hash, data, k.key, body);
  } else if (k.type.startsWith('ecdsa-sha2-') && k.curve) {
    ok =
      format === k.type &&
      verify(k.curve.hash, data, { key: k.key, dsaEncoding: 'ieee-p1363' }, p1363(body, k.curve.size));
  } else {
    // FIDO (PROTOCOL.u2f): the authenticator signs SHA-256(application) ‖ flags ‖ counter ‖ SHA-256(data).
    const flags = w.byte();
    const counter = w.bytes(4);
    if ((flags & 0x01) === 0) throw new SshSigError(said('errorsMore.sshsig.presence'));
    const signed = Buffer.concat([
      createHash('sha256')
        .update(k.application ?? '')
        .digest(),
      Buffer.from([flags]),
      counter,
      createHash('sha256').update(data).digest(),
    ]);
    ok =
      format === k.type &&
      (k.type === 'sk-ssh-ed25519@openssh.com'
        ? verify(null, signed, k.key, body)
        : verify('sha256', signed, { key: k.key, dsaEncoding: 'ieee-p1363' }, p1363(body, 32)));
  }
  if (!w.done) throw new SshSigError(said('errorsMore.sshsig.blobTrailing'));
  if (!ok) throw new SshSigError(said('errorsMore.sshsig.mismatch'));
}

export interface AllowedSigner {
  readonly principals: readonly string[];
  readonly namespaces: readonly string[] | null;
  readonly publicKey: SshPublicKey;
  /** The line's key as written (type and base64), to print and to compare. */
  readonly keyText: string;
}

/** Reads OpenSSH's `allowed_signers` lines: principals, options (namespaces="…"), key type, key. */
export function readAllowedSigners(text: string): AllowedSigner[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((line, i) => {
      const [principals = '', ...rest] = line.split(/\s+/);
      const keyAt = rest.findIndex((t) => /^(ssh-|ecdsa-|sk-)/.test(t));
      const type = rest[keyAt];
      const base64 = rest[keyAt + 1];
      if (keyAt < 0 || !type || !base64)
        throw new SshSigError(said('errorsMore.sshsig.lineNoKey', { line: i + 1 }));
      const options = rest.slice(0, keyAt).join(' ');
      const ns = /namespaces="([^"]*)"/.exec(options)?.[1];
      const publicKey = readPublicKey(Buffer.from(base64, 'base64'));
      if (publicKey.type !== type)
        throw new SshSigError(said('errorsMore.sshsig.lineWrongType', { line: i + 1, type }));
      return {
        principals: principals.split(',').filter(Boolean),
        namespaces: ns === undefined ? null : ns.split(','),
        publicKey,
        keyText: `${type} ${base64}`,
      };
    });
}

/** Who in `allowed` signed `signature` over `message` in `namespace`; throws with the reason when no one. */
export function attestedBy(
  signature: string | ParsedSignature,
  message: Buffer,
  namespace: string,
  allowed: readonly AllowedSigner[],
): AllowedSigner {
  const sig = typeof signature === 'string' ? readSignature(signature) : signature;
  const signer = allowed.find((a) => a.publicKey.blob.equals(sig.publicKey.blob));
  if (!signer) throw new SshSigError(said('errorsMore.sshsig.notAllowed'));
  if (signer.namespaces && !signer.namespaces.includes(namespace))
    throw new SshSigError(
      said('errorsMore.sshsig.namespaceNotAllowed', { namespaces: signer.namespaces.join(', ') }),
    );
  verifySshSig(sig, message, namespace);
  return signer;
}
