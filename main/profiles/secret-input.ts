/**
 * Reads an API secret typed or pasted by an officer. Accepts exactly 64 hex characters, with or without
 * 0x, surrounding whitespace ignored. Everything else is refused with the reason, and no refusal ever
 * repeats any part of what was entered.
 */
import type { Said } from '../../common/i18n/said';
import { said } from '../../common/i18n/translate';
import { AppError } from '../app-error';

const refuse = (message: Said, hint: Said) => new AppError('profile.bad_secret', message, hint);
const HINT = said('errorsMore.secret.hint');

export function parseSecretInput(raw: string): string {
  let text = raw.trim();
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) {
    if (/EC PRIVATE KEY/.test(text)) {
      throw refuse(said('errorsMore.secret.ecdsaPem'), said('errorsMore.secret.ecdsaPemHint'));
    }
    throw refuse(said('errorsMore.secret.pem'), HINT);
  }
  if (/^0x/i.test(text)) text = text.slice(2);
  if (text.length === 0) throw refuse(said('errorsMore.secret.empty'), HINT);
  const bad = text.search(/[^0-9a-fA-F]/);
  if (bad !== -1) {
    const what = said(/\s/.test(text.charAt(bad)) ? 'errorsMore.secret.space' : 'errorsMore.secret.notHex');
    throw refuse(said('errorsMore.secret.badCharacter', { what, position: String(bad + 1) }), HINT);
  }
  if (text.length === 128) {
    throw refuse(said('errorsMore.secret.joined'), said('errorsMore.secret.joinedHint'));
  }
  if (text.length !== 64) {
    throw refuse(said('errorsMore.secret.length', { length: String(text.length) }), HINT);
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
    throw refuse(said('errorsMore.secret.secp256k1Key'), said('errorsMore.secret.secp256k1KeyHint'));
  }
  if (key !== derived) {
    throw refuse(said('errorsMore.secret.otherPair'), said('errorsMore.secret.otherPairHint'));
  }
}
