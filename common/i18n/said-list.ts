/**
 * A list of sentences said one after another (`a; b; c`), as one sentence the page says again in its
 * language: each item keeps its own key, and the separator is a message too (Chinese has its own).
 */
import type { SaidValue } from './said';
import { said, type MessageKey } from './translate';

const SEPARATOR: Record<'semicolon' | 'space' | 'list', MessageKey> = {
  semicolon: 'errors.join.semicolon',
  space: 'errors.join.space',
  /** Names in a list: "a, b" (Chinese: "a、b"). */
  list: 'errors.join.list',
};

export function joinSaid(items: readonly SaidValue[], by: 'semicolon' | 'space' | 'list'): SaidValue {
  const [first, ...rest] = items;
  if (first === undefined) return '';
  return rest.length ? said(SEPARATOR[by], { first, rest: joinSaid(rest, by) }) : first;
}
