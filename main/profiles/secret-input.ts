/**
 * Reads an API secret typed or pasted by an officer. Accepts exactly 64 hex characters, with or without
 * 0x, surrounding whitespace ignored. Everything else is refused with the reason, and no refusal ever
 * repeats any part of what was entered.
 */
import { AppError } from '../app-error';

const refuse = (message: string, hint: string) => new AppError('profile.bad_secret', message, hint);
const HINT = 'Paste the API secret exactly as it was generated: 64 characters, 0-9 and a-f.';

export function parseSecretInput(raw: string): string {
  let text = raw.trim();
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) {
    if (/EC PRIVATE KEY/.test(text)) {
      throw refuse(
        'This looks like an ECDSA (secp256k1) private key. Key Ceremony supports Ed25519 API keys only.',
        'Create an Ed25519 API key (the default in Cobo Portal) and import its 64-character secret, or let the app generate one.',
      );
    }
    throw refuse('This is a PEM key file, not a raw API secret.', HINT);
  }
  if (/^0x/i.test(text)) text = text.slice(2);
  if (text.length === 0) throw refuse('No API secret was entered.', HINT);
  const bad = text.search(/[^0-9a-fA-F]/);
  if (bad !== -1) {
    const what = /\s/.test(text.charAt(bad))
      ? 'a space or line break'
      : 'a character that is not a hexadecimal digit';
    throw refuse(`The API secret contains ${what} at position ${bad + 1}.`, HINT);
  }
  if (text.length === 128) {
    throw refuse(
      'This is 128 hex characters (64 bytes): probably a secret and public key joined together. An Ed25519 API secret is exactly 64.',
      'Paste only the first 64 characters if your tool joins the two, after checking which half is the secret.',
    );
  }
  if (text.length !== 64) {
    throw refuse(
      `The API secret has ${text.length} hex characters; an Ed25519 API secret has exactly 64.`,
      HINT,
    );
  }
  return text.toLowerCase();
}

/**
 * Checks an API key the officer says belongs to the secret. A secp256k1 public key, compressed (66 hex
 * characters starting 02 or 03) or uncompressed (130 starting 04), means the secret is for a
 * secp256k1 key, which we do not support.
 */
export function checkExpectedApiKey(expected: string, derived: string): void {
  const key = expected.trim().replace(/^0x/i, '').toLowerCase();
  if (/^0[23][0-9a-f]{64}$/.test(key) || /^04[0-9a-f]{128}$/.test(key)) {
    throw refuse(
      'The API key given is a secp256k1 key. Key Ceremony supports Ed25519 API keys only, so this secret would sign with the wrong algorithm.',
      'Create an Ed25519 API key in Cobo Portal (the default), or let the app generate one and register its key.',
    );
  }
  if (key !== derived) {
    throw refuse(
      'The API secret does not belong to the API key given: the key derived from it is different.',
      'Check that you copied the secret and the key from the same key pair.',
    );
  }
}
