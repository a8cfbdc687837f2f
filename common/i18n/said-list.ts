/**
 * A list of sentences said one after another (`a; b; c`, or a line each), as one sentence the page says
 * again in its language: each item keeps its own key, and the separator is a message too (Chinese has
 * its own).
 */
import type { Said, SaidValue } from './said';
import { said, type MessageKey } from './translate';

type Separator = 'semicolon' | 'space' | 'list' | 'line';

const SEPARATOR: Record<Separator, MessageKey> = {
  semicolon: 'errors.join.semicolon',
  space: 'errors.join.space',
  /** Names in a list: "a, b" (Chinese: "a、b"). */
  list: 'errors.join.list',
  /** A verdict of several lines. */
  line: 'verdicts.lines',
};

export function joinSaid(items: readonly SaidValue[], by: Separator): SaidValue {
  const [first, ...rest] = items;
  if (first === undefined) return '';
  return rest.length ? said(SEPARATOR[by], { first, rest: joinSaid(rest, by) }) : first;
}

/** Sentences one per line, as one sentence (never empty: there is a first). */
export const lines = (first: Said, ...rest: Said[]): Said =>
  rest.length ? said(SEPARATOR.line, { first, rest: joinSaid(rest, 'line') }) : first;
