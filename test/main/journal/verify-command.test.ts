// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { runVerifyTranscript, USAGE } from '../../../main/journal/verify-command';

const missing = async (): Promise<string> => {
  throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
};

describe('the verify-transcript command', () => {
  it('prints its usage and exits 2 without exactly one file', async () => {
    for (const args of [[], ['a.json', 'b.json']]) {
      expect(await runVerifyTranscript(args, missing)).toEqual({ code: 2, stdout: '', stderr: USAGE });
    }
    expect(USAGE).toBe('usage: npm run verify-transcript -- <transcript.json>\n');
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

  it('prints the verdict and exits 1 for a file that is not a transcript', async () => {
    expect(await runVerifyTranscript(['x.json'], async () => 'not json')).toEqual({
      code: 1,
      stdout: 'NOT VERIFIED: the file is not JSON\n',
      stderr: '',
    });
  });
});
