/**
 * `verify-transcript <file> [--trust <fingerprint>]…` as a function: what to print and the exit code,
 * so the command's every answer is tested in-process. A transcript verifies as a whole only when its
 * signing key is one the auditor said they trust (the fingerprint the installation's owner gave them).
 * Exit codes: 0 verified and signed by a trusted key; 3 verified but signed by a key not trusted;
 * 1 not verified; 2 a usage or read error.
 */
import { parseArgs } from 'node:util';
import { normalFingerprint as normal } from '../../common/fingerprint';
import { MAX_TRANSCRIPT_BYTES, verifyTranscript } from './transcript';

export interface CommandResult {
  readonly code: 0 | 1 | 2 | 3;
  readonly stdout: string;
  readonly stderr: string;
}

export const USAGE =
  'usage: npm run verify-transcript -- <transcript.json> [--trust <key fingerprint>]… [--expect-head <journal head fingerprint>]\n';

function parse(args: readonly string[]): { file: string; trusted: string[]; expectHead?: string } | null {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { trust: { type: 'string', multiple: true, default: [] }, 'expect-head': { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    const [file, ...extra] = positionals;
    return file && !extra.length
      ? { file, trusted: values.trust.map(normal), expectHead: values['expect-head'] }
      : null;
  } catch {
    return null;
  }
}

export async function runVerifyTranscript(
  args: readonly string[],
  readText: (file: string) => Promise<string>,
  sizeOf: (file: string) => Promise<number> = async () => 0,
): Promise<CommandResult> {
  const parsed = parse(args);
  if (!parsed) return { code: 2, stdout: '', stderr: USAGE };
  const { file, trusted, expectHead } = parsed;
  let text: string;
  try {
    // Refused before it is read: a file larger than any transcript is not loaded at all.
    if ((await sizeOf(file)) > MAX_TRANSCRIPT_BYTES)
      return {
        code: 1,
        stdout: `NOT VERIFIED: the file is larger than ${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MB, more than any transcript\n`,
        stderr: '',
      };
    text = await readText(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'error';
    return { code: 2, stdout: '', stderr: `Cannot read ${file}: ${reason}\n` };
  }
  const verdict = verifyTranscript(text, expectHead);
  const fingerprint = verdict.fingerprint ? `Installation key fingerprint: ${verdict.fingerprint}\n` : '';
  if (!verdict.ok) return { code: 1, stdout: `${verdict.summary}\n${fingerprint}`, stderr: '' };
  if (verdict.fingerprint && trusted.includes(normal(verdict.fingerprint)))
    return { code: 0, stdout: `${verdict.summary}\n${fingerprint}Signed by a key you trust.\n`, stderr: '' };
  return {
    code: 3,
    stdout: `${verdict.summary}\n${fingerprint}But this key is not one you said you trust: compare its fingerprint with the one the installation's owner gave you, then run again with --trust ${verdict.fingerprint ?? ''}.\n`,
    stderr: '',
  };
}
