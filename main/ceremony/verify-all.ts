/**
 * The full re-check, one command away (`npm run verify-all`): every ceremony record in a data folder
 * verified from scratch, as if never seen before: form, chain and every signature of each journal,
 * its signer among this installation's keys, the state file's checkpoint and its agreement with the
 * journal. The memo of records verified before (record-memo.ts) is not consulted.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DamagedRecord } from '../../common/contract';
import { EN, say, type Translate } from '../../common/i18n/translate';
import { commandLanguage } from '../command-language';
import { JOURNAL_SUFFIX, readRecord, recordIds, STATE_SUFFIX, type RecordKeys } from './record-load';

export interface FullCheck {
  readonly verified: number;
  readonly damaged: DamagedRecord[];
}

export async function verifyAllRecords(dataDir: string, keys: RecordKeys): Promise<FullCheck> {
  const dir = path.join(dataDir, 'ceremonies');
  const damaged: DamagedRecord[] = [];
  let verified = 0;
  for (const id of (await recordIds(dir, STATE_SUFFIX, JOURNAL_SUFFIX)).sort()) {
    const found = await readRecord({
      id,
      journalFile: path.join(dir, `${id}${JOURNAL_SUFFIX}`),
      stateFile: path.join(dir, `${id}${STATE_SUFFIX}`),
      keys,
    });
    if ('damaged' in found) damaged.push(found.damaged.record);
    else verified++;
  }
  return { verified, damaged };
}

/**
 * The command's words, in the language asked (English by default): one line per damaged record, then
 * the count; exit code 0 only when all verify. Counts are said as text (no thousands separator).
 */
export function fullCheckReport(
  dataDir: string,
  check: FullCheck,
  t: Translate = EN,
): { text: string; code: number } {
  const lines = check.damaged.map(
    (d) =>
      t('cliMore.all.damaged', {
        id: d.id,
        kind: d.kind ?? t('cliMore.all.unknownKind'),
        started: d.startedAt ? t('cliMore.all.started', { at: d.startedAt }) : '',
      }) + `\n         ${say(t, d.said) ?? d.summary}`,
  );
  const total = String(check.verified + check.damaged.length);
  const verdict = check.damaged.length
    ? t('cliMore.all.someDamaged', { damaged: String(check.damaged.length), total })
    : check.verified
      ? t('cliMore.all.allVerified', { total })
      : t('cliMore.all.none', { dataDir });
  return { text: [...lines, verdict].join('\n') + '\n', code: check.damaged.length ? 1 : 0 };
}

/** Where the desktop app keeps its data folder, named in the usage. */
const DESKTOP_FOLDERS = {
  linux: '~/.config/Key Ceremony',
  mac: '~/Library/Application Support/Key Ceremony',
  windows: '%APPDATA%\\Key Ceremony',
};

const usageIn = (t: Translate) => `${t('cliMore.all.usage', DESKTOP_FOLDERS)}\n`;
export const VERIFY_ALL_USAGE = usageIn(EN);

export interface VerifyAllResult {
  readonly code: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

export interface VerifyAllIo {
  /** Whether the folder has a `ceremonies` folder in it. */
  hasCeremonies(dataDir: string): boolean;
  check(dataDir: string): Promise<FullCheck>;
}

const dataDirIn = (args: readonly string[]): string | null => {
  try {
    const { values } = parseArgs({
      args: [...args],
      options: { 'data-dir': { type: 'string' }, lang: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
    return values['data-dir'] || null;
  } catch {
    return null;
  }
};

/**
 * `verify-all --data-dir <folder> [--lang en|zh-CN]` as a function: what to print and the exit code
 * (0 all verified, 1 one is damaged, 2 used wrongly or the folder could not be read).
 */
export async function runVerifyAll(args: readonly string[], io: VerifyAllIo): Promise<VerifyAllResult> {
  const language = await commandLanguage(args);
  if (!language.locale)
    return {
      code: 2,
      stdout: '',
      stderr: `${EN('cliMore.unknownLanguage', { lang: language.unknown })}\n${VERIFY_ALL_USAGE}`,
    };
  const { t } = language;
  const dataDir = dataDirIn(args);
  if (!dataDir) return { code: 2, stdout: '', stderr: usageIn(t) };
  if (!io.hasCeremonies(dataDir))
    return {
      code: 2,
      stdout: '',
      stderr: `${t('cliMore.all.noCeremonies', { folder: 'ceremonies', dataDir })}\n${usageIn(t)}`,
    };
  try {
    const report = fullCheckReport(dataDir, await io.check(dataDir), t);
    return { code: report.code ? 1 : 0, stdout: report.text, stderr: '' };
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    return { code: 2, stdout: '', stderr: `${t('cliMore.all.failed', { problem })}\n` };
  }
}
