/**
 * `verify-recovery-kit [--expect-root <xpub or cpub>] [--group-id <id>] [--passwords <file>] [--json]
 * [--lang en|zh-CN] <file>…` as a function: what to print and the exit code, so every answer of the
 * command is tested in-process. For a holder checking their own file on their own machine, or a team
 * checking a threshold of files: the same checks as the app's recovery drill, with nothing kept.
 * `--json` answers for machines, the same in every language (the verdict's sentences are in it as
 * message keys, beside their English).
 */
import { parseArgs } from 'node:util';
import { MAX_RECOVERY_FILE_BYTES } from '../../common/recovery-kit/file-format';
import { EN, say, type MessageKey, type Translate } from '../../common/i18n/translate';
import { commandLanguage } from '../command-language';
import { checkName } from '../../common/recovery-kit/check-names';
import { checkKit, type KitOutcome, type KitVerdict } from './kit-check';

/** What each exit code means; the README's table is this one. */
export const KIT_EXIT = {
  proven: 0,
  failed: 1,
  usage: 2,
  unanchored: 3,
  tooFew: 4,
} as const;

const usageIn = (t: Translate) => `${t('cliMore.kit.usage')}\n${t('cliMore.kit.exitCodes')}\n`;
export const KIT_USAGE = usageIn(EN);

export interface KitCommandIo {
  readFile(path: string): Promise<string>;
  size(path: string): Promise<number>;
  /** Asks for a file's password without echo; null when there is no terminal to ask at. */
  ask(prompt: string): Promise<string | null>;
}

export interface KitCommandResult {
  readonly code: (typeof KIT_EXIT)[keyof typeof KIT_EXIT];
  readonly stdout: string;
  readonly stderr: string;
}

const usage = (t: Translate, why: string): KitCommandResult => ({
  code: KIT_EXIT.usage,
  stdout: '',
  stderr: `${why}\n${usageIn(t)}`,
});

const HEADS: Readonly<Record<KitOutcome, MessageKey>> = {
  proven: 'cliMore.kit.proven',
  failed: 'cliMore.kit.notProven',
  'too-few': 'cliMore.kit.tooFew',
  unanchored: 'cliMore.kit.unanchored',
};

/** The verdict in words; figures as text (a number would be said with a thousands separator). */
function report(v: KitVerdict, t: Translate): string {
  const lines = v.files.map((f) =>
    f.failed
      ? t('cliMore.kit.fileFailed', {
          file: f.file,
          sha256: f.sha256,
          check: checkName(t, f.failed.check),
          message: say(t, f.failed.said) ?? f.failed.message,
        })
      : t('cliMore.kit.filePassed', {
          file: f.file,
          sha256: f.sha256,
          nodeId: String(f.nodeId),
          shareId: String(f.shareId),
          passed: f.passed.map((c) => checkName(t, c)).join(t('report.listSeparator')),
        }),
  );
  const key = v.groupId
    ? t('cliMore.kit.key', {
        groupId: v.groupId,
        curve: String(v.curve),
        threshold: String(v.threshold),
        participants: String(v.participants),
      })
    : '';
  return `${t(HEADS[v.outcome])}${key}\n${lines.join('\n')}\n${say(t, v.said) ?? v.summary}\n`;
}

/** Node's words about a wrong option, in English; the option named in another language. */
function optionProblem(t: Translate, english: boolean, error: unknown): string {
  const { message, code } = error as NodeJS.ErrnoException;
  if (english) return message;
  const option = /'(-[^'\s]*)/.exec(message)?.[1] ?? '';
  return t(
    code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? 'cliMore.kit.unknownOption' : 'cliMore.kit.optionValue',
    {
      option,
    },
  );
}

/** No terminal to ask a password at: the command stops, as a usage error. */
class NoTerminal extends Error {}

export async function runVerifyRecoveryKit(
  args: readonly string[],
  io: KitCommandIo,
): Promise<KitCommandResult> {
  const language = await commandLanguage(args);
  if (!language.locale) return usage(EN, EN('cliMore.unknownLanguage', { lang: language.unknown }));
  const { t } = language;
  const english = language.locale === 'en';
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        'expect-root': { type: 'string' },
        'group-id': { type: 'string' },
        passwords: { type: 'string' },
        json: { type: 'boolean', default: false },
        lang: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    return usage(t, optionProblem(t, english, e));
  }
  const { values, positionals: files } = parsed;
  if (!files.length) return usage(t, t('cliMore.kit.noFile'));
  const texts: string[] = [];
  let passwords: string[] | null = null;
  let reading = '';
  try {
    for (const file of files) {
      reading = file;
      // A recovery file is a few KiB: a larger one is refused before it is read.
      if ((await io.size(file)) > MAX_RECOVERY_FILE_BYTES)
        texts.push(' '.repeat(MAX_RECOVERY_FILE_BYTES + 1));
      else texts.push(await io.readFile(file));
    }
    reading = values.passwords ?? '';
    if (values.passwords) passwords = (await io.readFile(values.passwords)).split(/\r?\n/);
  } catch (e) {
    // English keeps the system's own words; another language names the file and the error's code.
    const problem = english
      ? (e as Error).message
      : t('cliMore.kit.readProblem', { file: reading, code: (e as NodeJS.ErrnoException).code ?? 'error' });
    return usage(t, t('cliMore.kit.cannotRead', { problem }));
  }
  if (passwords && passwords.filter((p, i) => i < files.length && p !== undefined).length < files.length)
    return usage(t, t('cliMore.kit.fewerPasswords', { count: String(files.length) }));
  const ask = async (file: string) => {
    const typed = await io.ask(t('cliMore.kit.passwordFor', { file }));
    if (typed === null) throw new NoTerminal();
    return typed;
  };
  let verdict: KitVerdict;
  try {
    verdict = await checkKit(
      files.map((name, i) => ({ name, text: texts[i] ?? '' })),
      {
        groupId: values['group-id'] ?? null,
        expectedRoot: values['expect-root'] ?? null,
        password: async (name) => passwords?.[files.indexOf(name)] ?? ask(name),
      },
    );
  } catch (e) {
    if (!(e instanceof NoTerminal)) throw e;
    return { code: KIT_EXIT.usage, stdout: '', stderr: `${t('cliMore.kit.noTerminal')}\n` };
  }
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
    stdout: values.json ? `${JSON.stringify(verdict, null, 2)}\n` : report(verdict, t),
    stderr: '',
  };
}
