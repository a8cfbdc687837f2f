// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { runVerifyTranscript, USAGE } from '../../../main/journal/verify-command';

const missing = async (): Promise<string> => {
  throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
};

describe('the verify-transcript command', () => {
  it('prints its usage and exits 2 without exactly one file', async () => {
    for (const args of [[], ['a.json', 'b.json'], ['a.json', '--trust'], ['a.json', '--other', 'x']]) {
      expect(await runVerifyTranscript(args, missing)).toEqual({ code: 2, stdout: '', stderr: USAGE });
    }
    expect(USAGE).toBe(
      'usage: npm run verify-transcript -- <transcript.json> [--trust <key fingerprint>]… [--expect-head <journal head fingerprint>]\n',
    );
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

  it('prints the verdict and exits 1 for a file that is not a transcript', async () => {
    expect(await runVerifyTranscript(['x.json'], async () => 'not json')).toEqual({
      code: 1,
      stdout: 'NOT VERIFIED: the file is not JSON\n',
      stderr: '',
    });
  });
});
