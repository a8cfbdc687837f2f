/**
 * What a command line printed in Chinese still says in English, beyond data: the commands, the values
 * named (files, ids) and the words of its usage (`--expect-root`, `<file>`, `en|zh-CN`) are typed as
 * they are; the rest goes through the e2e scan's reading (names kept, ids, hashes, paths).
 */
import { englishIn } from '../e2e/english-scan';

const COMMANDS = ['npm run verify-all', 'npm run verify-recovery-kit', 'npm run verify-transcript'];

export function englishInCommandOutput(text: string, data: readonly string[] = []): string[] {
  let rest = text;
  for (const kept of [...COMMANDS, ...data].sort((a, b) => b.length - a.length))
    rest = rest.split(kept).join(' ');
  return englishIn(rest.replace(/--[\w-]+|<[^<>\n]*>|\ben\|zh-CN\b/g, ' '));
}
