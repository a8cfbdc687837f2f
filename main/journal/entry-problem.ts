/**
 * A journal problem's words as message keys (issue #32): the sentence each reason was made from, kept
 * beside the problem, so a problem keeps its shape (compared, copied into records) and its English.
 */
import type { Said, SaidValue } from '../../common/i18n/said';
import { said, sayEnglish } from '../../common/i18n/translate';

const REASONS = new WeakMap<EntryProblem, Said>();

/** What is wrong with a journal, and where: the line, the entry's kind when it could be read, the field. */
export interface EntryProblem {
  /** The journal line (and entry number); null when the problem is not at one entry. */
  readonly line: number | null;
  readonly kind: string | null;
  readonly field: string | null;
  readonly reason: string;
}

/** A problem whose reason is said as message keys; `reason` is its English. */
export function entryProblem(where: Omit<EntryProblem, 'reason'>, reason: Said): EntryProblem {
  const problem = { ...where, reason: sayEnglish(reason) };
  REASONS.set(problem, reason);
  return problem;
}

/** A problem's reason as message keys when it was made so, else its English. */
export const reasonSaid = (p: EntryProblem): SaidValue => REASONS.get(p) ?? p.reason;

/** describeEntryProblem as message keys, for the page to say in its language. */
export const describeEntryProblemSaid = (p: EntryProblem): Said =>
  said('verdicts.entry.problem', {
    // The line as text: a number would be said with a thousands separator.
    place:
      p.line === null ? said('verdicts.entry.record') : said('verdicts.entry.line', { line: String(p.line) }),
    kind: p.kind ? said('verdicts.entry.kind', { kind: p.kind }) : '',
    field: p.field ? said('verdicts.entry.field', { field: p.field }) : '',
    reason: reasonSaid(p),
  });
