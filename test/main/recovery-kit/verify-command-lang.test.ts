// @vitest-environment node
/**
 * `verify-recovery-kit --lang` (issue #32): Chinese when asked — the usage, the frame, each file's line
 * and the verdict, the password's prompt — and English otherwise, byte for byte as before (the English
 * expected here is written the way the command wrote it before it had a catalogue). A language the app
 * does not speak is a usage error (exit 2).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  KIT_EXIT,
  KIT_USAGE,
  runVerifyRecoveryKit,
  type KitCommandIo,
} from '../../../main/recovery-kit/verify-command';
import type { KitVerdict } from '../../../main/recovery-kit/kit-check';
import { englishInCommandOutput } from '../../helpers/command-line-chinese';

const FIXTURES = path.join(__dirname, '../../fixtures/recovery-kit');
const ROOT =
  'cpubGCmTMqXYTnzkbj4boYV9RcocrSYG1bSr8QuiRnEdhspzhvURRoBwV4iU7TnBKRRbmgHSAymckcRckZoNSR8SRK13n5ztB3pneN4xJSePBvG';
const F1 = 'example-eddsa-v3-node1.json';
const F2 = 'example-eddsa-v3-node2.json';
const GOOD: Record<string, string> = { [F1]: 'password-eddsa-1', [F2]: 'password-eddsa-2' };

function io(passwords: Record<string, string> = GOOD) {
  const asked: string[] = [];
  const value: KitCommandIo = {
    readFile: async (p) => {
      if (p === 'gone.json') throw Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
      return p === 'pw.txt' ? 'only-one' : readFileSync(path.join(FIXTURES, p), 'utf8');
    },
    size: async () => 10,
    ask: async (prompt) => {
      asked.push(prompt);
      return Object.entries(passwords).find(([f]) => prompt.includes(f))?.[1] ?? 'wrong password';
    },
  };
  return { io: value, asked };
}

/** The command's English as it was written before the catalogue (main/recovery-kit/verify-command.ts). */
function englishBefore(v: KitVerdict): string {
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

const SHA = /[0-9a-f]{64}/g;
const DATA = [F1, F2, 'example-eddsa-group-0001', 'node-eddsa-1', 'node-eddsa-2', 'sha256'];

describe('verify-recovery-kit --lang', () => {
  it('prints in English, byte for byte as before, without --lang and with --lang en', async () => {
    const cases: Array<[string[], Record<string, string>]> = [
      [['--expect-root', ROOT, F1, F2], GOOD],
      [[F1, F2], GOOD],
      [['--expect-root', ROOT, F1], GOOD],
      [['--expect-root', ROOT, F1, F2], { [F1]: GOOD[F1]! }],
    ];
    for (const [args, passwords] of cases) {
      const json = await runVerifyRecoveryKit(['--json', ...args], io(passwords).io);
      const before = englishBefore(JSON.parse(json.stdout) as KitVerdict);
      const { io: files, asked } = io(passwords);
      const now = await runVerifyRecoveryKit(args, files);
      expect(now.stdout, args.join(' ')).toBe(before);
      expect(asked).toEqual(args.filter((a) => a.endsWith('.json')).map((f) => `Password for ${f}: `));
      expect((await runVerifyRecoveryKit([...args, '--lang', 'en'], io(passwords).io)).stdout).toBe(before);
    }
    expect(KIT_USAGE).toBe(
      'usage: npm run verify-recovery-kit -- [--expect-root <xpub or cpub>] [--group-id <id>] [--passwords <file>] [--json] [--lang en|zh-CN] <recovery file>…\n' +
        'exit codes: 0 proven against the expected root; 1 a check failed (the file and the check are named); 2 usage or read error; 3 proven, but no --expect-root to compare with; 4 fewer files than the threshold\n',
    );
    const usage = async (args: string[]) => (await runVerifyRecoveryKit(args, io().io)).stderr;
    expect(await usage([])).toBe(`Name at least one recovery file.\n${KIT_USAGE}`);
    expect(await usage([F1, 'gone.json'])).toBe(`Could not read a file: ENOENT: no such file\n${KIT_USAGE}`);
    expect(await usage(['--passwords', 'pw.txt', F1, F2])).toBe(
      `The passwords file has fewer lines than there are recovery files (2): one line per file, in order.\n${KIT_USAGE}`,
    );
    expect(await usage(['--expect-root'])).toBe(
      `Option '--expect-root <value>' argument missing\n${KIT_USAGE}`,
    );
  });

  it('speaks Chinese with --lang zh-CN: the frame, each file, the verdict and the prompt', async () => {
    const { io: files, asked } = io();
    const proven = await runVerifyRecoveryKit(['--expect-root', ROOT, F1, F2, '--lang', 'zh-CN'], files);
    expect(proven.code).toBe(KIT_EXIT.proven);
    expect(proven.stdout).toMatch(/^已证明 — 组 example-eddsa-group-0001，ed25519，阈值 2\/3\n/);
    expect(proven.stdout).toContain(`  ✓ ${F1}（sha256 `);
    expect(proven.stdout).toContain('：节点 node-eddsa-1，私钥分片 ');
    expect(proven.stdout).toContain('；已通过格式、同一私钥、私钥分片检查\n');
    expect(proven.stdout).toMatch(
      /\n3 份私钥分片中已证明 2 份；根扩展公钥与该 Vault 记录的根扩展公钥一致。\n$/,
    );
    expect(asked).toEqual([`${F1} 的密码：`, `${F2} 的密码：`]);

    const failed = await runVerifyRecoveryKit(
      ['--lang', 'zh-CN', '--expect-root', ROOT, F1, F2],
      io({ [F1]: GOOD[F1]! }).io,
    );
    expect(failed.code).toBe(KIT_EXIT.failed);
    expect(failed.stdout).toMatch(/^未证明 — 组 /);
    expect(failed.stdout).toContain(`  ✗ ${F2}（sha256 `);
    expect(failed.stdout).toContain('）：密码检查未通过。该密码无法打开此文件');
    expect(failed.stdout).toContain(`未证明：${F2}：该密码无法打开此文件`);

    const unanchored = await runVerifyRecoveryKit([F1, F2, '--lang=zh-CN'], io().io);
    expect(unanchored.code).toBe(KIT_EXIT.unanchored);
    expect(unanchored.stdout).toMatch(/^已证明，但未与预期的根扩展公钥比对 — /);
    const few = await runVerifyRecoveryKit(['--expect-root', ROOT, F1, '--lang', 'zh-CN'], io().io);
    expect(few.code).toBe(KIT_EXIT.tooFew);
    expect(few.stdout).toMatch(/^文件不足 — /);

    // The reading finds English where there is some: the same run in English.
    const english = await runVerifyRecoveryKit(['--expect-root', ROOT, F1, F2], io().io);
    expect(englishInCommandOutput(english.stdout.replace(SHA, ' '), DATA)).toContain('PROVEN');
    for (const out of [proven, failed, unanchored, few]) {
      expect(out.stdout).toMatch(/\p{Script=Han}/u);
      expect(englishInCommandOutput(out.stdout.replace(SHA, ' '), DATA)).toEqual([]);
    }
  });

  it('says its usage errors in Chinese too, with the same exit code', async () => {
    for (const [args, why] of [
      [[], '请至少指定一个私钥分片文件。'],
      [['--nope', F1], '未知选项 --nope。'],
      [['--expect-root'], '选项 --expect-root 缺少取值，或不接受取值。'],
      [['--json=yes', F1], '选项 --json 缺少取值，或不接受取值。'],
      [[F1, 'gone.json'], '无法读取文件：gone.json（ENOENT）'],
      [
        ['--passwords', 'pw.txt', F1, F2],
        '密码文件的行数少于私钥分片文件的数量（2）：每个文件一行，按顺序排列。',
      ],
    ] as const) {
      const r = await runVerifyRecoveryKit([...args, '--lang', 'zh-CN'], io().io);
      expect(r.code, args.join(' ')).toBe(KIT_EXIT.usage);
      expect(r.stderr).toMatch(
        new RegExp(`^${why.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n用法：npm run verify-recovery-kit -- `),
      );
      expect(r.stderr).toContain('\n退出码：0 已对照预期的根扩展公钥得到证明；');
      expect(englishInCommandOutput(r.stderr, ['xpub', 'cpub', 'ID', 'gone.json', 'ENOENT'])).toEqual([]);
    }
  });

  it('stops with exit 2 when there is no terminal to ask a password at, in the language asked', async () => {
    const noTerminal: KitCommandIo = { ...io().io, ask: async () => null };
    expect(await runVerifyRecoveryKit([F1], noTerminal)).toEqual({
      code: KIT_EXIT.usage,
      stdout: '',
      stderr: 'no terminal to ask for the password: use --passwords <file>\n',
    });
    expect((await runVerifyRecoveryKit([F1, '--lang', 'zh-CN'], noTerminal)).stderr).toBe(
      '没有可用于询问密码的终端：请使用 --passwords <文件>\n',
    );
  });

  it('refuses a language it does not speak as a usage error (exit 2), in English', async () => {
    for (const lang of ['fr', 'zh', 'en-XA', '']) {
      const r = await runVerifyRecoveryKit([F1, `--lang=${lang}`], io().io);
      expect(r, lang).toEqual({
        code: KIT_EXIT.usage,
        stdout: '',
        stderr: `Unknown language ${lang}: --lang takes en|zh-CN.\n${KIT_USAGE}`,
      });
    }
    const missing = await runVerifyRecoveryKit([F1, '--lang'], io().io);
    expect(missing.code).toBe(KIT_EXIT.usage);
    expect(missing.stderr).toBe(`Option '--lang <value>' argument missing\n${KIT_USAGE}`);
  });
});
