// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { apiKeyFromSecret } from '../../../main/cobo/sign';
import { checkExpectedApiKey, parseSecretInput } from '../../../main/profiles/secret-input';

const SECRET = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';

describe('parseSecretInput', () => {
  it.each([
    ['plain', SECRET],
    ['upper case', SECRET.toUpperCase()],
    ['0x prefix', '0x' + SECRET],
    ['0X prefix', '0X' + SECRET],
    ['surrounding whitespace and a newline', `  \t${SECRET}\n`],
  ])('accepts %s', (_name, input) => {
    expect(parseSecretInput(input)).toBe(SECRET);
  });

  it.each([
    ['empty', '', /No API secret/],
    ['only 0x', '0x', /No API secret/],
    ['63 characters', SECRET.slice(1), /has 63 hex characters; an Ed25519 API secret has exactly 64/],
    ['65 characters', SECRET + 'a', /has 65 hex characters/],
    [
      'a non-hex letter',
      SECRET.slice(0, 10) + 'g' + SECRET.slice(11),
      /not a hexadecimal digit at position 11/,
    ],
    ['a space inside', SECRET.slice(0, 32) + ' ' + SECRET.slice(32), /space or line break at position 33/],
    [
      'secret and public key joined',
      SECRET + apiKeyFromSecret(SECRET),
      /^This is 128 hex characters \(64 bytes\): probably a secret and public key joined together/,
    ],
    ['an x after a 0 inside', SECRET.slice(0, 62) + '0x', /not a hexadecimal digit at position 64/],
    [
      'a bad letter before a space',
      SECRET.slice(0, 4) + 'g' + SECRET.slice(5, 30) + ' ' + SECRET.slice(30),
      /not a hexadecimal digit at position 5/,
    ],
    [
      'an EC PEM key',
      '-----BEGIN EC PRIVATE KEY-----\nMHQCAQEE\n-----END EC PRIVATE KEY-----',
      /secp256k1.*Ed25519 API keys only/,
    ],
    ['a PKCS8 PEM key', '-----BEGIN PRIVATE KEY-----\nMC4CAQ\n-----END PRIVATE KEY-----', /PEM key file/],
  ])('refuses %s with the reason', (_name, input, reason) => {
    expect(() => parseSecretInput(input)).toThrow(reason);
  });

  it.each([
    [SECRET + SECRET, /Paste only the first 64 characters if your tool joins the two/],
    [
      '-----BEGIN EC PRIVATE KEY-----\nx\n-----END EC PRIVATE KEY-----',
      /^Create an Ed25519 API key \(the default in Cobo Portal\)/,
    ],
    [
      '-----BEGIN PRIVATE KEY-----\nx\n-----END PRIVATE KEY-----',
      /^Paste the API secret exactly as it was generated/,
    ],
    ['abc', /^Paste the API secret exactly as it was generated: 64 characters, 0-9 and a-f\.$/],
  ])('says what to do next: %#', (input, hint) => {
    expect(() => parseSecretInput(input)).toThrow(
      expect.objectContaining({ hint: expect.stringMatching(hint) }),
    );
  });

  it('never repeats what was entered in a refusal', () => {
    for (const input of [SECRET.slice(2), SECRET + 'ab', SECRET.slice(0, 40) + 'zz' + SECRET.slice(42)]) {
      try {
        parseSecretInput(input);
        throw new Error('should refuse');
      } catch (error) {
        const e = error as Error & { hint: string };
        for (let i = 0; i + 8 <= SECRET.length; i += 4) {
          expect(e.message + e.hint).not.toContain(SECRET.slice(i, i + 8));
        }
      }
    }
  });
});

describe('refusals never echo the secret, in any piece', () => {
  const refusal = (input: string): string => {
    try {
      parseSecretInput(input);
    } catch (error) {
      const e = error as Error & { hint: string };
      return `${e.message} ${e.hint}`.toLowerCase();
    }
    return '';
  };
  const runs = (text: string) =>
    new Set(Array.from({ length: Math.max(0, text.length - 3) }, (_, i) => text.slice(i, i + 4)));
  // Runs of four that the refusals' own words hold whatever was entered ("ed25519", "0-9"): an input
  // sharing one proves nothing either way, so such inputs are skipped.
  const OWN_WORDS = new Set(
    [
      '',
      'z',
      'a'.repeat(63),
      'a'.repeat(65),
      'a'.repeat(128),
      ' a ',
      '0x',
      '-----BEGIN EC PRIVATE KEY-----',
      '-----BEGIN PRIVATE KEY-----',
    ].flatMap((x) => [...runs(refusal(x))]),
  );
  const hex = fc.constantFrom(...'0123456789abcdefABCDEF');
  const bad = fc.constantFrom(...'ghijklmnopqrstuvwxyzGHXZ !#$%&*+,./:;=?@_~\t\n');

  it('whatever the mistake: wrong length, a bad character anywhere, or both', () => {
    fc.assert(
      fc.property(
        fc.array(hex, { minLength: 4, maxLength: 140 }),
        fc.option(fc.tuple(bad, fc.nat()), { nil: undefined }),
        (digits, insert) => {
          const chars = [...digits];
          if (insert) chars.splice(insert[1] % (chars.length + 1), 0, insert[0]);
          const input = chars.join('');
          const text = refusal(input);
          fc.pre(text !== '');
          const pieces = [...runs(input.toLowerCase())].filter((r) => !/\s/.test(r));
          fc.pre(pieces.every((r) => !OWN_WORDS.has(r)));
          for (const piece of pieces)
            expect(text, `"${piece}" of the input is in the refusal`).not.toContain(piece);
        },
      ),
      { numRuns: 600 },
    );
  });
});

describe('refusals are fixed sentences: only numbers change, so nothing of the input can be in them', () => {
  const refusal = (input: string): string => {
    try {
      parseSecretInput(input);
    } catch (error) {
      const e = error as Error & { hint: string };
      return `${e.message} ${e.hint}`;
    }
    return '';
  };
  // Positions and lengths are the only figures a refusal states: written as #, every refusal is one of these.
  const shape = (text: string) => text.replace(/\d+/g, '#');
  const SHAPES = new Set(
    [
      'z',
      ' a',
      '\ta',
      'a'.repeat(63),
      'a'.repeat(65),
      'a'.repeat(128),
      '0x',
      '-----BEGIN EC PRIVATE KEY-----',
      '-----BEGIN PRIVATE KEY-----',
      '',
    ].map((x) => shape(refusal(x))),
  );
  const hex = fc.constantFrom(...'0123456789abcdefABCDEF');
  const bad = fc.constantFrom(...'ghijklmnopqrstuvwxyzGHXZ!#$%&*+,./:;=?@_~');

  it('even an echo of one or two characters would show', () => {
    fc.assert(
      fc.property(
        fc.array(hex, { minLength: 1, maxLength: 140 }),
        fc.option(fc.tuple(bad, fc.nat()), { nil: undefined }),
        (digits, insert) => {
          const chars = [...digits];
          if (insert) chars.splice(insert[1] % (chars.length + 1), 0, insert[0]);
          const text = refusal(chars.join(''));
          fc.pre(text !== '');
          expect(SHAPES, text).toContain(shape(text));
        },
      ),
      { numRuns: 600 },
    );
  });
});

describe('checkExpectedApiKey', () => {
  it('accepts the matching Ed25519 API key, with 0x or upper case', () => {
    const key = apiKeyFromSecret(SECRET);
    expect(() => checkExpectedApiKey(key, key)).not.toThrow();
    expect(() => checkExpectedApiKey('0x' + key.toUpperCase(), key)).not.toThrow();
    expect(() => checkExpectedApiKey(` \t0X${key}\n`, key)).not.toThrow();
  });

  it('removes 0x only in front, and only the surrounding spaces', () => {
    const key = apiKeyFromSecret(SECRET);
    expect(() => checkExpectedApiKey(key + '0x', key)).toThrow(/does not belong/);
    expect(() => checkExpectedApiKey(key.slice(0, 32) + ' ' + key.slice(32), key)).toThrow(/does not belong/);
  });

  it('says clearly that a secp256k1 key is not supported', () => {
    const secpKey = bytesToHex(secp256k1.getPublicKey(Buffer.from(SECRET, 'hex'), true));
    expect(() => checkExpectedApiKey(secpKey, apiKeyFromSecret(SECRET))).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/secp256k1 key.*Ed25519 API keys only/),
        hint: expect.stringMatching(/^Create an Ed25519 API key in Cobo Portal \(the default\)/),
      }),
    );
    // Only a whole compressed key is named as one: the same digits inside something longer are not.
    expect(() => checkExpectedApiKey('ff' + secpKey, apiKeyFromSecret(SECRET))).toThrow(/does not belong/);
    expect(() => checkExpectedApiKey(secpKey + 'ff', apiKeyFromSecret(SECRET))).toThrow(/does not belong/);
  });

  it('names an uncompressed secp256k1 key (04…, 130 hex characters) as one too', () => {
    const uncompressed = bytesToHex(secp256k1.getPublicKey(Buffer.from(SECRET, 'hex'), false));
    expect(uncompressed).toMatch(/^04[0-9a-f]{128}$/);
    for (const given of [uncompressed, `0x${uncompressed.toUpperCase()}`])
      expect(() => checkExpectedApiKey(given, apiKeyFromSecret(SECRET))).toThrow(
        expect.objectContaining({
          message: expect.stringMatching(/^The API key given is a secp256k1 key\./),
        }),
      );
    expect(() => checkExpectedApiKey(`${uncompressed}00`, apiKeyFromSecret(SECRET))).toThrow(
      /does not belong/,
    );
    expect(() => checkExpectedApiKey(`05${uncompressed.slice(2)}`, apiKeyFromSecret(SECRET))).toThrow(
      /does not belong/,
    );
  });

  it('refuses a key from another pair', () => {
    expect(() => checkExpectedApiKey('ab'.repeat(32), apiKeyFromSecret(SECRET))).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/does not belong/),
        hint: 'Check that you copied the secret and the key from the same key pair.',
      }),
    );
  });
});
