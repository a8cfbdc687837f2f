// @vitest-environment node
/**
 * zod's English never inside our sentences (issue #32): a recovery file's refusal, a request body the
 * app will not send, an answer from Cobo and a file that is no transcript say their schema problem by
 * zod's issue code, or by our own words' keys where a schema has words of its own. Our own words'
 * English is exactly as before; the Chinese has no English beyond field paths and names.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssuesSaid, firstProblemSaid, saidParams } from '../../common/describe-issues';
import { parseRecoveryFile, RecoveryFileError } from '../../common/recovery-kit/file-format';
import { zhCN } from '../../common/i18n/messages/zh-CN';
import { NAMES } from '../../common/i18n/do-not-translate';
import { say, sayEnglish, translator } from '../../common/i18n/translate';
import type { Said } from '../../common/i18n/said';
import { validated } from '../../main/cobo/http-policy';
import {
  CreateKeyShareHolderGroupRequest,
  CreateMpcVaultRequest,
  CreateTssRequestRequest,
} from '../../main/cobo/schemas';
import { AppError } from '../../main/app-error';
import { verifyTranscript } from '../../main/journal/transcript';

const zh = translator('zh-CN', zhCN);
const chinese = (s: Said) => say(zh, s) ?? '';

/** Latin words left in a Chinese sentence once the kept names, and the codes it may carry, are taken out. */
function englishIn(text: string, ...codes: string[]): string[] {
  let rest = text;
  for (const kept of [...Object.values(NAMES), ...codes].sort((a, b) => b.length - a.length))
    rest = rest.split(kept).join(' ');
  // Words with a digit are codes (0x, base64, secp256k1, ed25519).
  return rest.replace(/\S*\d\S*/g, ' ').match(/[A-Za-z]{2,}/g) ?? [];
}

function failed(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected the parse to fail');
  return result.error;
}

describe('the frame for a problem with the whole thing parsed', () => {
  it.each([
    ['input', 'the input must be an object', '输入必须是对象'],
    ['answer', 'the answer must be an object', '应答必须是对象'],
    ['file', 'the file must be an object', '文件必须是对象'],
  ] as const)('names the %s', (whole, english, text) => {
    const s = describeIssuesSaid(failed(z.object({}), 5), whole);
    expect(sayEnglish(s)).toBe(english);
    expect(chinese(s)).toBe(text);
  });

  it('says the problem alone for a sentence that says where itself', () => {
    const error = failed(z.strictObject({ a: z.number() }), { a: 'x' });
    expect(sayEnglish(firstProblemSaid(error))).toBe('must be a number');
    expect(chinese(firstProblemSaid(error))).toBe('必须是数字');
    expect(sayEnglish(firstProblemSaid({ issues: [] }))).toBe('is not valid');
  });

  it('gives a refinement’s words their values, and leaves out values that are not text', () => {
    const refined = z.number().refine(() => false, {
      error: '3-of-9 is not offered by Cobo; use 2-of-2, 2-of-3 or 3-of-3',
      params: saidParams('boundary.cobo.notOffered', { threshold: '3', participants: '9' }),
    });
    const s = describeIssuesSaid(failed(refined, 1));
    expect(sayEnglish(s)).toBe('the input 3-of-9 is not offered by Cobo; use 2-of-2, 2-of-3 or 3-of-3');
    expect(chinese(s)).toBe('输入Cobo 不提供阈值 3/9；请使用 2/2、2/3 或 3/3');
    const odd = z
      .number()
      .refine(() => false, { params: { said: 'boundary.cobo.nodeTwice', values: { n: 1 } } });
    expect(describeIssuesSaid(failed(odd, 1))).toEqual({
      key: 'boundary.issue.whole',
      values: { problem: { key: 'boundary.cobo.nodeTwice' } },
    });
  });
});

describe('a recovery file’s refusal', () => {
  const hex = `0x${'ab'.repeat(32)}`;
  const good = {
    version: 1,
    group_info: {
      id: 'g',
      type: 1,
      root_extended_public_key: 'xpub',
      chaincode: hex,
      curve: 'secp256k1',
      threshold: 2,
      participants: [{ node_id: 'n', share_id: '1', share_public_key: hex }],
    },
    share_info: {
      node_id: 'n',
      share_id: '1',
      share_public_key: hex,
      encrypted_share: 'A'.repeat(44),
      kdf: { length: 32, iterations: 10, salt: hex, hash_type: 5 },
    },
  };
  type Group = typeof good;
  const refusal = (change: (g: Group) => void): RecoveryFileError => {
    const g = structuredClone(good);
    change(g);
    try {
      parseRecoveryFile(JSON.stringify(g));
    } catch (error) {
      if (error instanceof RecoveryFileError) return error;
      throw error;
    }
    throw new Error('expected a refusal');
  };
  const sentence = (where: string, what: string) =>
    `Recovery group 1 of the file: ${where} ${what}. The file may be edited or damaged: ask the holder to export it again.`;
  const chineseSentence = (where: string, what: string) =>
    `文件中的第 1 个恢复组：${where} ${what}。该文件可能已被编辑或损坏：请让持有者重新导出。`;

  it.each<[string, (g: Group) => void, string, string, string]>([
    [
      'hex',
      (g) => (g.group_info.chaincode = 'zz'),
      'group_info.chaincode',
      'must be hex starting with 0x',
      '必须是以 0x 开头的十六进制数',
    ],
    [
      'an odd hex',
      (g) => (g.share_info.kdf.salt = '0xabc'),
      'share_info.kdf.salt',
      'must have an even number of hex digits',
      '十六进制数字的位数必须为偶数',
    ],
    [
      'a share id',
      (g) => (g.share_info.share_id = 'x'),
      'share_info.share_id',
      'must be a whole number in decimal digits',
      '必须是以十进制数字书写的整数',
    ],
    ['an empty id', (g) => (g.group_info.id = ''), 'group_info.id', 'is empty', '为空'],
    [
      'a key length',
      (g) => (g.share_info.kdf.length = 20),
      'share_info.kdf.length',
      'must be 16, 24 or 32 bytes',
      '必须是 16、24 或 32 字节',
    ],
    [
      'iterations',
      (g) => (g.share_info.kdf.iterations = 10_000_001),
      'share_info.kdf.iterations',
      'is over 10,000,000: refused as unreasonable',
      '超过 10,000,000：数值不合理，已拒绝',
    ],
    [
      'a group type',
      (g) => (g.group_info.type = 3),
      'group_info.type',
      'must be 1 (ECDSA-TSS) or 2 (EdDSA-TSS)',
      '必须是 1（ECDSA-TSS）或 2（EdDSA-TSS）',
    ],
    [
      'a curve',
      (g) => (g.group_info.curve = 'p256'),
      'group_info.curve',
      'must be secp256k1 or ed25519',
      '必须是 secp256k1 或 ed25519',
    ],
    [
      'base64',
      (g) => (g.share_info.encrypted_share = '!!!!'),
      'share_info.encrypted_share',
      'must be standard base64',
      '必须是标准 base64 编码',
    ],
    [
      'padding',
      (g) => (g.share_info.encrypted_share = 'A'.repeat(43)),
      'share_info.encrypted_share',
      'must be standard base64, padded',
      '必须是带填充的标准 base64 编码',
    ],
    [
      'a short share',
      (g) => (g.share_info.encrypted_share = 'AAAA'),
      'share_info.encrypted_share',
      'is too short to hold a nonce, a share and a tag',
      '太短，无法容纳随机数、私钥分片和认证标签',
    ],
    [
      'a newer version',
      (g) => (g.version = 4),
      'version',
      'is newer than this app knows (1 to 3)',
      '比本应用所知的版本更新（应为 1 到 3）',
    ],
  ])('says %s in our own words, the English as before', (_what, change, where, english, text) => {
    const refused = refusal(change);
    expect(refused.message).toBe(sentence(where, english));
    expect(sayEnglish(refused.said)).toBe(refused.message);
    const said = chinese(refused.said);
    expect(said).toBe(chineseSentence(where, text));
    expect(englishIn(said, where)).toEqual([]);
  });

  it('says a problem zod names by its code, and a group that is no object as the group', () => {
    const missing = refusal((g) => delete (g.group_info as Partial<Group['group_info']>).threshold);
    expect(missing.message).toBe(sentence('group_info.threshold', 'must be a number'));
    expect(chinese(missing.said)).toBe(chineseSentence('group_info.threshold', '必须是数字'));
    let whole: RecoveryFileError | null = null;
    try {
      parseRecoveryFile('[null]');
    } catch (error) {
      whole = error as RecoveryFileError;
    }
    expect(whole?.message).toBe(sentence('the group', 'must be an object'));
    expect(chinese(whole?.said as Said)).toBe(chineseSentence('该恢复组', '必须是对象'));
  });
});

describe('a request body the app will not send', () => {
  const refusedBody = (run: () => unknown): AppError => {
    try {
      run();
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
    throw new Error('expected a refusal');
  };
  const holder = (id: string, type = 'Mobile') => ({ name: id, type, tss_node_id: id, signer: false });

  it.each<[string, () => unknown, string, string, string[]]>([
    [
      'KeyGen with a source',
      () =>
        validated(
          CreateTssRequestRequest,
          {
            type: 'KeyGen',
            target_key_share_holder_group_id: 'g1',
            source_key_share_holder_group: { key_share_holder_group_id: 'g2' },
          },
          'boundary.cobo.body.tssRequest',
        ),
      'The TSS request was not sent: source_key_share_holder_group: KeyGen creates new keys and takes no source group.',
      'TSS 请求未发送：字段 source_key_share_holder_group KeyGen 会生成新的私钥，不接受来源私钥。',
      ['source_key_share_holder_group'],
    ],
    [
      'a Recovery without a source',
      () =>
        validated(
          CreateTssRequestRequest,
          { type: 'Recovery', target_key_share_holder_group_id: 'g1' },
          'boundary.cobo.body.tssRequest',
        ),
      'The TSS request was not sent: source_key_share_holder_group: Recovery needs a source key share holder group.',
      'TSS 请求未发送：字段 source_key_share_holder_group Recovery 需要一个来源私钥。',
      ['source_key_share_holder_group'],
    ],
    [
      'a shape Cobo does not offer',
      () =>
        validated(
          CreateKeyShareHolderGroupRequest,
          {
            key_share_holder_group_type: 'MainGroup',
            participants: 3,
            threshold: 1,
            key_share_holders: [holder('a'), holder('b')],
          },
          'boundary.cobo.body.newGroup',
        ),
      'The new key share holder group was not sent: threshold: 1-of-3 is not offered by Cobo; use 2-of-2, 2-of-3 or 3-of-3.',
      '创建新私钥的请求未发送：字段 threshold Cobo 不提供阈值 1/3；请使用 2/2、2/3 或 3/3。',
      ['threshold'],
    ],
    [
      'a Recovery Key’s holders miscounted',
      () =>
        validated(
          CreateKeyShareHolderGroupRequest,
          {
            key_share_holder_group_type: 'RecoveryGroup',
            participants: 3,
            threshold: 2,
            key_share_holders: [holder('c', 'Cobo'), holder('a')],
          },
          'boundary.cobo.body.newGroup',
        ),
      "The new key share holder group was not sent: key_share_holders: the group has 3 participants, Cobo's node and 2 of the organisation's, but 2 were listed (Cobo's included).",
      '创建新私钥的请求未发送：字段 key_share_holders 该私钥有 3 个参与方：Cobo 的节点和团队的 2 个，但列出了 2 个（含 Cobo 的）。',
      ['key_share_holders'],
    ],
    [
      'Cobo listed for a Main Key',
      () =>
        validated(
          CreateKeyShareHolderGroupRequest,
          {
            key_share_holder_group_type: 'MainGroup',
            participants: 3,
            threshold: 2,
            key_share_holders: [holder('c', 'Cobo'), holder('a')],
          },
          'boundary.cobo.body.newGroup',
        ),
      'The new key share holder group was not sent: key_share_holders: Cobo adds its own key share holder; it is not listed.',
      '创建新私钥的请求未发送：字段 key_share_holders Cobo 会自行添加其私钥分片持有者；请勿列出。',
      ['key_share_holders'],
    ],
    [
      'a vault without its project',
      () =>
        validated(
          CreateMpcVaultRequest,
          { name: 'V', vault_type: 'User-Controlled' },
          'boundary.cobo.body.newVault',
        ),
      'The new vault was not sent: project_id: a User-Controlled vault needs its project.',
      '创建新 Vault 的请求未发送：字段 project_id User-Controlled 类型的 Vault 需要指定其项目。',
      ['project_id', 'User-Controlled'],
    ],
  ])('%s: the English as before, the Chinese in Chinese', (_what, run, english, text, codes) => {
    const refused = refusedBody(run);
    expect(refused.message).toBe(english);
    expect(chinese(refused.said.message)).toBe(text);
    expect(englishIn(text, ...codes)).toEqual([]);
  });
});

describe('a file that is no transcript', () => {
  it('names the field at fault, and says what is wrong by zod’s code', () => {
    const verdict = verifyTranscript(JSON.stringify({ header: { format: 'key-ceremony.transcript.v2' } }));
    expect(verdict.status).toBe('not-a-transcript');
    expect(verdict.problem).toBe('the file is not a Key Ceremony transcript (header.app: must be an object)');
    const text = chinese(verdict.problemSaid as Said);
    expect(text).toBe('文件不是 Key Ceremony 的记录文件（字段 header.app 必须是对象）');
    expect(englishIn(text, 'header.app')).toEqual([]);
  });
});
