/**
 * A short fingerprint of a public key that people can read aloud and compare: the first 80 bits of
 * SHA-256 over the raw key bytes, in Crockford base32 (no I, L, O or U to mishear), as four groups of
 * four, e.g. "7K2M-Q9XD-4HTB-W3PA".
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { hexToBytes } from '@noble/hashes/utils.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function fingerprintOfBytes(bytes: Uint8Array): string {
  const digest = sha256(bytes);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of digest.subarray(0, 10)) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return (out.match(/.{4}/g) ?? []).join('-');
}

export const fingerprintOfHexKey = (hex: string): string => fingerprintOfBytes(hexToBytes(hex));

/** A root extended public key's fingerprint: of its text, as Cobo Portal shows it, for reading aloud. */
export const rootKeyFingerprint = (rootPubkey: string): string =>
  fingerprintOfBytes(new TextEncoder().encode(rootPubkey));

/** A journal's head hash as a fingerprint to write on the printed report and check a transcript against. */
export const journalHeadFingerprint = (headHex: string): string => fingerprintOfHexKey(headHex);

/** Fingerprints compare as people read them: case, spaces and dashes aside. */
export const normalFingerprint = (fingerprint: string): string =>
  fingerprint.replace(/[\s-]/g, '').toUpperCase();

/** The words that confirm replacing a transcript key: "replace" and the last group of its fingerprint. */
export const replaceConfirmation = (fingerprint: string): string =>
  `replace ${fingerprint.split('-').pop() ?? ''}`;
