/**
 * `verify-transcript <file>` as a function: what to print and the exit code, so the command's every
 * answer is tested in-process. Exit codes: 0 verified, 1 not verified, 2 a usage or read error.
 */
import { verifyTranscript } from './transcript';

export interface CommandResult {
  readonly code: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

export const USAGE = 'usage: npm run verify-transcript -- <transcript.json>\n';

export async function runVerifyTranscript(
  args: readonly string[],
  readText: (file: string) => Promise<string>,
): Promise<CommandResult> {
  const [file, ...extra] = args;
  if (!file || extra.length) return { code: 2, stdout: '', stderr: USAGE };
  let text: string;
  try {
    text = await readText(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'error';
    return { code: 2, stdout: '', stderr: `Cannot read ${file}: ${reason}\n` };
  }
  const verdict = verifyTranscript(text);
  const fingerprint = verdict.fingerprint ? `Installation key fingerprint: ${verdict.fingerprint}\n` : '';
  return { code: verdict.ok ? 0 : 1, stdout: `${verdict.summary}\n${fingerprint}`, stderr: '' };
}
