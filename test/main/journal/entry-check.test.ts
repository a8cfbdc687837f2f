// @vitest-environment node
/** The journal's fast entry check gives the same verdict as its zod schema, on valid and broken entries. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isJournalEntry, JournalEntry, JOURNAL_KINDS } from '../../../main/journal/chain';

const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);
const validEntry = fc.record({
  seq: fc.integer({ min: 1, max: 1e9 }),
  at: fc.string(),
  kind: fc.constantFrom(...JOURNAL_KINDS),
  data: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 })),
  prev: hex64,
  sig: fc.stringMatching(/^[0-9a-f]{128}$/),
});
const broken = fc.oneof(
  validEntry.map((e) => ({ ...e, extra: 1 })),
  validEntry.map(({ prev: _prev, ...rest }) => rest),
  validEntry.map((e) => ({ ...e, seq: 0 })),
  validEntry.map((e) => ({ ...e, seq: 1.5 })),
  validEntry.map((e) => ({ ...e, kind: 'made_up' })),
  validEntry.map((e) => ({ ...e, prev: e.prev.toUpperCase() + 'A' })),
  validEntry.map(({ sig: _sig, ...rest }) => rest),
  validEntry.map((e) => ({ ...e, sig: e.sig.slice(1) })),
  validEntry.map((e) => ({ ...e, sig: e.sig.toUpperCase() })),
  validEntry.map((e) => ({ ...e, data: [] })),
  validEntry.map((e) => ({ ...e, data: null })),
  validEntry.map((e) => ({ ...e, at: 5 })),
  fc.jsonValue(),
);

describe('fast journal entry check', () => {
  it('agrees with the zod schema', () => {
    fc.assert(
      fc.property(fc.oneof(validEntry, broken), (value) => {
        const roundTripped = JSON.parse(JSON.stringify(value)) as unknown;
        expect(isJournalEntry(roundTripped)).toBe(JournalEntry.safeParse(roundTripped).success);
      }),
      { numRuns: 3_000 },
    );
  });
});
