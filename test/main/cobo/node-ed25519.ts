/**
 * An independent Ed25519 implementation for checking ours: Node's own crypto (OpenSSL), fed the raw
 * keys through their fixed DER prefixes.
 */
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export const privateKeyOf = (secretHex: string): KeyObject =>
  createPrivateKey({
    key: Buffer.concat([PKCS8_PREFIX, Buffer.from(secretHex, 'hex')]),
    format: 'der',
    type: 'pkcs8',
  });

export const publicKeyOf = (apiKeyHex: string): KeyObject =>
  createPublicKey({
    key: Buffer.concat([SPKI_PREFIX, Buffer.from(apiKeyHex, 'hex')]),
    format: 'der',
    type: 'spki',
  });

export const rawPublicKey = (secretHex: string): string =>
  createPublicKey(privateKeyOf(secretHex))
    .export({ format: 'der', type: 'spki' })
    .subarray(12)
    .toString('hex');

/** SHA-256 of SHA-256, computed with Node's hash. */
export const doubleSha256 = (text: string): Buffer =>
  createHash('sha256').update(createHash('sha256').update(text, 'utf8').digest()).digest();

export const nodeSign = (secretHex: string, digest: Buffer): string =>
  sign(null, digest, privateKeyOf(secretHex)).toString('hex');

export const nodeVerify = (apiKeyHex: string, digest: Buffer, signatureHex: string): boolean =>
  verify(null, digest, publicKeyOf(apiKeyHex), Buffer.from(signatureHex, 'hex'));
