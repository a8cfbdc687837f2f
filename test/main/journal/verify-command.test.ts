// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EN } from '../../../common/i18n/translate';
import { sha256Hex } from '../../../main/journal/chain';
import { fingerprintOfHexKey, journalHeadFingerprint, normalFingerprint } from '../../../common/fingerprint';
import { buildTranscript, transcriptText } from '../../../main/journal/transcript';
import { readTrustFile, runVerifyTranscript, USAGE } from '../../../main/journal/verify-command';
import { journalLines } from '../../helpers/journal';
import { testSigner } from '../../helpers/record-keys';

const missing = async (): Promise<string> => {
  throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
};

describe('the verify-transcript command', () => {
  it('prints its usage and exits 2 without exactly one file', async () => {
    for (const args of [
      [],
      ['a.json', 'b.json'],
      ['a.json', '--trust'],
      ['a.json', '--other', 'x'],
      ['a.json', '--other'],
      ['a.json', '--lang', 'fr'],
      // The pseudo-locale is the browser host's, for layouts; not a language to print a verdict in.
      ['a.json', '--lang', 'en-XA'],
    ]) {
      expect(await runVerifyTranscript(args, missing)).toEqual({ code: 2, stdout: '', stderr: USAGE });
    }
    expect(USAGE).toMatch(
      /^usage: npm run verify-transcript -- <transcript.json> \[--trust <key fingerprint>\]… \[--trust-file <file>\] \[--expect-head <journal head fingerprint>\] \[--allowed-signers <file>\] \[--witness-sig <file>\]… \[--require-witnesses <n>\] \[--lang en\|zh-CN\]\n/,
    );
    expect(USAGE).toContain('4 intact but incomplete');
    expect(USAGE).toContain('5 fewer witnesses attested than --require-witnesses asks');
  });

  it('says which file it could not read, and why, with exit 2', async () => {
    expect(await runVerifyTranscript(['gone.json'], missing)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Cannot read gone.json: ENOENT\n',
    });
    const odd = async (): Promise<string> => {
      throw new Error('odd');
    };
    expect((await runVerifyTranscript(['x.json'], odd)).stderr).toBe('Cannot read x.json: error\n');
  });

  it('speaks Chinese when asked with --lang zh-CN, and English otherwise', async () => {
    expect((await runVerifyTranscript(['gone.json', '--lang', 'zh-CN'], missing)).stderr).toBe(
      '无法读取 gone.json：ENOENT\n',
    );
    expect((await runVerifyTranscript(['gone.json', '--lang', 'en'], missing)).stderr).toBe(
      'Cannot read gone.json: ENOENT\n',
    );
    const big = await runVerifyTranscript(
      ['big.json', '--lang', 'zh-CN'],
      missing,
      async () => 51 * 1024 * 1024,
    );
    expect(big.stdout).toBe('未通过验证：该文件大于 50 MB，超过任何记录文件的大小\n');
  });

  it('refuses a file larger than any transcript without reading it', async () => {
    let read = false;
    const result = await runVerifyTranscript(
      ['big.json'],
      async () => {
        read = true;
        return '';
      },
      async () => 50 * 1024 * 1024 + 1,
    );
    expect(result).toEqual({
      code: 1,
      stdout: 'NOT VERIFIED: the file is larger than 50 MB, more than any transcript\n',
      stderr: '',
    });
    expect(read).toBe(false);
  });

  it('reads a file of exactly the largest size a transcript may have', async () => {
    let read = false;
    await runVerifyTranscript(
      ['big.json'],
      async () => {
        read = true;
        return '';
      },
      async () => 50 * 1024 * 1024,
    );
    expect(read).toBe(true);
  });

  it('prints the verdict and exits 1 for a file that is not a transcript', async () => {
    expect(await runVerifyTranscript(['x.json'], async () => 'not json')).toEqual({
      code: 1,
      stdout: 'NOT VERIFIED: the file is not JSON\n',
      stderr: '',
    });
  });
});

describe('whose keys the command trusts', () => {
  const own = testSigner();
  const earlier = testSigner();
  const ownPrint = fingerprintOfHexKey(own.publicKey);
  const earlierPrint = fingerprintOfHexKey(earlier.publicKey);
  const transcript = async (closed: boolean, journalKey = own) =>
    transcriptText(
      buildTranscript(
        await journalLines(
          journalKey,
          { kind: 'KeyGen' },
          closed ? [['closure', { outcome: 'abandoned' }]] : [],
        ),
        null,
        own,
      ),
    );
  const files = (entries: Record<string, string>) => async (file: string) => {
    if (file in entries) return entries[file]!;
    throw Object.assign(new Error('no'), { code: 'ENOENT' });
  };

  it('exits 0 for a key named in a trust file, with comments and blank lines, and 3 without it', async () => {
    const read = files({
      't.json': await transcript(true),
      'trust.txt': `# keys of the treasury workstation\n\n${ownPrint.toLowerCase()}   # laptop A\n`,
      'other.txt': 'AAAA-BBBB-CCCC-DDDD\n',
    });
    expect(await runVerifyTranscript(['t.json', '--trust-file', 'trust.txt'], read)).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/Signed by keys you trust\.\n$/),
    });
    const untrusted = await runVerifyTranscript(['t.json', '--trust-file', 'other.txt'], read);
    expect(untrusted.code).toBe(3);
    // One key signed both the journal and the transcript: it is named once.
    expect(untrusted.stdout).toContain(
      `But ${ownPrint} is not a key you said you trust, and no key you trust signed its introduction. Do not trust a key because this file names it: ask the installation's owner, by a channel you trust, for their fingerprint; only if it is the same, run again with --trust ${ownPrint}.\n`,
    );
    expect(
      (await runVerifyTranscript(['t.json', '--trust-file', 'other.txt', '--trust', ownPrint], read)).code,
    ).toBe(0);
  });

  it('says what to do with a damaged transcript, after naming where it is damaged (issue #29, item 13)', async () => {
    const text = await transcript(true);
    const parsed = JSON.parse(text) as { journal: string[] };
    parsed.journal[1] = parsed.journal[1]!.replace('"kind":"', '"kind":"x');
    // Written as the app writes transcripts, so only the changed entry is wrong.
    const changed = transcriptText(parsed as unknown as Parameters<typeof transcriptText>[0]);
    const result = await runVerifyTranscript(['t.json', '--trust', ownPrint], files({ 't.json': changed }));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^NOT VERIFIED: .*entry 2/);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(EN('record.damagedTranscriptAdvice'));
  });

  it('holds the transcript to the head given with --expect-head: a wrong one fails, an earlier one is placed', async () => {
    const text = await transcript(true);
    const read = files({ 't.json': text });
    const { journal } = JSON.parse(text) as { journal: string[] };
    const last = journalHeadFingerprint(sha256Hex(journal[1]!));
    const first = journalHeadFingerprint(sha256Hex(journal[0]!));
    const wrong = await runVerifyTranscript(
      ['t.json', '--trust', ownPrint, '--expect-head', 'AAAA-BBBB-CCCC-DDDD'],
      read,
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain(
      'no entry of it ever had the head AAAA-BBBB-CCCC-DDDD written down at the ceremony',
    );
    const right = await runVerifyTranscript(['t.json', '--trust', ownPrint, '--expect-head', last], read);
    expect(right.code).toBe(0);
    expect(right.stdout).toContain('the head written down at the ceremony is its last');
    const earlierHead = await runVerifyTranscript(
      ['t.json', '--trust', ownPrint, '--expect-head', first],
      read,
    );
    expect(earlierHead.code).toBe(0);
    expect(earlierHead.stdout).toContain("the journal's head after entry 1, and 1 entry came after it");
  });

  it('refuses a trust file it cannot read or that holds something other than fingerprints, with exit 2', async () => {
    const read = files({ 't.json': await transcript(true), 'bad.txt': 'AAAA-BBBB-CCCC-DDDD\nnot a key\n' });
    expect(await runVerifyTranscript(['t.json', '--trust-file', 'bad.txt'], read)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'The trust file bad.txt: line 2 is not a key fingerprint (like 7K2M-Q9XD-4HTB-W3PA): "not a key"\n',
    });
    expect(await runVerifyTranscript(['t.json', '--trust-file', 'gone.txt'], read)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Cannot read gone.txt: ENOENT\n',
    });
    expect(readTrustFile('ILOU-ILOU-ILOU-ILOU')).toHaveProperty('problem');
  });

  it('reads a trust file line by line: comments, blank and space-only lines, CRLF, any case', () => {
    const print = 'AAAA-BBBB-CCCC-DDDD';
    expect(
      readTrustFile(
        `# header\r\n   \r\n${print.toLowerCase()}#no space before\r\n\t${ownPrint}\t\n#${earlierPrint}\n`,
      ),
    ).toEqual({ fingerprints: [normalFingerprint(print), normalFingerprint(ownPrint)] });
    expect(readTrustFile('')).toEqual({ fingerprints: [] });
    // Lines are counted from 1, blank ones included; a long line is cut in the message.
    expect(readTrustFile(`\n\n${'x'.repeat(60)}\n`)).toEqual({
      problem: `line 3 is not a key fingerprint (like 7K2M-Q9XD-4HTB-W3PA): "${'x'.repeat(40)}"`,
    });
  });

  it('takes --trust in any case, and names each untrusted key when two are', async () => {
    const read = files({ 't.json': await transcript(true, earlier) });
    expect(
      (
        await runVerifyTranscript(
          ['t.json', '--trust', ownPrint.toLowerCase(), '--trust', earlierPrint],
          read,
        )
      ).code,
    ).toBe(0);
    const none = await runVerifyTranscript(['t.json'], read);
    expect(none.code).toBe(3);
    expect(none.stdout).toContain(
      `But ${ownPrint} and ${earlierPrint} are not keys you said you trust, and no key you trust signed their introduction. Do not trust a key because this file names it: ask the installation's owner, by a channel you trust, for their fingerprint; only if it is the same, run again with --trust ${ownPrint} --trust ${earlierPrint}.\n`,
    );
    expect(none.stdout).toContain(`Installation key fingerprint: ${ownPrint}\n`);
  });

  it('names the journal’s key apart only when it is another key', async () => {
    const read = files({ 't.json': await transcript(true) });
    const result = await runVerifyTranscript(['t.json', '--trust', ownPrint], read);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Installation key fingerprint: ${ownPrint}\nSigned by keys you trust.\n`);
    expect(result.stdout).not.toContain('Journal entries signed');
  });

  it('exits 4 for an intact transcript of a ceremony that never closed, trusted or not', async () => {
    const read = files({ 't.json': await transcript(false) });
    const result = await runVerifyTranscript(['t.json', '--trust', ownPrint], read);
    expect(result.code).toBe(4);
    expect(result.stdout).toMatch(/^INCOMPLETE: /);
  });

  it('asks for trust in both keys when the journal was signed by an earlier key than the transcript', async () => {
    const read = files({ 't.json': await transcript(true, earlier) });
    const one = await runVerifyTranscript(['t.json', '--trust', ownPrint], read);
    expect(one.code).toBe(3);
    expect(one.stdout).toContain(`Journal entries signed by installation key: ${earlierPrint}`);
    expect(one.stdout).toContain(`only if it is the same, run again with --trust ${earlierPrint}.`);
    expect(
      (await runVerifyTranscript(['t.json', '--trust', ownPrint, '--trust', earlierPrint], read)).code,
    ).toBe(0);
  });
});
