// @vitest-environment node
/** The piece-by-piece JSON forms give exactly what the whole-string forms give. */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalSha256, isWrittenAs, prettyPieces } from '../../../main/journal/json-text';

const json = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);

describe('JSON text piece by piece', () => {
  it('writes JSON.stringify(value, null, 2) exactly, for any JSON value', () => {
    fc.assert(
      fc.property(json, (value) => {
        expect([...prettyPieces(value)].join('')).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 2_000 },
    );
  });

  it('accepts only the written form followed by one newline', () => {
    fc.assert(
      fc.property(json, (value) => {
        const text = `${JSON.stringify(value, null, 2)}\n`;
        expect(isWrittenAs(text, value)).toBe(true);
        expect(isWrittenAs(text.slice(0, -1), value)).toBe(false);
        expect(isWrittenAs(`${text}\n`, value)).toBe(false);
        expect(isWrittenAs(` ${text}`, value)).toBe(false);
      }),
      { numRuns: 1_000 },
    );
    expect(isWrittenAs('{\n  "a": 1,\n  "a": 1\n}\n', { a: 1 })).toBe(false);
    expect(isWrittenAs('{"a":1}\n', { a: 1 })).toBe(false);
    expect(isWrittenAs('{\r\n  "a": 1\r\n}\n', { a: 1 })).toBe(false);
  });

  it('hashes the canonical form as the canonical form’s own SHA-256', () => {
    fc.assert(
      fc.property(json, (value) => {
        const expected = createHash('sha256').update(canonicalJson(value)).digest();
        expect(Buffer.from(canonicalSha256(value)).equals(expected)).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });
});
