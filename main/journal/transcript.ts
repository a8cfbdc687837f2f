/**
 * Ceremony transcripts: the journal with a header of the facts an auditor needs, signed with this
 * installation's Ed25519 key. Verification needs no network and no keychain: only the file, and the
 * installation's key fingerprint given to the auditor separately.
 */
import { z } from 'zod';
import { describeIssuesSaid } from '../../common/describe-issues';
import { fingerprintOfHexKey, journalHeadFingerprint, normalFingerprint } from '../../common/fingerprint';
import { APP_COMMIT, APP_NAME, APP_VERSION } from '../app-info';
import { verifierFor, type Signer } from './ed25519';
import { readFacts, type FactName } from './facts';
import { readChainLines, sha256Hex, type JournalEntry } from './chain';
import { describeEntryProblemSaid } from './entry-problem';
import type { Said } from '../../common/i18n/said';
import { said, sayEnglish } from '../../common/i18n/translate';
import {
  closedAt,
  headWrittenText,
  shownValue,
  signersSaid,
  verifiedSaid,
  type VerdictSaid,
} from './transcript-words';

export type { VerdictSaid } from './transcript-words';
import { KEY_HISTORY_FORMAT, KeyStatement, readKeyHistory } from './key-history';
import { canonicalJson, canonicalSha256, isWrittenAs } from './json-text';
import { attestationProblem } from './witness-check';

export const TRANSCRIPT_FORMAT = 'key-ceremony.transcript.v2';

const RootKey = z.strictObject({ curve: z.string(), root_pubkey: z.string() });

/** The facts of the ceremony, each exactly as the journal records it (see facts.ts). */
const factsShape = {
  ceremony_id: z.string().nullable(),
  ceremony_type: z.string().nullable(),
  environment: z.string().nullable(),
  api_key_fingerprint: z.string().nullable(),
  vault: z.strictObject({ vault_id: z.string().nullable(), name: z.string().nullable() }),
  participants: z.array(z.string()),
  witnesses: z.array(z.string()),
  outcome: z.string().nullable(),
  tss_request_id: z.string().nullable(),
  root_pubkeys: z.array(RootKey),
  started_at: z.string().nullable(),
} satisfies Record<FactName, z.ZodType>;
const FACT_NAMES = Object.keys(factsShape) as FactName[];

export const TranscriptHeader = z.strictObject({
  format: z.literal(TRANSCRIPT_FORMAT),
  app: z.strictObject({ name: z.string(), version: z.string(), commit: z.string() }),
  ...factsShape,
  /** Set when the app exported a record it found damaged: what is wrong, and where. */
  damage: z.string().nullable(),
  exported_at: z.string(),
  installation_public_key: z.string().regex(/^[0-9a-f]{64}$/),
  installation_key_fingerprint: z.string(),
});
export type TranscriptHeader = z.infer<typeof TranscriptHeader>;

export const Transcript = z.strictObject({
  header: TranscriptHeader,
  /** The journal's lines exactly as written: the bytes each entry's signature covers. */
  journal: z.array(z.string()),
  /** Ed25519 over SHA-256 of the canonical JSON of { header, journal }, hex. */
  signature: z.string().regex(/^[0-9a-f]{128}$/),
  /**
   * The installation's key history (key-history.ts): statements that prove themselves, so they need no
   * cover by the signature; an auditor follows the signed introductions from a key they trust.
   */
  key_history: z.array(KeyStatement).max(1000).optional(),
});
export type Transcript = z.infer<typeof Transcript>;

/** What is signed: SHA-256 of the canonical JSON of { header, journal }. */
const signedBytes = (header: TranscriptHeader, journal: readonly string[]) =>
  canonicalSha256({ header, journal });

/**
 * A transcript of a journal's lines. The header's facts are read from the lines themselves, never from
 * the ceremony's state; `damage` marks a record the app found damaged, exported so it can be examined.
 */
export function buildTranscript(
  lines: readonly string[],
  damage: string | null,
  installation: Signer,
  now: Date = new Date(),
  keyHistory: readonly KeyStatement[] = [],
): Transcript {
  const { facts } = readFacts(readChainLines(lines).entries);
  const header: TranscriptHeader = {
    format: TRANSCRIPT_FORMAT,
    app: { name: APP_NAME, version: APP_VERSION, commit: APP_COMMIT },
    ...facts,
    damage,
    exported_at: now.toISOString(),
    installation_public_key: installation.publicKey,
    installation_key_fingerprint: fingerprintOfHexKey(installation.publicKey),
  };
  const signature = signTranscript(header, lines, installation);
  return {
    header,
    journal: [...lines],
    signature,
    ...(keyHistory.length ? { key_history: [...keyHistory] } : {}),
  };
}

/** The transcript's signature: Ed25519 with the installation key over the canonical { header, journal }. */
export const signTranscript = (
  header: TranscriptHeader,
  journal: readonly string[],
  installation: Pick<Signer, 'sign'>,
): string => installation.sign(signedBytes(header, journal));

/** What a transcript is: intact and closed, intact but not closed, damaged, or not a transcript at all. */
export type RecordStatus = 'verified' | 'incomplete' | 'damaged' | 'not-a-transcript';

export interface Verdict extends VerdictSaid {
  readonly status: RecordStatus;
  /** Verified: intact, closed, signed. Whose key signed it is for the caller to judge. */
  readonly ok: boolean;
  /** The journal's head as a fingerprint witnesses can write down; null when the journal could not be read. */
  readonly head: string | null;
  /** The first problem found, in words; null when everything checks out. */
  readonly problem: string | null;
  /** Where the problem is, when it is at an entry: its line, its kind, the field that differs. */
  readonly entry: { line: number; kind: string | null; field: string | null } | null;
  /** The fingerprint of the key that signed the transcript. */
  readonly fingerprint: string | null;
  /** The fingerprints of the keys that signed the journal's entries, in order (one, unless the key was replaced). */
  readonly journalSigners: string[];
  /** How far the head written down lies behind the journal's: null unless an earlier head was given and found. */
  readonly entriesAfterExpectedHead: number | null;
  /** The key history the transcript carries, when it verifies on its own (empty when absent or not). */
  readonly keyHistory: KeyStatement[];
  /** The journal's entries once verified (for the witnesses' co-signatures); empty otherwise. */
  readonly entries: readonly JournalEntry[];
  /** In English; `said` and `problemSaid` hold the summary and the problem as message keys (issue #32). */
  readonly summary: string;
}

/** How many entries follow the one whose head is `expected`; null when the journal never had that head. */
function entriesAfterHead(journal: readonly string[], expected: string): number | null {
  const wanted = normalFingerprint(expected);
  const at = journal.findLastIndex(
    (line) => normalFingerprint(journalHeadFingerprint(sha256Hex(line))) === wanted,
  );
  return at === -1 ? null : journal.length - 1 - at;
}

/** The largest transcript the verifier reads (a 100,000-entry ceremony is far below it). */
export const MAX_TRANSCRIPT_BYTES = 50 * 1024 * 1024;

/** The exact text the app writes for a transcript: what is read must be what was signed. */
export const transcriptText = (transcript: Transcript): string => `${JSON.stringify(transcript, null, 2)}\n`;

/**
 * The file as JSON, refusing what a signature over the parsed value would not cover: a `__proto__`
 * member, and any text that is not exactly the form the app writes (a duplicate key, reordered or
 * reformatted content) — so a person or another parser reading the file sees only what was signed.
 */
function parseStrictly(text: string): { value: unknown; exact: boolean } | { problem: Said } {
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v: unknown) => {
      if (key === '__proto__') throw new SyntaxError('__proto__');
      return v;
    });
  } catch (error) {
    return {
      problem:
        error instanceof SyntaxError && error.message === '__proto__'
          ? said('verdicts.transcript.protoMember', { member: '__proto__' })
          : said('verdicts.transcript.notJson', { format: 'JSON' }),
    };
  }
  return { value, exact: isWrittenAs(text, value) };
}

/** The first header fact that differs from the journal's, with the entry that records it. */
function headerProblem(header: TranscriptHeader, lines: readonly JournalEntry[]) {
  const { facts, source, tssRequestIds } = readFacts(lines);
  if (tssRequestIds.length > 1) return { problem: said('verdicts.transcript.manyRequests'), entry: null };
  for (const name of FACT_NAMES) {
    if (canonicalJson(header[name]) === canonicalJson(facts[name])) continue;
    const seq = source[name];
    const where = seq
      ? said('verdicts.transcript.headerWhereEntry', { line: String(seq), kind: lines[seq - 1]?.kind ?? '?' })
      : said('verdicts.transcript.headerWhereJournal');
    return {
      problem: said('verdicts.transcript.headerDiffers', {
        name,
        header: shownValue(header[name]),
        where,
        journal: shownValue(facts[name]),
      }),
      entry: { line: seq ?? 0, kind: seq ? (lines[seq - 1]?.kind ?? null) : null, field: `header.${name}` },
    };
  }
  return null;
}

/**
 * Checks a transcript file's text, in the order that names the first bad thing: its form, each journal
 * entry (chain and signature), the header's facts against the entries, the transcript's signature, the
 * head the witnesses wrote down, and whether the record is closed.
 */
export function verifyTranscript(text: string, expectHead?: string): Verdict {
  let head: string | null = null;
  let fingerprint: string | null = null;
  let journalSigners: string[] = [];
  let entriesAfterExpectedHead: number | null = null;
  let keyHistory: KeyStatement[] = [];
  const verdict = (
    status: Exclude<RecordStatus, 'verified'>,
    problem: Said,
    entry: Verdict['entry'] = null,
  ): Verdict => {
    const sentence = said(
      status === 'incomplete' ? 'verdicts.transcript.incomplete' : 'verdicts.transcript.notVerified',
      { problem },
    );
    return {
      status,
      ok: false,
      head,
      problem: sayEnglish(problem),
      entry,
      fingerprint,
      journalSigners,
      entriesAfterExpectedHead,
      keyHistory,
      entries: [],
      summary: sayEnglish(sentence),
      said: sentence,
      problemSaid: problem,
    };
  };
  if (text.length > MAX_TRANSCRIPT_BYTES)
    return verdict(
      'not-a-transcript',
      said('verdicts.transcript.tooLarge', { megabytes: MAX_TRANSCRIPT_BYTES / 1024 / 1024 }),
    );
  const strict = parseStrictly(text);
  if ('problem' in strict) return verdict('not-a-transcript', strict.problem);
  // What the file is, before how it falls short: only a transcript's own shortcomings are detailed.
  const format = (strict.value as { header?: { format?: unknown } } | null)?.header?.format;
  if (typeof format !== 'string' || !format.startsWith('key-ceremony.transcript.'))
    return verdict('not-a-transcript', said('verdicts.transcript.noHeader'));
  if (format !== TRANSCRIPT_FORMAT)
    return verdict(
      'not-a-transcript',
      said('verdicts.transcript.otherFormat', { format: format.slice(0, 60) }),
    );
  const parsed = Transcript.safeParse(strict.value);
  if (!parsed.success) {
    return verdict(
      'not-a-transcript',
      said('verdicts.transcript.notTranscript', { issues: describeIssuesSaid(parsed.error, 'file') }),
    );
  }
  if (!strict.exact) return verdict('damaged', said('verdicts.transcript.notExact'));
  const { header, journal, signature, key_history: statements } = parsed.data;
  if (statements && !readKeyHistory({ format: KEY_HISTORY_FORMAT, statements }, null).problem)
    keyHistory = statements;
  fingerprint = fingerprintOfHexKey(header.installation_public_key);
  const chain = readChainLines(journal);
  journalSigners = chain.signers.map(fingerprintOfHexKey);
  if (chain.problem)
    return verdict(
      'damaged',
      said('verdicts.transcript.journalAt', { where: describeEntryProblemSaid(chain.problem) }),
      {
        line: chain.problem.line ?? 0,
        kind: chain.problem.kind,
        field: chain.problem.field,
      },
    );
  head = journalHeadFingerprint(chain.head);
  if (!chain.entries.length) return verdict('damaged', said('verdicts.transcript.noEntries'));
  const differs = headerProblem(header, chain.entries);
  if (differs) return verdict('damaged', differs.problem, differs.entry);
  if (header.installation_key_fingerprint !== fingerprint)
    return verdict('damaged', said('verdicts.transcript.fingerprintMismatch'));
  if (!verifierFor(header.installation_public_key)?.(signedBytes(header, journal), signature))
    return verdict('damaged', said('verdicts.transcript.signatureMismatch'));
  if (header.damage !== null)
    return verdict('damaged', said('verdicts.transcript.exportedDamaged', { damage: header.damage }));
  // The head the witnesses wrote on the printed report: a rewrite shows even with the installation key.
  // A sheet printed before the close holds a head the journal passed through: how far back is said.
  if (expectHead !== undefined) {
    const after = entriesAfterHead(journal, expectHead);
    if (after === null)
      return verdict('damaged', said('verdicts.transcript.rewritten', { head, expected: expectHead.trim() }));
    entriesAfterExpectedHead = after;
  }
  const signers = signersSaid(journalSigners, fingerprint);
  const written = headWrittenText(entriesAfterExpectedHead, chain.entries);
  const cosigned = attestationProblem(chain.entries, head);
  if (cosigned) return verdict('damaged', cosigned.problemSaid, cosigned.entry);
  if (!chain.closed)
    return verdict(
      'incomplete',
      said('verdicts.transcript.notClosed', { entries: String(journal.length), signers }),
    );
  const sentence = verifiedSaid(header, journal.length, closedAt(chain.entries, head), written, signers);
  return {
    status: 'verified',
    ok: true,
    head,
    problem: null,
    entry: null,
    fingerprint,
    journalSigners,
    entriesAfterExpectedHead,
    keyHistory,
    entries: chain.entries,
    summary: sayEnglish(sentence),
    said: sentence,
    problemSaid: null,
  };
}
