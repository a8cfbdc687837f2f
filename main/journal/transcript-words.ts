/**
 * The transcript verifier's sentences as message keys (issue #32): the page and the command line say
 * them in their language; verifyTranscript keeps their English as the verdict's summary and problem.
 */
import { journalHeadFingerprint } from '../../common/fingerprint';
import type { Said, SaidValue } from '../../common/i18n/said';
import { said } from '../../common/i18n/translate';
import { showInvisible } from '../../common/visible-text';
import { closingPoint, type JournalEntry } from './chain';
import { shownJson } from './json-text';

/** The header's facts a verified transcript's summary names (transcript.ts's TranscriptHeader has them). */
interface HeaderFacts {
  readonly ceremony_type: string | null;
  readonly environment: string | null;
  readonly vault: { readonly vault_id: string | null; readonly name: string | null };
  readonly outcome: string | null;
}

/** A verdict's summary and problem as message keys (issue #32): fields of the verdict itself. */
export interface VerdictSaid {
  readonly said: Said;
  readonly problemSaid: Said | null;
}

/** A value in a reason (a verdict, a record check): its canonical JSON, or "nothing" said as a message (English: as shownJson). */
export const shownValue = (value: unknown): SaidValue =>
  value === null ? said('records.state.nothing') : shownJson(value);

/** Where the head written down at the ceremony lies in the journal, in words ('' when none was given). */
export function headWrittenText(after: number | null, entries: readonly JournalEntry[]): Said | '' {
  if (after === null) return '';
  if (after === 0) return said('verdicts.transcript.headIsLast');
  const kinds = entries.slice(-after).map((e) => e.kind);
  return said('verdicts.transcript.headBehind', {
    entry: String(entries.length - after),
    after,
    kinds: kinds.join(', '),
  });
}

/** The head at the close, and the witnesses' co-signatures journalled after it, if any. */
export function closedAt(entries: readonly JournalEntry[], head: string): Said {
  const after = entries.filter((e) => e.kind === 'attestation').length;
  const closing = closingPoint(entries)?.head;
  return after && closing
    ? said('verdicts.transcript.headAtClose', {
        closing: journalHeadFingerprint(closing),
        count: after,
        head,
      })
    : said('verdicts.transcript.head', { head });
}

/** Who signed the entries and the transcript: one key, or the journal's keys in turn and the transcript's. */
export function signersSaid(journalSigners: readonly string[], fingerprint: string): Said {
  const [firstSigner = '', ...laterSigners] = journalSigners;
  const entrySigners = laterSigners.reduce<Said | string>(
    (first, next) => said('verdicts.transcript.then', { first, next }),
    firstSigner,
  );
  return journalSigners.length === 1 && journalSigners[0] === fingerprint
    ? said('verdicts.transcript.signedBy', { fingerprint })
    : said('verdicts.transcript.entriesSignedBy', { keys: entrySigners, fingerprint });
}

/** A verified transcript's summary: what it records, how far it is signed and closed, by whom. */
export const verifiedSaid = (
  header: HeaderFacts,
  entries: number,
  closed: Said,
  written: Said | '',
  signers: Said,
): Said =>
  said('verdicts.transcript.verified', {
    kind: header.ceremony_type ?? '?',
    environment: header.environment ?? '?',
    vault: showInvisible(header.vault.name ?? header.vault.vault_id ?? '?'),
    outcome: header.outcome ?? said('verdicts.transcript.open'),
    // The count as text: a number would be said with a thousands separator.
    entries: String(entries),
    closed,
    written,
    signers,
  });
