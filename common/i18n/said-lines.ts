/**
 * Sentences said one per line, as one sentence (issue #32): each line joined to the rest by the
 * message `verdicts.lines`, so a verdict of several lines stays one `Said` the page says whole.
 */
import type { Said } from './said';
import { said } from './translate';

export function lines(first: Said, ...rest: Said[]): Said {
  const [next, ...more] = rest;
  return next ? said('verdicts.lines', { first, rest: lines(next, ...more) }) : first;
}
