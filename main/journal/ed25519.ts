/**
 * Ed25519 signatures of the record (journal entries and transcripts) with Node's own crypto: OpenSSL
 * verifies about ten times faster than a JavaScript implementation, and a journal of 100,000 entries
 * checks one signature per entry. Keys travel as hex (a 32-byte seed, a 32-byte public key) and become
 * KeyObjects here, once per key.
 */
import { createPrivateKey, createPublicKey, randomBytes, sign, verify, type KeyObject } from 'node:crypto';

// DER wrappers of a raw Ed25519 key (RFC 8410): what createPrivateKey/createPublicKey read.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const HEX32 = /^[0-9a-f]{64}$/;
const HEX64 = /^[0-9a-f]{128}$/;

export interface Signer {
  /** The public key, lower-case hex. */
  readonly publicKey: string;
  /** The signature of the message, lower-case hex (128 characters). */
  sign(message: string | Uint8Array): string;
}

export type Verifier = (message: string | Uint8Array, signatureHex: string) => boolean;

export function signerFromSecret(secretHex: string): Signer {
  if (!HEX32.test(secretHex)) throw new Error('an Ed25519 secret is 64 hex characters');
  const seed = Buffer.from(secretHex, 'hex');
  const der = Buffer.concat([PKCS8_PREFIX, seed]);
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } finally {
    // The key lives on in OpenSSL's memory; these copies need not.
    seed.fill(0);
    der.fill(0);
  }
  const spki = createPublicKey(key).export({ format: 'der', type: 'spki' });
  return {
    publicKey: spki.subarray(SPKI_PREFIX.length).toString('hex'),
    sign: (message) => sign(null, Buffer.from(message), key).toString('hex'),
  };
}

/** A verifier for one public key; null when the key is not even well-formed. */
export function verifierFor(publicKeyHex: string): Verifier | null {
  if (!HEX32.test(publicKeyHex)) return null;
  let key: KeyObject;
  try {
    key = createPublicKey({
      key: Buffer.concat([SPKI_PREFIX, Buffer.from(publicKeyHex, 'hex')]),
      format: 'der',
      type: 'spki',
    });
  } catch {
    return null;
  }
  return (message, signatureHex) => {
    if (!HEX64.test(signatureHex)) return false;
    try {
      return verify(null, Buffer.from(message), key, Buffer.from(signatureHex, 'hex'));
    } catch {
      return false;
    }
  };
}

/** A fresh Ed25519 secret (a 32-byte seed from the system's random source), hex. */
export const newSecret = (): string => randomBytes(32).toString('hex');

/** The public key of a secret, hex. */
export const publicKeyOf = (secretHex: string): string => signerFromSecret(secretHex).publicKey;
