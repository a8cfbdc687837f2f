/**
 * `verify-transcript <file> [--trust <fingerprint>]… [--trust-file <file>] [--expect-head <fingerprint>]`
 * as a function: what to print and the exit code, so the command's every answer is tested in-process.
 * A transcript verifies as a whole only when every key that signed it (the journal's entries and the
 * transcript) is one the auditor said they trust: the fingerprint the installation's owner gave them.
 */
import { parseArgs } from 'node:util';
import { DAMAGED_TRANSCRIPT_ADVICE } from '../../common/ceremony/damage';
import { normalFingerprint as normal } from '../../common/fingerprint';
import { fingerprintOfHexKey } from '../../common/fingerprint';
import { keysTrustedThrough } from './key-history';
import { MAX_TRANSCRIPT_BYTES, verifyTranscript, type Verdict } from './transcript';
import { checkWitnesses, journalWitnesses, signerFingerprints, type WitnessReport } from './witness-check';

/** What each exit code means; the README's table is this one. */
export const EXIT = {
  verified: 0,
  damaged: 1,
  usage: 2,
  untrusted: 3,
  incomplete: 4,
  /** Verified and trusted, but fewer witnesses attested than --require-witnesses asks. */
  witnesses: 5,
} as const;

export interface CommandResult {
  readonly code: (typeof EXIT)[keyof typeof EXIT];
  readonly stdout: string;
  readonly stderr: string;
}

export const USAGE =
  'usage: npm run verify-transcript -- <transcript.json> [--trust <key fingerprint>]… [--trust-file <file>] [--expect-head <journal head fingerprint>] [--allowed-signers <file>] [--witness-sig <file>]… [--require-witnesses <n>]\n' +
  'exit codes: 0 verified and signed by keys you trust; 1 damaged or not a transcript; 2 usage or read error; 3 verified but signed by a key you did not name; 4 intact but incomplete (no closing entry); 5 fewer witnesses attested than --require-witnesses asks\n';

/** A fingerprint as the app prints it: 16 Crockford base32 characters, dashes and case aside. */
const FINGERPRINT = /^[0-9A-HJKMNP-TV-Z]{16}$/;

interface Parsed {
  readonly file: string;
  readonly trusted: string[];
  readonly trustFile?: string;
  readonly expectHead?: string;
  readonly allowedSigners?: string;
  readonly witnessSigs: string[];
  readonly requireWitnesses: number;
}

function parse(args: readonly string[]): Parsed | null {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: {
        trust: { type: 'string', multiple: true, default: [] },
        'trust-file': { type: 'string' },
        'expect-head': { type: 'string' },
        'allowed-signers': { type: 'string' },
        'witness-sig': { type: 'string', multiple: true, default: [] },
        'require-witnesses': { type: 'string', default: '0' },
      },
      allowPositionals: true,
      strict: true,
    });
    const [file, ...extra] = positionals;
    const required = Number(values['require-witnesses']);
    const witnessesOk = Number.isInteger(required) && required >= 0;
    return file && !extra.length && witnessesOk
      ? {
          file,
          trusted: values.trust.map(normal),
          trustFile: values['trust-file'],
          expectHead: values['expect-head'],
          allowedSigners: values['allowed-signers'],
          witnessSigs: values['witness-sig'],
          requireWitnesses: required,
        }
      : null;
  } catch {
    return null;
  }
}

/** A trust file: one fingerprint per line; `#` starts a comment; blank lines are ignored. */
export function readTrustFile(text: string): { fingerprints: string[] } | { problem: string } {
  const fingerprints: string[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    if (!FINGERPRINT.test(normal(line)))
      return {
        problem: `line ${i + 1} is not a key fingerprint (like 7K2M-Q9XD-4HTB-W3PA): "${line.slice(0, 40)}"`,
      };
    fingerprints.push(normal(line));
  }
  return { fingerprints };
}

const readError = (file: string, error: unknown): CommandResult => ({
  code: EXIT.usage,
  stdout: '',
  stderr: `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}\n`,
});

/**
 * The keys that signed, and whether each is trusted, in words. A key is trusted when the auditor named
 * it, or when the transcript's key history shows a trusted key signing its introduction.
 */
function signersText(verdict: Verdict, trusted: readonly string[]): { text: string; untrusted: string[] } {
  const keys = [
    ...new Set([verdict.fingerprint, ...verdict.journalSigners].filter((k): k is string => k !== null)),
  ];
  const reached = new Set(
    [...keysTrustedThrough(verdict.keyHistory, trusted)].map((k) => normal(fingerprintOfHexKey(k))),
  );
  const untrusted = keys.filter((k) => !trusted.includes(normal(k)) && !reached.has(normal(k)));
  const lines = [`Installation key fingerprint: ${verdict.fingerprint ?? '?'}`];
  if (verdict.journalSigners.some((k) => k !== verdict.fingerprint))
    lines.push(`Journal entries signed by installation key: ${verdict.journalSigners.join(', then ')}`);
  for (const k of keys)
    if (!trusted.includes(normal(k)) && reached.has(normal(k)))
      lines.push(`Key ${k} is trusted through the key history: a key you trust signed its introduction.`);
  return { text: `${lines.join('\n')}\n`, untrusted };
}

export async function runVerifyTranscript(
  args: readonly string[],
  readText: (file: string) => Promise<string>,
  sizeOf: (file: string) => Promise<number> = async () => 0,
): Promise<CommandResult> {
  const parsed = parse(args);
  if (!parsed) return { code: EXIT.usage, stdout: '', stderr: USAGE };
  const { file, expectHead } = parsed;
  const trusted = [...parsed.trusted];
  if (parsed.trustFile !== undefined) {
    let list: ReturnType<typeof readTrustFile>;
    try {
      list = readTrustFile(await readText(parsed.trustFile));
    } catch (error) {
      return readError(parsed.trustFile, error);
    }
    if ('problem' in list)
      return {
        code: EXIT.usage,
        stdout: '',
        stderr: `The trust file ${parsed.trustFile}: ${list.problem}\n`,
      };
    trusted.push(...list.fingerprints);
  }
  let text: string;
  try {
    // Refused before it is read: a file larger than any transcript is not loaded at all.
    if ((await sizeOf(file)) > MAX_TRANSCRIPT_BYTES)
      return {
        code: EXIT.damaged,
        stdout: `NOT VERIFIED: the file is larger than ${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MB, more than any transcript\n`,
        stderr: '',
      };
    text = await readText(file);
  } catch (error) {
    return readError(file, error);
  }
  const verdict = verifyTranscript(text, expectHead);
  const signers = verdict.fingerprint ? signersText(verdict, trusted) : null;
  const stdout = `${verdict.summary}\n${signers?.text ?? ''}`;
  if (verdict.status === 'incomplete') return { code: EXIT.incomplete, stdout, stderr: '' };
  if (!verdict.ok)
    return {
      code: EXIT.damaged,
      // A damaged transcript gets the next step too; a file that is no transcript at all needs none.
      stdout: verdict.status === 'damaged' ? `${stdout}${DAMAGED_TRANSCRIPT_ADVICE}\n` : stdout,
      stderr: '',
    };
  // A verified transcript always names its signer, so signers is set here.
  const untrusted = signers?.untrusted ?? [];
  if (signers && !untrusted.length) {
    const trustedOut = `${stdout}Signed by keys you trust.\n`;
    const inJournal = journalWitnesses(verdict.entries, verdict.head ?? '');
    const anyWitness =
      parsed.allowedSigners !== undefined ||
      parsed.witnessSigs.length > 0 ||
      parsed.requireWitnesses > 0 ||
      inJournal.plan !== null ||
      inJournal.signatures.length > 0;
    if (!anyWitness) return { code: EXIT.verified, stdout: trustedOut, stderr: '' };
    return witnessesResult(parsed, inJournal, verdict.head ?? '', trustedOut, readText);
  }
  return {
    code: EXIT.untrusted,
    stdout: `${stdout}But ${untrusted.join(' and ')} ${untrusted.length > 1 ? 'are not keys' : 'is not a key'} you said you trust, and no key you trust signed ${untrusted.length > 1 ? 'their' : 'its'} introduction. Do not trust a key because this file names it: ask the installation's owner, by a channel you trust, for their fingerprint; only if it is the same, run again with ${untrusted.map((k) => `--trust ${k}`).join(' ')}.\n`,
    stderr: '',
  };
}

/**
 * The witnesses' co-signatures over the closing head — those journalled after the close and any given
 * as files — against the allowed signers: the file given, else the plan the transcript fixed.
 */
async function witnessesResult(
  parsed: Parsed,
  inJournal: ReturnType<typeof journalWitnesses>,
  head: string,
  stdout: string,
  readText: (file: string) => Promise<string>,
): Promise<CommandResult> {
  let allowed: string | null = inJournal.plan;
  const signatures = [...inJournal.signatures];
  try {
    if (parsed.allowedSigners !== undefined) allowed = await readText(parsed.allowedSigners);
  } catch (error) {
    return readError(parsed.allowedSigners ?? '', error);
  }
  for (const file of parsed.witnessSigs) {
    try {
      signatures.push({ file, text: await readText(file) });
    } catch (error) {
      return readError(file, error);
    }
  }
  if (allowed === null)
    return {
      code: EXIT.usage,
      stdout: '',
      stderr:
        'This ceremony’s plan named no witnesses’ keys, so there is nothing to check co-signatures against: give the allowed signers with --allowed-signers <file>.\n',
    };
  head = inJournal.closingHead ?? head;
  let report: WitnessReport;
  try {
    report = checkWitnesses(head, allowed, signatures);
  } catch (error) {
    return {
      code: EXIT.usage,
      stdout: '',
      stderr: `The allowed signers file: ${(error as Error).message}\n`,
    };
  }
  const lines = [
    `Witnesses’ keys: ${parsed.allowedSigners === undefined ? `the ceremony’s plan, as journalled (compare each with the key its witness gave you: ${signerFingerprints(allowed).join('; ')})` : parsed.allowedSigners}; the head they sign: ${head}`,
    `Attested by: ${report.attested.length ? report.attested.join('; ') : 'no witness'}`,
    ...(report.dissented.length ? [`Dissent signed by: ${report.dissented.join('; ')}`] : []),
    ...report.refused.map((r) => `Not counted: ${r.file}: ${r.reason}`),
  ];
  const out = `${stdout}${lines.join('\n')}\n`;
  if (report.attested.length >= parsed.requireWitnesses)
    return { code: EXIT.verified, stdout: out, stderr: '' };
  return {
    code: EXIT.witnesses,
    stdout: `${out}Fewer witnesses attested (${report.attested.length}) than required (${parsed.requireWitnesses}).\n`,
    stderr: '',
  };
}
