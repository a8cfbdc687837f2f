// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateKeyPair } from '../../main/cobo/sign';
import { fingerprintOfHexKey } from '../../common/fingerprint';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The same definition, written independently: first 80 bits of SHA-256, 5 bits at a time. */
function reference(hex: string): string {
  const digest = createHash('sha256').update(Buffer.from(hex, 'hex')).digest();
  const bits = [...digest.subarray(0, 10)].map((b) => b.toString(2).padStart(8, '0')).join('');
  const chars = bits
    .match(/.{5}/g)!
    .map((b) => CROCKFORD[parseInt(b, 2)])
    .join('');
  return chars.match(/.{4}/g)!.join('-');
}

describe('key fingerprint', () => {
  it('is four groups of four unambiguous characters, as defined', () => {
    for (let i = 0; i < 50; i++) {
      const { apiKey } = generateKeyPair();
      const fp = fingerprintOfHexKey(apiKey);
      expect(fp).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
      expect(fp).toBe(reference(apiKey));
    }
  });

  it('changes when one bit of the key changes', () => {
    const { apiKey } = generateKeyPair();
    const flipped = (parseInt(apiKey[0]!, 16) ^ 1).toString(16) + apiKey.slice(1);
    expect(fingerprintOfHexKey(flipped)).not.toBe(fingerprintOfHexKey(apiKey));
  });
});
