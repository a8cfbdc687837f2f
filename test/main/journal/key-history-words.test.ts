// @vitest-environment node
/**
 * Why a key history does not verify, said as message keys (issue #32): main's English exactly as it
 * always logged it, and the page's Chinese with no English beyond fingerprints and the reason's code.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprintOfHexKey, replaceConfirmation } from '../../../common/fingerprint';
import type { Said } from '../../../common/i18n/said';
import { zhCN } from '../../../common/i18n/messages/zh-CN';
import { say, sayEnglish, translator } from '../../../common/i18n/translate';
import { AppError } from '../../../main/app-error';
import { createInstallationKey } from '../../../main/journal/installation-key';
import {
  introduce,
  KEY_HISTORY_FORMAT,
  readKeyHistory,
  type KeyStatement,
} from '../../../main/journal/key-history';
import { readAgainst } from '../../../main/journal/key-history-store';
import type { SecretStore } from '../../../main/keychain/secret-store';
import { testSigner } from '../../helpers/record-keys';

const zh = translator('zh-CN', zhCN);

/** Latin words left in a Chinese sentence once its codes (fingerprints, the reason) are taken out. */
const englishIn = (text: string, ...codes: string[]) => {
  let rest = text;
  for (const code of codes) rest = rest.split(code).join(' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
};

function threeKeys() {
  const [a, b, c] = [testSigner(), testSigner(), testSigner()];
  const s1 = introduce([], a, 'first');
  const s2 = introduce([s1], b, 'compromised', { replacedSigner: a });
  const s3 = introduce([s1, s2], c, 'lost');
  return { a, b, c, s1, s2, s3 };
}

const broken = (statements: unknown[], anchor: string | null = null) => {
  const reading = readKeyHistory({ format: KEY_HISTORY_FORMAT, statements }, anchor);
  if (reading.problem === null) throw new Error('expected the history not to verify');
  return reading;
};

describe('a key history that does not verify, said as message keys', () => {
  const { a, b, c, s1, s2, s3 } = threeKeys();
  const lostButSigned = introduce([s1], b, 'lost', { replacedSigner: a });
  it.each<[string, () => { problem: string; problemSaid: Said }, string, string]>([
    [
      'unreadable',
      () => broken(['not a statement']),
      'the key history is not a key history this app wrote (unreadable)',
      '密钥历史不是本应用写入的密钥历史（无法读取）',
    ],
    [
      'renumbered',
      () => broken([s1, s3]),
      'statement 2 is numbered 3 (a statement was removed, added or moved)',
      '第 2 条声明的编号是 3（有声明被删除、添加或移动了）',
    ],
    [
      'unchained',
      () => broken([s1, { ...s2, prev: s1.prev }]),
      'statement 2 does not chain to the statement before it (one of them was changed)',
      '第 2 条声明未链接到它之前的那条声明（其中一条被更改过）',
    ],
    [
      'replacing another key',
      () => broken([s1, { ...s2, replaces: c.publicKey }]),
      'statement 2 says it replaces a key other than the one before it',
      '第 2 条声明称它替换的密钥不是前一条声明的密钥',
    ],
    [
      'a reason out of place',
      () => broken([{ ...s1, reason: 'lost' }]),
      'statement 1 gives the reason "lost" out of place',
      '第 1 条声明在不该出现的位置给出了原因“lost”',
    ],
    [
      'earlier keys after the first',
      () => broken([s1, { ...s2, earlier_unsigned: [c.publicKey] }]),
      'statement 2 lists earlier keys, which only the first may',
      '第 2 条声明列出了更早的密钥，而只有第一条声明可以这样做',
    ],
    [
      'unsigned',
      () => broken([s1, { ...s2, at: '2020-01-01T00:00:00.000Z' }]),
      'statement 2 is not signed by the key it introduces',
      '第 2 条声明并非由它引入的密钥签名',
    ],
    [
      'a bad signature of the key replaced',
      () => broken([s1, { ...s2, sig_replaced: s2.sig }]),
      'statement 2 carries a signature of the key it replaces that does not verify',
      '第 2 条声明带有它所替换的密钥的签名，但该签名无法通过验证',
    ],
    [
      'a lost key that signed',
      () => broken([s1, lostButSigned]),
      'statement 2 says the key before it was lost, yet that key signed it',
      '第 2 条声明称它之前的密钥已丢失，但该密钥却为它签了名',
    ],
    [
      'a compromised key that did not sign',
      () => broken([s1, { ...s2, sig_replaced: null }]),
      "statement 2 replaces a key believed compromised without that key's signature",
      '第 2 条声明替换了一个被认为已泄露的密钥，却没有该密钥的签名',
    ],
  ])('%s: English as before, Chinese in the page', (_what, read, english, chinese) => {
    const { problem, problemSaid } = read();
    expect(problem).toBe(english);
    expect(sayEnglish(problemSaid)).toBe(english);
    expect(say(zh, problemSaid)).toBe(chinese);
    expect(englishIn(chinese, 'lost')).toEqual([]);
  });

  it('a history that ends with another key than the keychain’s names both fingerprints', () => {
    const { problem, problemSaid } = broken([s1, s2, s3], a.publicKey);
    const [last, held] = [fingerprintOfHexKey(c.publicKey), fingerprintOfHexKey(a.publicKey)];
    expect(problem).toBe(
      `the key history ends with key ${last}, but the keychain holds key ${held} (the history file was replaced or rolled back)`,
    );
    const chinese = say(zh, problemSaid) ?? '';
    expect(chinese).toBe(
      `密钥历史以密钥 ${last} 结尾，但钥匙串中保存的是密钥 ${held}（历史文件被替换或回滚了）`,
    );
    expect(englishIn(chinese, last, held)).toEqual([]);
  });
});

describe('the history against the keychain’s mark', () => {
  const { a, s1 } = threeKeys();
  const text = JSON.stringify({ format: KEY_HISTORY_FORMAT, statements: [s1] satisfies KeyStatement[] });

  it('removed or replaced: said in both languages, and the keychain’s key known by a sentence that carries it', () => {
    const removed = readAgainst(null, a.publicKey, 'some mark');
    expect(removed.problem).toBe('the key history was removed (the keychain remembers its last statement)');
    expect(say(zh, removed.problemSaid as Said)).toBe('密钥历史被删除了（钥匙串记得它的最后一条声明）');
    const replaced = readAgainst(text, a.publicKey, 'another mark');
    expect(replaced.problem).toBe(
      'the key history is not the one this installation wrote last (the keychain remembers another last statement): it was replaced or rolled back',
    );
    const [own] = replaced.keys;
    expect(own?.how).toBe(
      'the key the keychain holds; the key history does not verify (the key history is not the one this installation wrote last (the keychain remembers another last statement): it was replaced or rolled back)',
    );
    const chinese = say(zh, own?.howSaid as Said) ?? '';
    expect(chinese).toBe(
      '钥匙串中保存的密钥；密钥历史无法通过验证（密钥历史不是本安装实例最后写入的那一份（钥匙串记得的是另一条最后的声明）：它被替换或回滚了）',
    );
    expect(englishIn(chinese)).toEqual([]);
  });
});

describe('a replacement refused because the history does not verify', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-key-history-words-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says why in the page’s language, its English as before', async () => {
    const map = new Map<string, string>();
    const secrets: SecretStore = {
      set: async (account, secret) => void map.set(account, secret),
      get: async (account) => map.get(account) ?? null,
      delete: async (account) => map.delete(account),
    };
    const file = path.join(dir, 'installation-keys.json');
    const key = createInstallationKey(secrets, file, 'installation:words');
    const { fingerprint } = await key.publicInfo();
    writeFileSync(file, 'not json at all');
    const refused = await key
      .replace({ reason: 'compromised', confirm: replaceConfirmation(fingerprint) })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(refused).toBeInstanceOf(AppError);
    const { message, said } = (refused as AppError).toPayload();
    expect(message).toBe(
      'The key history does not verify (the key history is not a key history this app wrote (unreadable)), so no new key is made: it would hide what happened.',
    );
    const chinese = say(zh, said?.message as Said) ?? '';
    expect(chinese).toBe(
      '密钥历史验证失败（密钥历史不是本应用写入的密钥历史（无法读取）），因此不会生成新密钥：那会掩盖发生的情况。',
    );
    expect(englishIn(chinese)).toEqual([]);
  });
});
