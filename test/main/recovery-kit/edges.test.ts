// @vitest-environment node
/**
 * The recovery files' edges, one named refusal each (issue #30, item 5): the file's form (hex, base64,
 * sizes, the three top-level forms), the password as the kit reads it (8 bytes, Go's TrimSpace), what
 * the sealed share may hold, a file's own consistency, the root key's layouts, and the interpolation's
 * bounds. Each test fails when the check it names is taken out.
 */
import { say, sayEnglish, translator } from '../../../common/i18n/translate';
import { zhCN } from '../../../common/i18n/messages/zh-CN';
import type { ShareCheck } from '../../../main/recovery-kit/share-check';
import { createCipheriv, pbkdf2Sync, randomBytes, type CipherGCM } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex, numberToBytesBE } from '@noble/curves/utils.js';
import { base58check } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2.js';
import {
  fromHex0x,
  MAX_RECOVERY_FILE_BYTES,
  parseRecoveryFile,
  type RecoveryGroup,
} from '../../../common/recovery-kit/file-format';
import { readExtendedKey, writeExtendedKey } from '../../../common/recovery-kit/extended-key';
import { commonRoot, interpolateAtZero } from '../../../common/recovery-kit/interpolation';
import { checkFile } from '../../../main/recovery-kit/kit-check';
import { checkShare, kitPassword } from '../../../main/recovery-kit/share-check';
import { recoveryGroup } from '../../../main/sandbox/recovery-files';

const zh = translator('zh-CN', zhCN);
const n = secp256k1.Point.Fn.ORDER;
const pub = (k: bigint) => bytesToHex(secp256k1.Point.BASE.multiply(k).toBytes(true));
const [secret, a1] = [0x5eedn, 0xc0ffeen];
const xs = [11n, 12n, 13n];
const shares = xs.map((x) => (secret + a1 * x) % n);
const chainCode = '33'.repeat(32);
const root = writeExtendedKey('secp256k1', { point: pub(secret), chainCode });
const participants = xs.map((x, i) => ({ nodeId: `n${i}`, shareId: x, sharePublicKey: pub(shares[i]!) }));
const group = (
  i = 0,
  password = 'a good password',
  over: Partial<Parameters<typeof recoveryGroup>[0]> = {},
) =>
  recoveryGroup({
    version: 2,
    groupId: 'g',
    createdTime: 't',
    curve: 'secp256k1',
    rootExtendedPublicKey: root,
    chainCode,
    threshold: 2,
    participants,
    holder: { nodeId: `n${i}`, share: numberToBytesBE(shares[i]!, 32) },
    password,
    iterations: 1_000,
    ...over,
  }) as RecoveryGroup;

/** A group whose sealed share holds exactly `plaintext`, under `password`. */
function sealing(plaintext: Buffer, password = 'a good password', version = 2): RecoveryGroup {
  const g = group(0, password);
  const salt = fromHex0x(g.share_info.kdf.salt);
  const key = pbkdf2Sync(password, salt, g.share_info.kdf.iterations, 32, 'sha256');
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce) as CipherGCM;
  const sealed = Buffer.concat([nonce, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return { ...g, version, share_info: { ...g.share_info, encrypted_share: sealed.toString('base64') } };
}
const wrap = (share: Buffer) => Buffer.from(JSON.stringify({ encrypted_share: share.toString('base64') }));

describe('a recovery file’s form', () => {
  const text = (g: unknown) => JSON.stringify(g);
  const refusal = (g: unknown) => {
    try {
      parseRecoveryFile(typeof g === 'string' ? g : text(g));
      return null;
    } catch (e) {
      return { message: (e as Error).message, check: (e as { check: string }).check };
    }
  };
  const g = group();

  it('reads the three forms, and refuses an empty list', () => {
    expect(parseRecoveryFile(text({ recovery_groups: [g] }))).toHaveLength(1);
    expect(parseRecoveryFile(text([g, g]))).toHaveLength(2);
    expect(parseRecoveryFile(text(g))[0]!.group_info.id).toBe('g');
    for (const empty of [{ recovery_groups: [] }, []])
      expect(refusal(empty)).toEqual({ message: 'The file holds no recovery group.', check: 'form' });
    expect(refusal('null')!.message).toMatch(/^Recovery group 1 of the file: the group /);
  });

  it('names the group and the field that is wrong, and tells a version apart', () => {
    const bad = { ...g, group_info: { ...g.group_info, curve: 'p256' } };
    expect(refusal([g, bad])).toEqual({
      message:
        'Recovery group 2 of the file: group_info.curve must be secp256k1 or ed25519. The file may be edited or damaged: ask the holder to export it again.',
      check: 'form',
    });
    expect(refusal({ ...g, version: 4 })!.check).toBe('version');
  });

  it('holds hex to 0x and an even length, base64 to its padding, and the sealed share to its least length', () => {
    const withSalt = (salt: string) => ({
      ...g,
      share_info: { ...g.share_info, kdf: { ...g.share_info.kdf, salt } },
    });
    expect(refusal(withSalt('0xabc'))!.message).toMatch(/salt must have an even number of hex digits/);
    expect(refusal(withSalt('abcd'))!.message).toMatch(/salt must be hex starting with 0x/);
    expect(refusal(withSalt('0xABcd'))).toBeNull();
    const sealed = (s: string) => ({ ...g, share_info: { ...g.share_info, encrypted_share: s } });
    expect(refusal(sealed('QUJD'.repeat(10).slice(0, 39)))!.message).toMatch(
      /encrypted_share must be standard base64, padded/,
    );
    expect(refusal(sealed('QUJD'.repeat(9)))!.message).toMatch(
      /too short to hold a nonce, a share and a tag/,
    );
    expect(refusal(sealed('QUJD'.repeat(10)))).toBeNull();
    expect(fromHex0x('0x0aff')).toEqual(Uint8Array.from([10, 255]));
  });

  it('refuses a file larger than the limit before reading it as JSON, and not one at the limit', () => {
    expect(refusal(' '.repeat(MAX_RECOVERY_FILE_BYTES + 1))).toEqual({
      message: expect.stringMatching(/^The file is larger than 1024 KiB: a recovery file is a few KiB\./),
      check: 'size',
    });
    expect(refusal(' '.repeat(MAX_RECOVERY_FILE_BYTES))!.check).toBe('form');
  });
});

/** A refusal's words, in English. */
const english = (r: ShareCheck): string => (r.ok ? '' : sayEnglish(r.message));

describe('the password and the sealed share', () => {
  it('reads the password as the kit does: Go’s TrimSpace, at least 8 bytes', () => {
    expect(kitPassword('\u0085 pw \t\n')).toBe('pw');
    expect(kitPassword('\ufeffpw')).toBe('\ufeffpw');
    expect(checkShare(group(0, '12345678'), '12345678')).toEqual({ ok: true });
    const short = checkShare(group(0, '1234567'), ' 1234567 ');
    expect(short).toMatchObject({ ok: false, check: 'password' });
    expect(english(short)).toMatch(/^The password is shorter than 8 characters/);
    expect(checkShare(group(0, 'a good password'), '\u0085a good password\u0085')).toEqual({ ok: true });
    expect(checkShare(group(0, 'a good password'), '\ufeffa good password')).toMatchObject({
      check: 'password',
    });
  });

  it('refuses a key derivation Cobo does not use', () => {
    const g = group();
    const other = { ...g, share_info: { ...g.share_info, kdf: { ...g.share_info.kdf, hash_type: 4 } } };
    const refused = checkShare(other, 'a good password');
    expect(refused).toMatchObject({ ok: false, check: 'kdf' });
    expect(english(refused)).toMatch(/hash number 4, which Cobo’s files do not use/);
  });

  it('refuses what is not a key share: not JSON, no share in it, zero, the order or more, too long', () => {
    const refused = (g: RecoveryGroup) => checkShare(g, 'a good password');
    const plain = (s: bigint, length = 32) => Buffer.from(numberToBytesBE(s, length));
    for (const g of [
      sealing(Buffer.from('not json')),
      sealing(Buffer.from('{"other":"x"}')),
      sealing(Buffer.from('{"encrypted_share":"***"}')),
      sealing(wrap(plain(0n))),
      sealing(wrap(plain(n))),
      sealing(wrap(plain(1n, 65))),
      sealing(plain(0n), 'a good password', 1),
    ])
      expect(refused(g)).toMatchObject({ ok: false, check: 'plaintext' });
    // The same shapes with the right share pass: version 2 wrapped, version 1 raw.
    expect(refused(sealing(wrap(plain(shares[0]!))))).toEqual({ ok: true });
    expect(refused(sealing(plain(shares[0]!), 'a good password', 1))).toEqual({ ok: true });
    expect(refused(sealing(wrap(plain(shares[0]! + 1n))))).toMatchObject({ check: 'share-public-key' });
  });
});

describe('a file’s own consistency', () => {
  const edit = (f: (g: RecoveryGroup) => RecoveryGroup) => ({
    name: 'f.json',
    text: JSON.stringify(f(group())),
  });
  const check = async (file: { name: string; text: string }) =>
    (await checkFile(file, [], { expectedRoot: root, password: () => 'a good password' })).outcome.failed;
  const info = (g: RecoveryGroup, over: Partial<RecoveryGroup['group_info']>) => ({
    ...g,
    group_info: { ...g.group_info, ...over },
  });

  it('names each inconsistency inside one file', async () => {
    const p = group().group_info.participants;
    const cases: Array<[(g: RecoveryGroup) => RecoveryGroup, string]> = [
      [(g) => info(g, { threshold: 4 }), 'its threshold is larger than its number of participants'],
      [
        (g) => info(g, { participants: [p[0]!, { ...p[1]!, node_id: 'n0' }, p[2]!] }),
        'two participants have the same node_id',
      ],
      [
        (g) => info(g, { participants: [p[0]!, { ...p[1]!, share_id: p[0]!.share_id }, p[2]!] }),
        'two participants have the same share_id',
      ],
      [
        (g) =>
          info(g, { participants: [p[0]!, { ...p[1]!, share_public_key: p[0]!.share_public_key }, p[2]!] }),
        'two participants have the same share_public_key',
      ],
      [(g) => info(g, { participants: [p[1]!, p[2]!] }), 'its share belongs to no participant'],
      [
        (g) => info(g, { participants: [{ ...p[0]!, share_id: '99' }, p[1]!, p[2]!] }),
        'its share does not match its participant entry',
      ],
      [
        (g) =>
          info(g, {
            participants: [
              { ...p[0]!, share_public_key: p[2]!.share_public_key.replace('0x', '0X') },
              p[1]!,
              p[2]!,
            ],
          }),
        'its share does not match its participant entry',
      ],
    ];
    for (const [change, why] of cases) {
      const failed = await check(edit(change));
      expect(failed, why).toEqual({
        check: 'participants',
        message: `The file is not consistent: ${why}. It may be edited: ask the holder to export it again.`,
        said: {
          key: 'checks.drill.inconsistent',
          values: {
            problem: expect.objectContaining({ key: expect.stringMatching(/^checks\.kit\.problem\./) }),
          },
        },
      });
      // Said in Chinese too, the field's name aside.
      const chinese = say(zh, failed!.said!);
      expect(chinese, why).toMatch(/^该文件前后不一致：其?[\u4e00-\u9fff]/);
      expect(chinese?.replace(/node_id|share_id|share_public_key/, ''), why).not.toMatch(/[A-Za-z]/);
    }
    expect(await check(edit((g) => g))).toBeNull();
  });

  it('tells a file of the same group with other participants, and another holder’s share under the same node', async () => {
    const first = (
      await checkFile({ name: 'a', text: JSON.stringify(group(0)) }, [], {
        expectedRoot: root,
        password: () => 'a good password',
      })
    ).group!;
    const other = group(1);
    const moved = {
      ...other,
      group_info: {
        ...other.group_info,
        participants: other.group_info.participants
          .slice(0, 2)
          .concat([{ ...other.group_info.participants[2]!, node_id: 'n9' }]),
      },
    };
    const r1 = await checkFile({ name: 'b', text: JSON.stringify(moved) }, [first], {
      expectedRoot: root,
      password: () => 'a good password',
    });
    expect(r1.outcome.failed).toMatchObject({
      check: 'same-key',
      message:
        'This file does not belong with the others: its participants differ from the first file’s: it belongs to another key.',
    });
    expect(say(zh, r1.outcome.failed!.said!)).toBe(
      '该文件与其他文件不属于同一私钥：其参与方与第一个文件的不同：它属于另一个私钥。',
    );
    const sameShareId = {
      ...other,
      share_info: { ...other.share_info, share_id: first.share_info.share_id },
    };
    const r2 = await checkFile({ name: 'c', text: JSON.stringify(sameShareId) }, [first], {
      expectedRoot: root,
      password: () => 'a good password',
    });
    expect(r2.outcome.failed?.check).not.toBeUndefined();
    // Another key's file, and the same holder's file twice: their English as it always was, and Chinese.
    const otherKey = { ...other, group_info: { ...other.group_info, threshold: 3 } };
    const r3 = await checkFile({ name: 'd', text: JSON.stringify(otherKey) }, [first], {
      expectedRoot: root,
      password: () => 'a good password',
    });
    expect(r3.outcome.failed?.message).toBe(
      "This file does not belong with the others: its threshold differs from the first file's: it belongs to another key.",
    );
    expect(say(zh, r3.outcome.failed!.said!)).toBe(
      '该文件与其他文件不属于同一私钥：其 threshold 与第一个文件的不同：它属于另一个私钥。',
    );
    const again = await checkFile({ name: 'e', text: JSON.stringify(group(0)) }, [first], {
      expectedRoot: root,
      password: () => 'a good password',
    });
    expect(again.outcome.failed?.message).toBe(
      'This file does not belong with the others: it holds the same share as an earlier file (node n0): each holder brings their own.',
    );
    expect(say(zh, again.outcome.failed!.said!)).toBe(
      '该文件与其他文件不属于同一私钥：它与之前的某个文件持有同一私钥分片（节点 n0）：每位持有者应带来自己的文件。',
    );
  });
});

describe('root keys and interpolation bounds', () => {
  const codec = base58check(sha256);
  it('refuses an extended key of the wrong length, version or key byte, and writes only whole keys', () => {
    const bytes = codec.decode(root);
    expect(readExtendedKey('secp256k1', `  ${root}\n`)).toEqual({ point: pub(secret), chainCode });
    expect(readExtendedKey('secp256k1', codec.encode(bytes.subarray(0, 77)))).toBeNull();
    const xprv = Uint8Array.from(bytes);
    new DataView(xprv.buffer).setUint32(0, 0x0488ade4);
    expect(readExtendedKey('secp256k1', codec.encode(xprv))).toBeNull();
    const ed = codec.decode(writeExtendedKey('ed25519', { point: '44'.repeat(32), chainCode }));
    expect(readExtendedKey('ed25519', codec.encode(ed))).toEqual({ point: '44'.repeat(32), chainCode });
    const noZero = Uint8Array.from(ed);
    noZero[45] = 1;
    expect(readExtendedKey('ed25519', codec.encode(noZero))).toBeNull();
    expect(() => writeExtendedKey('secp256k1', { point: '02'.repeat(32), chainCode })).toThrow(
      /33-byte key and a 32-byte chain code/,
    );
    expect(() => writeExtendedKey('secp256k1', { point: pub(secret), chainCode: '33' })).toThrow(
      /33-byte key/,
    );
  });

  it('needs a threshold of shares, refuses equal x-coordinates, and checks every share beyond the threshold', () => {
    const pts = xs.map((x, i) => ({ x, point: pub(shares[i]!) }));
    expect(commonRoot('secp256k1', pts, 0)).toBeNull();
    expect(commonRoot('secp256k1', pts.slice(0, 1), 2)).toBeNull();
    expect(commonRoot('secp256k1', pts, 2)).toEqual({ root: pub(secret), onOnePolynomial: true });
    expect(commonRoot('secp256k1', [...pts, { x: 14n, point: pub(5n) }], 2)?.onOnePolynomial).toBe(false);
    expect(() => interpolateAtZero('secp256k1', [pts[0]!, pts[0]!])).toThrow(
      'two shares have the same x-coordinate',
    );
    // A share at x = 0 is the secret's own point, with coefficient 1 and the others 0.
    expect(interpolateAtZero('secp256k1', [{ x: 0n, point: pub(secret) }, pts[0]!])).toBe(pub(secret));
  });
});
