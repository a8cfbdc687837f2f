// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readNodeId } from '../../../common/ceremony/node-id';
import { EN } from '../../../common/i18n/translate';

describe('a TSS node ID as typed or pasted', () => {
  it('is trimmed and shown in groups of four for reading back', () => {
    const r = readNodeId('  cobo5yb7BNEBwwp5XXedbhnzQfvQtp132W4dH4Jz4x4eDp4KA \n', EN);
    expect(r.value).toBe('cobo5yb7BNEBwwp5XXedbhnzQfvQtp132W4dH4Jz4x4eDp4KA');
    expect(r.problems).toEqual([]);
    expect(r.chunks.slice(0, 3)).toEqual(['cobo', '5yb7', 'BNEB']);
    expect(r.chunks.join('')).toBe(r.value);
  });

  it('takes the ID as the app shows it, in groups of four, and drops the grouping (issue #29, item 11)', () => {
    const id = 'cobo5yb7BNEBwwp5XXedbhnzQfvQtp132W4dH4Jz4x4eDp4KA';
    const shown = readNodeId(id, EN).chunks.join(' ');
    expect(shown).toBe('cobo 5yb7 BNEB wwp5 XXed bhnz QfvQ tp13 2W4d H4Jz 4x4e Dp4K A');
    expect(readNodeId(` ${shown} `, EN)).toMatchObject({ value: id, problems: [] });
  });

  it.each([
    ['', 'Enter the TSS node ID.'],
    ['cobo5yb7\ncobo5yb7', 'The TSS node ID is one line; paste only the ID.'],
    [
      'cobo5yb7 BNEBwwp5',
      'A TSS node ID has no spaces inside (only the groups of four it is shown in may be pasted with theirs); check what was pasted.',
    ],
    [
      'cobo 5yb7  BNEB',
      'A TSS node ID has no spaces inside (only the groups of four it is shown in may be pasted with theirs); check what was pasted.',
    ],
    [
      'cobo5yb7ВNEB',
      'The TSS node ID has a character that is not plain text (perhaps from a document); type it again.',
    ],
    ['cobo5yb7/BNEB', 'A TSS node ID has only letters, digits and - _ . : ; check for a stray character.'],
    ['cobo5y', 'A TSS node ID is longer than that (6 characters); check that it is complete.'],
    ['c'.repeat(201), 'A TSS node ID is at most 200 characters.'],
  ])('refuses %j: %s', (raw, problem) => {
    expect(readNodeId(raw, EN).problems).toEqual([problem]);
  });

  it('warns about characters that look alike, and only then', () => {
    expect(readNodeId('cobo0O1lI5S2Z8B', EN).warnings).toEqual([
      'Read back with care: it contains characters that look alike — 0 (zero) and O (capital o); 1 (one), l (small L) and I (capital i); 5 (five) and S; 2 (two) and Z; 8 (eight) and B.',
    ]);
    expect(readNodeId('cobo4yb7wwpxxedhnzqfvqtp', EN).warnings).toEqual([]);
  });
});
