/**
 * `verify-transcript <file> [--trust <fingerprint>]… [--trust-file <file>] [--expect-head <fingerprint>]`
 * as a function: what to print and the exit code, so the command's every answer is tested in-process.
 * A transcript verifies as a whole only when every key that signed it (the journal's entries and the
 * transcript) is one the auditor said they trust: the fingerprint the installation's owner gave them.
 */
import { parseArgs } from 'node:util';
import { OFFICERS_LOCALES, type Locale } from '../../common/i18n/locales';
import { translatorFor } from '../../common/i18n/translator-for';
import { EN, say, type Translate } from '../../common/i18n/translate';
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

export const USAGE = `${EN('cli.verify.usage')}\n${EN('cli.verify.exitCodes')}\n`;

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
  readonly lang: Locale;
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
        lang: { type: 'string', default: 'en' },
      },
      allowPositionals: true,
      strict: true,
    });
    const [file, ...extra] = positionals;
    const required = Number(values['require-witnesses']);
    const witnessesOk = Number.isInteger(required) && required >= 0;
    // The languages an officer is offered; the pseudo-locale is the browser host's, for layouts.
    const lang = OFFICERS_LOCALES.find((l) => l === values.lang);
    return file && !extra.length && witnessesOk && lang
      ? {
          file,
          trusted: values.trust.map(normal),
          trustFile: values['trust-file'],
          expectHead: values['expect-head'],
          allowedSigners: values['allowed-signers'],
          witnessSigs: values['witness-sig'],
          requireWitnesses: required,
          lang,
        }
      : null;
  } catch {
    return null;
  }
}

/** A trust file: one fingerprint per line; `#` starts a comment; blank lines are ignored. */
export function readTrustFile(
  text: string,
  t: Translate = EN,
): { fingerprints: string[] } | { problem: string } {
  const fingerprints: string[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    if (!FINGERPRINT.test(normal(line)))
      return {
        problem: t('cli.verify.trustFileLine', { line: i + 1, text: line.slice(0, 40) }),
      };
    fingerprints.push(normal(line));
  }
  return { fingerprints };
}

const readError = (t: Translate, file: string, error: unknown): CommandResult => ({
  code: EXIT.usage,
  stdout: '',
  stderr: `${t('cli.verify.cannotRead', { file, code: (error as NodeJS.ErrnoException).code ?? 'error' })}\n`,
});

/**
 * The keys that signed, and whether each is trusted, in words. A key is trusted when the auditor named
 * it, or when the transcript's key history shows a trusted key signing its introduction.
 */
function signersText(
  verdict: Verdict,
  trusted: readonly string[],
  t: Translate,
): { text: string; untrusted: string[] } {
  const keys = [
    ...new Set([verdict.fingerprint, ...verdict.journalSigners].filter((k): k is string => k !== null)),
  ];
  const reached = new Set(
    [...keysTrustedThrough(verdict.keyHistory, trusted)].map((k) => normal(fingerprintOfHexKey(k))),
  );
  const untrusted = keys.filter((k) => !trusted.includes(normal(k)) && !reached.has(normal(k)));
  const lines = [t('cli.verify.installationKey', { fingerprint: verdict.fingerprint ?? '?' })];
  if (verdict.journalSigners.some((k) => k !== verdict.fingerprint))
    lines.push(
      t('cli.verify.journalSigners', { keys: verdict.journalSigners.join(t('cli.verify.thenSeparator')) }),
    );
  for (const k of keys)
    if (!trusted.includes(normal(k)) && reached.has(normal(k)))
      lines.push(t('cli.verify.trustedThroughHistory', { key: k }));
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
  const t = await translatorFor(parsed.lang);
  const trusted = [...parsed.trusted];
  if (parsed.trustFile !== undefined) {
    let list: ReturnType<typeof readTrustFile>;
    try {
      list = readTrustFile(await readText(parsed.trustFile), t);
    } catch (error) {
      return readError(t, parsed.trustFile, error);
    }
    if ('problem' in list)
      return {
        code: EXIT.usage,
        stdout: '',
        stderr: `${t('cli.verify.trustFile', { file: parsed.trustFile, problem: list.problem })}\n`,
      };
    trusted.push(...list.fingerprints);
  }
  let text: string;
  try {
    // Refused before it is read: a file larger than any transcript is not loaded at all.
    if ((await sizeOf(file)) > MAX_TRANSCRIPT_BYTES)
      return {
        code: EXIT.damaged,
        stdout: `${t('cli.verify.tooLarge', { megabytes: MAX_TRANSCRIPT_BYTES / 1024 / 1024 })}\n`,
        stderr: '',
      };
    text = await readText(file);
  } catch (error) {
    return readError(t, file, error);
  }
  const verdict = verifyTranscript(text, expectHead);
  const signers = verdict.fingerprint ? signersText(verdict, trusted, t) : null;
  // The verdict in the language chosen (--lang); its English when this build cannot say it.
  const sentence = verdict.said;
  const stdout = `${say(t, sentence) ?? verdict.summary}\n${signers?.text ?? ''}`;
  if (verdict.status === 'incomplete') return { code: EXIT.incomplete, stdout, stderr: '' };
  if (!verdict.ok)
    return {
      code: EXIT.damaged,
      // A damaged transcript gets the next step too; a file that is no transcript at all needs none.
      stdout: verdict.status === 'damaged' ? `${stdout}${t('record.damagedTranscriptAdvice')}\n` : stdout,
      stderr: '',
    };
  // A verified transcript always names its signer, so signers is set here.
  const untrusted = signers?.untrusted ?? [];
  if (signers && !untrusted.length) {
    const trustedOut = `${stdout}${t('cli.verify.trusted')}\n`;
    const inJournal = journalWitnesses(verdict.entries, verdict.head ?? '');
    const anyWitness =
      parsed.allowedSigners !== undefined ||
      parsed.witnessSigs.length > 0 ||
      parsed.requireWitnesses > 0 ||
      inJournal.plan !== null ||
      inJournal.signatures.length > 0;
    if (!anyWitness) return { code: EXIT.verified, stdout: trustedOut, stderr: '' };
    return witnessesResult(parsed, inJournal, verdict.head ?? '', trustedOut, readText, t);
  }
  return {
    code: EXIT.untrusted,
    stdout: `${stdout}${t('cli.verify.untrusted', {
      count: untrusted.length,
      keys: untrusted.join(t('cli.verify.andSeparator')),
      options: untrusted.map((k) => `--trust ${k}`).join(' '),
    })}\n`,
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
  t: Translate,
): Promise<CommandResult> {
  let allowed: string | null = inJournal.plan;
  const signatures = [...inJournal.signatures];
  try {
    if (parsed.allowedSigners !== undefined) allowed = await readText(parsed.allowedSigners);
  } catch (error) {
    return readError(t, parsed.allowedSigners ?? '', error);
  }
  for (const file of parsed.witnessSigs) {
    try {
      signatures.push({ file, text: await readText(file) });
    } catch (error) {
      return readError(t, file, error);
    }
  }
  if (allowed === null)
    return {
      code: EXIT.usage,
      stdout: '',
      stderr: `${t('cli.verify.noPlan')}\n`,
    };
  head = inJournal.closingHead ?? head;
  let report: WitnessReport;
  try {
    report = checkWitnesses(head, allowed, signatures);
  } catch (error) {
    return {
      code: EXIT.usage,
      stdout: '',
      stderr: `${t('cli.verify.allowedSignersFile', { problem: (error as Error).message })}\n`,
    };
  }
  const lines = [
    t('cli.verify.witnessKeys', {
      source:
        parsed.allowedSigners === undefined
          ? t('cli.verify.witnessKeysFromPlan', { fingerprints: signerFingerprints(allowed).join('; ') })
          : parsed.allowedSigners,
      head,
    }),
    t('cli.verify.attestedBy', {
      names: report.attested.length ? report.attested.join('; ') : t('cli.verify.noWitness'),
    }),
    ...(report.dissented.length ? [t('cli.verify.dissentBy', { names: report.dissented.join('; ') })] : []),
    ...report.refused.map((r) => t('cli.verify.notCounted', { file: r.file, reason: r.reason })),
  ];
  const out = `${stdout}${lines.join('\n')}\n`;
  if (report.attested.length >= parsed.requireWitnesses)
    return { code: EXIT.verified, stdout: out, stderr: '' };
  return {
    code: EXIT.witnesses,
    stdout: `${out}${t('cli.verify.tooFewWitnesses', { attested: report.attested.length, required: parsed.requireWitnesses })}\n`,
    stderr: '',
  };
}
