// @vitest-environment node
/** Why a witness's signature or key is refused: the same English as ever, and said in Chinese too. */
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../../common/i18n/messages/zh-CN';
import { say, translator } from '../../../common/i18n/translate';
import { readAllowedSigners, readSignature, SshSigError } from '../../../main/journal/sshsig';

const zh = translator('zh-CN', zhCN);

const refusal = (act: () => unknown): SshSigError => {
  try {
    act();
  } catch (e) {
    if (e instanceof SshSigError) return e;
    throw e;
  }
  throw new Error('not refused');
};

describe('a refused signature or key, in words', () => {
  it('keeps its English and says it in Chinese', () => {
    const notSignature = refusal(() => readSignature('hello'));
    expect(notSignature.message).toBe('this is not an SSH signature (no BEGIN SSH SIGNATURE block)');
    expect(say(zh, notSignature.said)).toBe('这不是 SSH 签名（没有 BEGIN SSH SIGNATURE 块）');
    const noKey = refusal(() => readAllowedSigners('wendy@example.com'));
    expect(noKey.message).toBe('allowed_signers line 1 has no key');
    expect(say(zh, noKey.said)).toBe('allowed_signers 第 1 行没有公钥');
  });
});
