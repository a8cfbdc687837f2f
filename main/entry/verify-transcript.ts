/**
 * `npm run verify-transcript -- <file> [--trust <fingerprint>]…`: checks a ceremony transcript offline
 * (no network, no keychain) and prints a clear verdict with the first problem found. Exit code 0 only
 * when verified and signed by a trusted key (see main/journal/verify-command.ts for the others).
 */
import { readFile, stat } from 'node:fs/promises';
import { runVerifyTranscript } from '../journal/verify-command';

void runVerifyTranscript(
  process.argv.slice(2),
  (file) => readFile(file, 'utf8'),
  async (file) => (await stat(file)).size,
).then((result) => {
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exit(result.code);
});
