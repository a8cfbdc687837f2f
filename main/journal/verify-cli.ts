/**
 * `npm run verify-transcript -- <file>`: checks a ceremony transcript offline (no network, no
 * keychain) and prints a clear verdict with the first problem found. Exit code 0 only when verified.
 */
import { readFile } from 'node:fs/promises';
import { verifyTranscript } from './transcript';

async function main() {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) {
    process.stderr.write('usage: npm run verify-transcript -- <transcript.json>\n');
    process.exit(2);
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    process.stderr.write(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}\n`);
    process.exit(2);
  }
  const verdict = verifyTranscript(text);
  process.stdout.write(`${verdict.summary}\n`);
  if (verdict.fingerprint) process.stdout.write(`Installation key fingerprint: ${verdict.fingerprint}\n`);
  process.exit(verdict.ok ? 0 : 1);
}

void main();
