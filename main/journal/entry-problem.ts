/**
 * A journal problem's words as message keys (issue #32): the sentence each reason was made from, kept
 * on the problem beside its English, so a problem copied (spread into another, passed into a record)
 * keeps both.
 */
import type { Said, SaidValue } from '../../common/i18n/said';
import { said, sayEnglish } from '../../common/i18n/translate';

/** What is wrong with a journal, and where: the line, the entry's kind when it could be read, the field. */
export interface EntryProblem {
  /** The journal line (and entry number); null when the problem is not at one entry. */
  readonly line: number | null;
  readonly kind: string | null;
  readonly field: string | null;
  /** What is wrong, in English (logs, the command line, a damaged transcript's header). */
  readonly reason: string;
  /** The same as message keys, for the page to say in its language; absent on a problem made of text. */
  readonly reasonSaid?: Said;
}

/** A problem whose reason is said as message keys; `reason` is its English. */
export const entryProblem = (
  where: Omit<EntryProblem, 'reason' | 'reasonSaid'>,
  reason: Said,
): EntryProblem => ({
  line: where.line,
  kind: where.kind,
  field: where.field,
  reason: sayEnglish(reason),
  reasonSaid: reason,
});

/** A problem's reason as message keys when it was made so, else its English. */
export const reasonSaid = (p: EntryProblem): SaidValue => p.reasonSaid ?? p.reason;

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
