/**
 * `npm run verify-recovery-kit -- [--expect-root <xpub or cpub>] [--lang en|zh-CN] <file>…`: checks
 * Cobo recovery files offline (no network, no keychain), asking each file's password without echo,
 * and never assembles the key (see main/recovery-kit/verify-command.ts for the exit codes).
 */
import { readFile, stat } from 'node:fs/promises';
import { runVerifyRecoveryKit } from '../recovery-kit/verify-command';

/** A line typed at the terminal without echo (Ctrl-C stops the command); null without a terminal. */
function askHidden(prompt: string): Promise<string | null> {
  const input = process.stdin;
  process.stderr.write(prompt);
  if (!input.isTTY) return Promise.resolve(null);
  return new Promise((resolve) => {
    let typed = '';
    input.setRawMode(true);
    input.resume();
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\u0003') process.exit(130);
        if (ch === '\r' || ch === '\n') {
          input.setRawMode(false);
          input.pause();
          input.off('data', onData);
          process.stderr.write('\n');
          resolve(typed);
          return;
        }
        typed = ch === '\u007f' ? typed.slice(0, -1) : typed + ch;
      }
    };
    input.on('data', onData);
  });
}

void runVerifyRecoveryKit(process.argv.slice(2), {
  readFile: (file) => readFile(file, 'utf8'),
  size: async (file) => (await stat(file)).size,
  ask: askHidden,
}).then(
  (result) => {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    process.exit(result.code);
  },
  (e: unknown) => {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  },
);
