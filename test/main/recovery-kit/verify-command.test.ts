// @vitest-environment node
/**
 * `verify-recovery-kit`, every answer and exit code in-process (issue #30, item 4): proven, a check
 * failed (the file and the check named), usage, proven but not anchored, fewer files than the
 * threshold; passwords asked per file, or read from a file for scripts; JSON for machines.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIT_EXIT, runVerifyRecoveryKit, type KitCommandIo } from '../../../main/recovery-kit/verify-command';

const FIXTURES = path.join(__dirname, '../../fixtures/recovery-kit');
const ROOT =
  'cpubGCmTMqXYTnzkbj4boYV9RcocrSYG1bSr8QuiRnEdhspzhvURRoBwV4iU7TnBKRRbmgHSAymckcRckZoNSR8SRK13n5ztB3pneN4xJSePBvG';
const F1 = 'example-eddsa-v3-node1.json';
const F2 = 'example-eddsa-v3-node2.json';

function io(passwords: Record<string, string>, extra: Record<string, string> = {}) {
  const asked: string[] = [];
  const files = (p: string) => extra[p] ?? readFileSync(path.join(FIXTURES, p), 'utf8');
  const value: KitCommandIo = {
    readFile: async (p) => files(p),
    size: async (p) => Buffer.byteLength(files(p)),
    ask: async (prompt) => {
      asked.push(prompt);
      const file = Object.keys(passwords).find((f) => prompt.includes(f));
      return file ? passwords[file]! : 'wrong password';
    },
  };
  return { io: value, asked };
}
const good = { [F1]: 'password-eddsa-1', [F2]: 'password-eddsa-2' };

describe('verify-recovery-kit', () => {
  it('proves a threshold of files against the expected root, asking each password in turn', async () => {
    const { io: files, asked } = io(good);
    const r = await runVerifyRecoveryKit(['--expect-root', ROOT, F1, F2], files);
    expect(r.code).toBe(KIT_EXIT.proven);
    expect(r.stdout).toMatch(/^PROVEN — group example-eddsa-group-0001, ed25519, 2-of-3\n/);
    expect(r.stdout).toMatch(/✓ example-eddsa-v3-node1\.json \(sha256 [0-9a-f]{64}\): node node-eddsa-1/);
    expect(r.stdout).toMatch(/2 of 3 shares proven; the root matches the vault’s recorded root key\.\n$/);
    expect(asked).toEqual([`Password for ${F1}: `, `Password for ${F2}: `]);
    expect(r.stdout + r.stderr).not.toContain('password-eddsa');
  });

  it('reads passwords from a file, one line per file in order, and answers in JSON', async () => {
    const { io: files, asked } = io({}, { 'pw.txt': 'password-eddsa-1\npassword-eddsa-2\n' });
    const r = await runVerifyRecoveryKit(
      ['--expect-root', ROOT, '--passwords', 'pw.txt', '--json', F1, F2],
      files,
    );
    expect(r.code).toBe(KIT_EXIT.proven);
    expect(JSON.parse(r.stdout)).toMatchObject({ outcome: 'proven', proven: 2, threshold: 2 });
    expect(asked).toEqual([]);
  });

  it('names the file and the check that failed (exit 1)', async () => {
    const r = await runVerifyRecoveryKit(
      ['--expect-root', ROOT, F1, F2],
      io({ [F1]: 'password-eddsa-1' }).io,
    );
    expect(r.code).toBe(KIT_EXIT.failed);
    expect(r.stdout).toMatch(/^NOT PROVEN/);
    expect(r.stdout).toMatch(
      /✗ example-eddsa-v3-node2\.json \(sha256 [0-9a-f]{64}\): password check failed\. The password does not open this file/,
    );
  });

  it('says when nothing anchors the proof (exit 3), and when the files are too few (exit 4)', async () => {
    expect((await runVerifyRecoveryKit([F1, F2], io(good).io)).code).toBe(KIT_EXIT.unanchored);
    const few = await runVerifyRecoveryKit(['--expect-root', ROOT, F1], io(good).io);
    expect(few.code).toBe(KIT_EXIT.tooFew);
    expect(few.stdout).toMatch(/^TOO FEW FILES/);
  });

  it('refuses usage errors (exit 2): no file, an unknown option, too few passwords, an unreadable file', async () => {
    for (const args of [[], ['--nope', F1], ['--passwords', 'pw.txt', F1, F2], ['missing.json']]) {
      const r = await runVerifyRecoveryKit(args, {
        ...io(good, { 'pw.txt': 'only-one' }).io,
        readFile: async (p) => {
          if (p === 'missing.json') throw new Error('ENOENT: no such file');
          return p === 'pw.txt' ? 'only-one' : readFileSync(path.join(FIXTURES, p), 'utf8');
        },
        size: async () => 10,
      });
      expect(r.code, args.join(' ')).toBe(KIT_EXIT.usage);
      expect(r.stderr).toMatch(/usage: npm run verify-recovery-kit/);
    }
  });
});
