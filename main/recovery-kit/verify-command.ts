/**
 * `verify-recovery-kit [--expect-root <xpub or cpub>] [--group-id <id>] [--passwords <file>] [--json] <file>…`
 * as a function: what to print and the exit code, so every answer of the command is tested in-process.
 * For a holder checking their own file on their own machine, or a team checking a threshold of files:
 * the same checks as the app's recovery drill, with nothing kept.
 */
import { parseArgs } from 'node:util';
import { MAX_RECOVERY_FILE_BYTES } from '../../common/recovery-kit/file-format';
import { checkKit, type KitVerdict } from './kit-check';

/** What each exit code means; the README's table is this one. */
export const KIT_EXIT = {
  proven: 0,
  failed: 1,
  usage: 2,
  unanchored: 3,
  tooFew: 4,
} as const;

export const KIT_USAGE =
  'usage: npm run verify-recovery-kit -- [--expect-root <xpub or cpub>] [--group-id <id>] [--passwords <file>] [--json] <recovery file>…\n' +
  'exit codes: 0 proven against the expected root; 1 a check failed (the file and the check are named); 2 usage or read error; 3 proven, but no --expect-root to compare with; 4 fewer files than the threshold\n';

export interface KitCommandIo {
  readFile(path: string): Promise<string>;
  size(path: string): Promise<number>;
  /** Asks for a file's password without echo. */
  ask(prompt: string): Promise<string>;
}

export interface KitCommandResult {
  readonly code: (typeof KIT_EXIT)[keyof typeof KIT_EXIT];
  readonly stdout: string;
  readonly stderr: string;
}

const usage = (why: string): KitCommandResult => ({
  code: KIT_EXIT.usage,
  stdout: '',
  stderr: `${why}\n${KIT_USAGE}`,
});

function report(v: KitVerdict): string {
  const head =
    v.outcome === 'proven'
      ? 'PROVEN'
      : v.outcome === 'failed'
        ? 'NOT PROVEN'
        : v.outcome === 'too-few'
          ? 'TOO FEW FILES'
          : 'PROVEN, NOT ANCHORED';
  const lines = v.files.map((f) =>
    f.failed
      ? `  ✗ ${f.file} (sha256 ${f.sha256}): ${f.failed.check} check failed. ${f.failed.message}`
      : `  ✓ ${f.file} (sha256 ${f.sha256}): node ${f.nodeId}, share ${f.shareId}; ${f.passed.join(', ')} passed`,
  );
  const key = v.groupId ? ` — group ${v.groupId}, ${v.curve}, ${v.threshold}-of-${v.participants}` : '';
  return `${head}${key}\n${lines.join('\n')}\n${v.summary}\n`;
}

export async function runVerifyRecoveryKit(
  args: readonly string[],
  io: KitCommandIo,
): Promise<KitCommandResult> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        'expect-root': { type: 'string' },
        'group-id': { type: 'string' },
        passwords: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const { values, positionals: files } = parsed;
  if (!files.length) return usage('Name at least one recovery file.');
  const texts: string[] = [];
  let passwords: string[] | null = null;
  try {
    for (const file of files) {
      // A recovery file is a few KiB: a larger one is refused before it is read.
      if ((await io.size(file)) > MAX_RECOVERY_FILE_BYTES)
        texts.push(' '.repeat(MAX_RECOVERY_FILE_BYTES + 1));
      else texts.push(await io.readFile(file));
    }
    if (values.passwords) passwords = (await io.readFile(values.passwords)).split(/\r?\n/);
  } catch (e) {
    return usage(`Could not read a file: ${(e as Error).message}`);
  }
  if (passwords && passwords.filter((p, i) => i < files.length && p !== undefined).length < files.length)
    return usage(
      `The passwords file has fewer lines than there are recovery files (${files.length}): one line per file, in order.`,
    );
  const verdict = await checkKit(
    files.map((name, i) => ({ name, text: texts[i] ?? '' })),
    {
      groupId: values['group-id'] ?? null,
      expectedRoot: values['expect-root'] ?? null,
      password: async (name) => passwords?.[files.indexOf(name)] ?? io.ask(`Password for ${name}: `),
    },
  );
  const code =
    verdict.outcome === 'proven'
      ? KIT_EXIT.proven
      : verdict.outcome === 'failed'
        ? KIT_EXIT.failed
        : verdict.outcome === 'too-few'
          ? KIT_EXIT.tooFew
          : KIT_EXIT.unanchored;
  return {
    code,
    stdout: values.json ? `${JSON.stringify(verdict, null, 2)}\n` : report(verdict),
    stderr: '',
  };
}
