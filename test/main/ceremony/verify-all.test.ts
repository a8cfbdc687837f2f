// @vitest-environment node
/**
 * `verify-all --data-dir <folder> [--lang en|zh-CN]` in-process (issue #32): each damaged record's line
 * and the count in Chinese when asked, and in English otherwise byte for byte as before (the English
 * expected here is written the way the command wrote it before it had a catalogue); a language the
 * app does not speak, like any other wrong use, is exit 2.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DamagedRecord } from '../../../common/contract';
import { said } from '../../../common/i18n/translate';
import { entryProblem } from '../../../main/journal/entry-problem';
import { damagedEntry } from '../../../main/ceremony/record-load';
import {
  runVerifyAll,
  verifyAllRecords,
  VERIFY_ALL_USAGE,
  type FullCheck,
  type VerifyAllIo,
} from '../../../main/ceremony/verify-all';
import { testKeys } from '../../helpers/record-keys';
import { englishInCommandOutput } from '../../helpers/command-line-chinese';

/** The command's English as it was written before the catalogue (main/ceremony/verify-all.ts). */
function englishBefore(dataDir: string, check: FullCheck): string {
  const lines = check.damaged.map(
    (d) =>
      `DAMAGED  ${d.id}  ${d.kind ?? 'unknown kind'}${d.startedAt ? `, started ${d.startedAt}` : ''}\n` +
      `         ${d.summary}`,
  );
  const total = check.verified + check.damaged.length;
  const verdict = check.damaged.length
    ? `${check.damaged.length} of ${total} ceremony records are damaged: keep the files as they are, and compare them with the transcripts exported before.`
    : total
      ? `All ${total} ceremony records verified in full (every signature checked).`
      : `No ceremony records in ${dataDir}.`;
  return [...lines, verdict].join('\n') + '\n';
}

const USAGE_BEFORE = `usage: npm run verify-all -- --data-dir <folder>
  The folder is the app's data folder: the one given to the browser host with --data-dir, or the
  desktop app's (Linux: ~/.config/Key Ceremony, macOS: ~/Library/Application Support/Key Ceremony,
  Windows: %APPDATA%\\Key Ceremony).
`;

/** A record whose journal's second entry's signature does not verify, as the full check reports it. */
const forged: DamagedRecord = {
  ...damagedEntry(
    'c-1',
    '',
    entryProblem({ line: 2, kind: 'group_selected', field: 'sig' }, said('verdicts.entry.sig')),
  ).record,
  kind: 'KeyGen',
  startedAt: '2026-12-03T09:00:00.000Z',
};
/** A record with nothing readable: no kind, no start. */
const unreadable = damagedEntry(
  'c-2',
  'not json',
  entryProblem({ line: 1, kind: null, field: null }, said('verdicts.entry.notAnEntry')),
).record;

const io = (check: FullCheck, hasCeremonies = true): VerifyAllIo => ({
  hasCeremonies: () => hasCeremonies,
  check: async () => check,
});
const DIR = '/data/kc';

describe('verify-all --lang', () => {
  it('prints in English, byte for byte as before, without --lang and with --lang en', async () => {
    for (const check of [
      { verified: 3, damaged: [] },
      { verified: 0, damaged: [] },
      { verified: 2, damaged: [forged, unreadable] },
    ]) {
      const before = englishBefore(DIR, check);
      for (const lang of [[], ['--lang', 'en']]) {
        const r = await runVerifyAll(['--data-dir', DIR, ...lang], io(check));
        expect(r).toEqual({ code: check.damaged.length ? 1 : 0, stdout: before, stderr: '' });
      }
    }
    expect(VERIFY_ALL_USAGE).toBe(
      USAGE_BEFORE.replace('--data-dir <folder>\n', '--data-dir <folder> [--lang en|zh-CN]\n'),
    );
    for (const args of [
      [],
      ['--data-dir'],
      ['--data-dir', ''],
      ['--data-dir', DIR, 'extra'],
      ['--other', DIR],
    ])
      expect(await runVerifyAll(args, io({ verified: 0, damaged: [] })), args.join(' ')).toEqual({
        code: 2,
        stdout: '',
        stderr: VERIFY_ALL_USAGE,
      });
    expect((await runVerifyAll(['--data-dir', DIR], io({ verified: 0, damaged: [] }, false))).stderr).toBe(
      `No ceremonies folder in ${DIR}: is it the app's data folder?\n${VERIFY_ALL_USAGE}`,
    );
    const failing: VerifyAllIo = {
      hasCeremonies: () => true,
      check: async () => Promise.reject(new Error('EACCES')),
    };
    expect(await runVerifyAll(['--data-dir', DIR], failing)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'verify-all failed: EACCES\n',
    });
  });

  it('speaks Chinese with --lang zh-CN: each damaged record, the count, the usage and its refusals', async () => {
    const damaged = await runVerifyAll(
      ['--lang', 'zh-CN', '--data-dir', DIR],
      io({ verified: 2, damaged: [forged, unreadable] }),
    );
    expect(damaged.code).toBe(1);
    expect(damaged.stdout.split('\n')).toEqual([
      '已损坏  c-1  KeyGen，开始于 2026-12-03T09:00:00.000Z',
      expect.stringMatching(/^ {9}日志第 2 条（group_selected），字段 sig：签名不匹配/),
      '已损坏  c-2  类型未知',
      expect.stringMatching(/^ {9}日志第 1 条：不是有效的日志条目。/),
      '4 份仪式记录中有 2 份已损坏：请保持这些文件原样，并将其与之前导出的记录文件进行比对。',
      '',
    ]);
    const fine = await runVerifyAll(['--data-dir', DIR, '--lang=zh-CN'], io({ verified: 1200, damaged: [] }));
    expect(fine).toEqual({
      code: 0,
      stdout: '全部 1200 份仪式记录均已完整验证（每个签名都已检查）。\n',
      stderr: '',
    });
    const none = await runVerifyAll(['--data-dir', DIR, '--lang', 'zh-CN'], io({ verified: 0, damaged: [] }));
    expect(none.stdout).toBe(`${DIR} 中没有仪式记录。\n`);

    const usage = await runVerifyAll(['--lang', 'zh-CN'], io({ verified: 0, damaged: [] }));
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^用法：npm run verify-all -- --data-dir <文件夹> \[--lang en\|zh-CN\]\n/);
    expect(usage.stderr).toContain('Windows：%APPDATA%\\Key Ceremony）。\n');
    const noFolder = await runVerifyAll(
      ['--data-dir', DIR, '--lang', 'zh-CN'],
      io({ verified: 0, damaged: [] }, false),
    );
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toMatch(/^\/data\/kc 中没有 ceremonies 文件夹：它是应用的数据文件夹吗？\n用法：/);
    const failing: VerifyAllIo = {
      hasCeremonies: () => true,
      check: async () => Promise.reject(new Error('EACCES')),
    };
    expect((await runVerifyAll(['--data-dir', DIR, '--lang', 'zh-CN'], failing)).stderr).toBe(
      '全面验证失败：EACCES\n',
    );

    const kept = [
      DIR,
      'c-1',
      'c-2',
      'KeyGen',
      'group_selected',
      'sig',
      '2026-12-03T09:00:00.000Z',
      'ceremonies',
      'EACCES',
      // The desktop app's data folders, values in the usage.
      '~/.config/Key Ceremony',
      '~/Library/Application Support/Key Ceremony',
      '%APPDATA%\\Key Ceremony',
    ];
    for (const out of [damaged.stdout, fine.stdout, none.stdout, usage.stderr, noFolder.stderr]) {
      expect(out).toMatch(/\p{Script=Han}/u);
      expect(englishInCommandOutput(out, kept), out).toEqual([]);
    }
    // The reading finds English where there is some.
    expect(englishInCommandOutput(englishBefore(DIR, { verified: 2, damaged: [forged] }), kept)).toContain(
      'DAMAGED',
    );
  });

  it('refuses a language it does not speak as a usage error (exit 2), in English', async () => {
    for (const lang of ['fr', 'zh', 'en-XA', ''])
      expect(
        await runVerifyAll(['--data-dir', DIR, `--lang=${lang}`], io({ verified: 1, damaged: [] })),
        lang,
      ).toEqual({
        code: 2,
        stdout: '',
        stderr: `Unknown language ${lang}: --lang takes en|zh-CN.\n${VERIFY_ALL_USAGE}`,
      });
    expect(await runVerifyAll(['--data-dir', DIR, '--lang'], io({ verified: 1, damaged: [] }))).toEqual({
      code: 2,
      stdout: '',
      stderr: VERIFY_ALL_USAGE,
    });
  });

  it('reads a real data folder: a journal that is not one is said in Chinese, from the record’s own words', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kc-verify-all-'));
    mkdirSync(path.join(dataDir, 'ceremonies'));
    const run = (lang: string[]) =>
      runVerifyAll(['--data-dir', dataDir, ...lang], {
        hasCeremonies: () => true,
        check: (dir) => verifyAllRecords(dir, testKeys()),
      });
    expect((await run(['--lang', 'zh-CN'])).stdout).toBe(`${dataDir} 中没有仪式记录。\n`);
    writeFileSync(path.join(dataDir, 'ceremonies', 'x.journal.jsonl'), 'not json\n');
    const english = await run([]);
    const chinese = await run(['--lang', 'zh-CN']);
    expect(english.code).toBe(1);
    expect(chinese.code).toBe(1);
    expect(english.stdout).toBe(englishBefore(dataDir, await verifyAllRecords(dataDir, testKeys())));
    expect(chinese.stdout).toMatch(/^已损坏 {2}x {2}类型未知\n {9}\S*\p{Script=Han}/u);
    expect(englishInCommandOutput(chinese.stdout, [dataDir])).toEqual([]);
  });
});
