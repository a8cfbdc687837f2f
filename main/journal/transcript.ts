/**
 * Ceremony transcripts: the journal with a header of the facts an auditor needs, signed with this
 * installation's Ed25519 key. Verification needs no network and no keychain: only the file, and the
 * installation's key fingerprint given to the auditor separately.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import type { Ceremony } from '../../common/contract';
import { APP_COMMIT, APP_NAME, APP_VERSION } from '../app-info';
import { fingerprintOfHexKey, journalHeadFingerprint, normalFingerprint } from '../../common/fingerprint';
import { JournalEntry, readChain, sha256Hex } from './journal';
import { describeIssues } from '../../common/describe-issues';

export const TRANSCRIPT_FORMAT = 'key-ceremony.transcript.v1';

export const TranscriptHeader = z.strictObject({
  format: z.literal(TRANSCRIPT_FORMAT),
  app: z.strictObject({ name: z.string(), version: z.string(), commit: z.string() }),
  ceremony_id: z.string(),
  ceremony_type: z.string(),
  environment: z.string(),
  vault: z.strictObject({ vault_id: z.string().nullable(), name: z.string().nullable() }),
  api_key_fingerprint: z.string(),
  participants: z.array(z.string()),
  witnesses: z.array(z.string()),
  outcome: z.string().nullable(),
  tss_request_id: z.string().nullable(),
  root_pubkeys: z.array(z.strictObject({ curve: z.string(), root_pubkey: z.string() })),
  started_at: z.string(),
  exported_at: z.string(),
  installation_public_key: z.string().regex(/^[0-9a-f]{64}$/),
  installation_key_fingerprint: z.string(),
});
export type TranscriptHeader = z.infer<typeof TranscriptHeader>;

export const Transcript = z.strictObject({
  header: TranscriptHeader,
  journal: z.array(JournalEntry),
  /** Ed25519 over SHA-256 of the canonical JSON of { header, journal }, hex. */
  signature: z.string().regex(/^[0-9a-f]{128}$/),
});
export type Transcript = z.infer<typeof Transcript>;

/** JSON with object keys sorted at every level: the bytes that are signed. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    // Keys are unique, so the default sort (UTF-16 code units) orders them completely.
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const signedBytes = (header: TranscriptHeader, journal: readonly JournalEntry[]) =>
  hexToBytes(sha256Hex(canonicalJson({ header, journal })));

export function buildTranscript(
  ceremony: Ceremony,
  journal: readonly JournalEntry[],
  participants: string[],
  installation: { secretHex: string; publicKey: string },
  now: Date = new Date(),
): Transcript {
  const header: TranscriptHeader = {
    format: TRANSCRIPT_FORMAT,
    app: { name: APP_NAME, version: APP_VERSION, commit: APP_COMMIT },
    ceremony_id: ceremony.id,
    ceremony_type: ceremony.kind,
    environment: ceremony.environment,
    vault: { vault_id: ceremony.selection.vaultId, name: ceremony.vaultName },
    api_key_fingerprint: ceremony.apiKeyFingerprint,
    participants,
    witnesses: ceremony.witnesses,
    outcome: ceremony.outcome,
    tss_request_id: ceremony.tssRequestId,
    root_pubkeys: ceremony.rootKeysAfter ?? [],
    started_at: ceremony.createdAt,
    exported_at: now.toISOString(),
    installation_public_key: installation.publicKey,
    installation_key_fingerprint: fingerprintOfHexKey(installation.publicKey),
  };
  return {
    header,
    journal: [...journal],
    signature: signTranscript(header, journal, installation.secretHex),
  };
}

/** The transcript's signature: Ed25519 with the installation key over the canonical { header, journal }. */
export function signTranscript(
  header: TranscriptHeader,
  journal: readonly JournalEntry[],
  secretHex: string,
): string {
  return bytesToHex(ed25519.sign(signedBytes(header, journal), hexToBytes(secretHex)));
}

/** Ed25519 over the given bytes; false, not an exception, for a key or signature that is not even well-formed. */
function signatureMatches(signatureHex: string, bytes: Uint8Array, publicKeyHex: string): boolean {
  try {
    return ed25519.verify(hexToBytes(signatureHex), bytes, hexToBytes(publicKeyHex));
  } catch {
    return false;
  }
}

export interface Verdict {
  readonly ok: boolean;
  /** The journal's head as a fingerprint witnesses can write down; null when the journal could not be read. */
  readonly head: string | null;
  /** The first problem found, in words; null when everything checks out. */
  readonly problem: string | null;
  readonly fingerprint: string | null;
  readonly summary: string;
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
function parseStrictly(text: string): { value: unknown; exact: boolean } | { problem: string } {
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
          ? 'the file has a "__proto__" member, which no transcript has'
          : 'the file is not JSON',
    };
  }
  return { value, exact: `${JSON.stringify(value, null, 2)}\n` === text };
}

/** Checks a transcript file's text: its form, its signature, the hash chain, and the header against the entries. */
export function verifyTranscript(text: string, expectHead?: string): Verdict {
  let head: string | null = null;
  const fail = (problem: string, fingerprint: string | null = null): Verdict => ({
    ok: false,
    head,
    problem,
    fingerprint,
    summary: `NOT VERIFIED: ${problem}`,
  });
  if (text.length > MAX_TRANSCRIPT_BYTES)
    return fail(`the file is larger than ${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MB, more than any transcript`);
  const strict = parseStrictly(text);
  if ('problem' in strict) return fail(strict.problem);
  const parsed = Transcript.safeParse(strict.value);
  if (!parsed.success) {
    return fail(`the file is not a Key Ceremony transcript (${describeIssues(parsed.error, 'file')})`);
  }
  if (!strict.exact)
    return fail(
      'the file is not exactly as Key Ceremony wrote it (a duplicate key, or content reformatted or edited; even a change of line endings counts)',
    );
  const { header, journal, signature } = parsed.data;
  const fingerprint = fingerprintOfHexKey(header.installation_public_key);
  if (header.installation_key_fingerprint !== fingerprint) {
    return fail('the installation key fingerprint in the header does not match its public key', fingerprint);
  }
  if (!signatureMatches(signature, signedBytes(header, journal), header.installation_public_key))
    return fail(
      'the signature does not match: the transcript was changed after it was signed, or signed by another key',
      fingerprint,
    );
  const chain = readChain(journal.map((e) => `${JSON.stringify(e)}\n`).join(''));
  if (chain.problem) return fail(`journal entry ${chain.problem.line}: ${chain.problem.reason}`, fingerprint);
  head = journalHeadFingerprint(chain.head);
  // The head the witnesses wrote on the printed report: a rewrite shows even with the installation key.
  if (expectHead !== undefined && normalFingerprint(expectHead) !== normalFingerprint(head))
    return fail(
      `the journal's head is ${head}, not the ${expectHead.trim()} written down at the ceremony: the record was rewritten`,
      fingerprint,
    );
  const first = journal[0];
  if (!first || first.kind !== 'ceremony_started')
    return fail('the journal does not start with the ceremony’s start', fingerprint);
  if (first.data.kind !== header.ceremony_type)
    return fail('the header’s ceremony type differs from the journal’s', fingerprint);
  if (first.data.environment !== header.environment)
    return fail('the header’s environment differs from the journal’s', fingerprint);
  if (first.data.api_key_fingerprint !== header.api_key_fingerprint)
    return fail('the header’s API key fingerprint differs from the journal’s', fingerprint);
  const sent = journal
    .filter((e) => e.kind === 'response_received' && typeof e.data.tss_request_id === 'string')
    .map((e) => e.data.tss_request_id);
  if (header.tss_request_id !== null && !sent.includes(header.tss_request_id)) {
    return fail('the header’s TSS request id appears nowhere in the journal', fingerprint);
  }
  if (new Set(sent).size > 1) return fail('the journal records more than one TSS request', fingerprint);
  const closure = journal.findLast((e) => e.kind === 'closure');
  if (closure && closure.data.outcome !== header.outcome)
    return fail('the header’s outcome differs from the journal’s closing entry', fingerprint);
  const verification = journal.findLast(
    (e) => e.kind === 'verification_result' && Array.isArray(e.data.root_pubkeys),
  );
  const journalKeys = canonicalJson(verification?.data.root_pubkeys ?? []);
  if (journalKeys !== canonicalJson(header.root_pubkeys))
    return fail('the header’s root public keys differ from those the journal recorded', fingerprint);
  return {
    ok: true,
    head,
    problem: null,
    fingerprint,
    summary: `VERIFIED: ${header.ceremony_type} in ${header.environment} on vault ${header.vault.name ?? header.vault.vault_id ?? '?'}, outcome ${header.outcome ?? 'open'}; ${journal.length} journal entries, hash chain intact, head ${head}; signed by installation key ${fingerprint}. Compare this fingerprint with the one the installation's owner gave you.`,
  };
}
