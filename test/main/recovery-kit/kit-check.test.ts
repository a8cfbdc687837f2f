// @vitest-environment node
/**
 * The recovery drill's checks over real files (issue #30): Cobo-format files open with their
 * passwords, their shares match their public keys, and a threshold of them proves the recorded root;
 * every bad file is named with what failed and what to do, and nothing is proven by a file that lies.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex, numberToBytesBE } from '@noble/curves/utils.js';
import { writeExtendedKey } from '../../../common/recovery-kit/extended-key';
import { checkKit, type KitFile } from '../../../main/recovery-kit/kit-check';
import { recoveryGroup } from '../../../main/sandbox/recovery-files';

const FIXTURES = path.join(__dirname, '../../fixtures/recovery-kit');
const fixture = (name: string): KitFile => ({ name, text: readFileSync(path.join(FIXTURES, name), 'utf8') });
const PASSWORDS: Record<string, string> = {
  'example-ecdsa-v2-node1.json': 'password-node-1',
  'example-ecdsa-v1-node1.json': 'password-node-1',
  'example-ecdsa-v2-node2.json': 'password-node-2',
  'example-eddsa-v3-node1.json': 'password-eddsa-1',
  'example-eddsa-v3-node2.json': 'password-eddsa-2',
  'example-eddsa-v3-node3.json': 'password-eddsa-3',
};
const ECDSA_ROOT =
  'xpub661MyMwAqRbcFQ4mCWzNg23YwPthwGwBvqQoS7K9HBP1QNamgwKYerMLqwiv5DpLq33cjCAM5N2HQZPSrtKoGAV2h8Z8SidkCCTxaYd1UEf';
const EDDSA_ROOT =
  'cpubGCmTMqXYTnzkbj4boYV9RcocrSYG1bSr8QuiRnEdhspzhvURRoBwV4iU7TnBKRRbmgHSAymckcRckZoNSR8SRK13n5ztB3pneN4xJSePBvG';

const check = (files: KitFile[], expectedRoot: string | null, passwords = PASSWORDS) =>
  checkKit(files, { expectedRoot, password: async (f) => passwords[f] ?? 'not-the-password' });

/** A 2-of-3 secp256k1 key made here, each holder's file written by the sandbox's Cobo-side writer. */
function madeKey(over: { tamperShare?: number; strayPoint?: boolean } = {}) {
  const n = secp256k1.Point.Fn.ORDER;
  const secret = 0x1234567890abcdefn;
  const a1 = 0xfeedbeefn;
  const xs = [2n ** 255n + 11n, 2n ** 255n + 12n, 2n ** 255n + 13n];
  const shares = xs.map((x) => (secret + a1 * x) % n);
  const pub = (k: bigint) => bytesToHex(secp256k1.Point.BASE.multiply(k).toBytes(true));
  const chainCode = '11'.repeat(32);
  const participants = xs.map((x, i) => ({
    nodeId: `node-${i + 1}`,
    shareId: x,
    sharePublicKey: over.strayPoint && i === 2 ? pub(777n) : pub(shares[i]!),
  }));
  const root = writeExtendedKey('secp256k1', { point: pub(secret), chainCode });
  const file = (i: number, version: 1 | 2 | 3 = 2): KitFile => ({
    name: `holder-${i + 1}.json`,
    text: JSON.stringify(
      recoveryGroup({
        version,
        groupId: 'made-group',
        createdTime: '2026-12-01T00:00:00Z',
        curve: 'secp256k1',
        rootExtendedPublicKey: root,
        chainCode,
        threshold: 2,
        participants,
        holder: {
          nodeId: `node-${i + 1}`,
          share: numberToBytesBE(over.tamperShare === i ? shares[i]! + 1n : shares[i]!, 32),
        },
        password: `holder ${i + 1} password`,
        iterations: 1_000,
      }),
    ),
  });
  const passwords = Object.fromEntries(
    [0, 1, 2].map((i) => [`holder-${i + 1}.json`, `holder ${i + 1} password`]),
  );
  return { root, file, passwords };
}

describe('recovery files that would rebuild the key', () => {
  it('proves 2 of 2 ECDSA shares (version 2, two file forms) against the recorded root', async () => {
    const verdict = await check(
      [fixture('example-ecdsa-v2-node1.json'), fixture('example-ecdsa-v2-node2.json')],
      ECDSA_ROOT,
    );
    expect(verdict).toMatchObject({ outcome: 'proven', proven: 2, threshold: 2, curve: 'secp256k1' });
    expect(verdict.summary).toBe('2 of 2 shares proven; the root matches the vault’s recorded root key.');
    expect(verdict.files.map((f) => f.passed)).toEqual([
      ['form', 'same-key', 'share'],
      ['form', 'same-key', 'share'],
    ]);
    expect(verdict.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads version 1 beside version 2, and ED25519 (version 3, cpub) 2 of 3', async () => {
    expect(
      (
        await check(
          [fixture('example-ecdsa-v1-node1.json'), fixture('example-ecdsa-v2-node2.json')],
          ECDSA_ROOT,
        )
      ).outcome,
    ).toBe('proven');
    const eddsa = await check(
      [fixture('example-eddsa-v3-node1.json'), fixture('example-eddsa-v3-node3.json')],
      EDDSA_ROOT,
    );
    expect(eddsa).toMatchObject({ outcome: 'proven', proven: 2, participants: 3, curve: 'ed25519' });
    expect(eddsa.summary).toMatch(/^2 of 3 shares proven; the root matches/);
  });

  it('proves Cobo-format files built from the kit’s own vectors (reconstruct_test.go) against d·G', async () => {
    // The kit's 2-of-2 sharing: ids and shares as its test writes them (hex), its secret d.
    const ids = [
      0xc5218a708d35aa726bc5c4cf3712a2036c2245a0e996d201e4e661ab598bdf36n,
      0xc5218a708d35aa726bc5c4cf3712a2036c2245a0e996d201e4e661ab598bdf37n,
    ];
    const shares = [
      0x2e67c995c3b8aa49d02ffe13ad32926253f4b9b0e1bca458eccf82ba69dd9029n,
      0xc15f0e0d4689a34c6a36859fc2cda818265da481f2ba592fd506991300541577n,
    ];
    const d = 0xca82cd1cee09478cfd275fd427b5abacdfe9a0f7c6c4c96edf003d3b42ff027fn;
    const pub = (k: bigint) => bytesToHex(secp256k1.Point.BASE.multiply(k).toBytes(true));
    const chainCode = '7341985dca4b24e32afacbe8047529d2cbfa9de2abdd91b3f9cc346f52885a90';
    const root = writeExtendedKey('secp256k1', { point: pub(d), chainCode });
    const files = [0, 1].map((i) => ({
      name: `kit-${i}.json`,
      text: JSON.stringify({
        recovery_groups: [
          recoveryGroup({
            version: 2,
            groupId: 'kit-vector-group',
            createdTime: '2023-05-26T00:00:00Z',
            curve: 'secp256k1',
            rootExtendedPublicKey: root,
            chainCode,
            threshold: 2,
            participants: ids.map((x, k) => ({
              nodeId: `kit-node-${k}`,
              shareId: x,
              sharePublicKey: pub(shares[k]!),
            })),
            holder: { nodeId: `kit-node-${i}`, share: numberToBytesBE(shares[i]!, 32) },
            password: `kit password ${i}`,
            iterations: 1_000,
          }),
        ],
      }),
    }));
    const verdict = await checkKit(files, {
      expectedRoot: root,
      password: async (f) => `kit password ${f.slice(4, 5)}`,
    });
    expect(verdict).toMatchObject({ outcome: 'proven', proven: 2, groupId: 'kit-vector-group' });
  });

  it('proves files the sandbox writes in Cobo’s format, with 256-bit share IDs, in every version', async () => {
    const key = madeKey();
    for (const version of [1, 2, 3] as const)
      expect((await check([key.file(0, version), key.file(2)], key.root, key.passwords)).outcome).toBe(
        'proven',
      );
  });

  it('says what is not proven: fewer files than the threshold, or no recorded root to compare', async () => {
    const one = await check([fixture('example-eddsa-v3-node2.json')], EDDSA_ROOT);
    expect(one.outcome).toBe('too-few');
    expect(one.summary).toMatch(/fewer than the threshold of 2/);
    const unanchored = await check(
      [fixture('example-eddsa-v3-node1.json'), fixture('example-eddsa-v3-node2.json')],
      null,
    );
    expect(unanchored.outcome).toBe('unanchored');
  });
});

describe('bad recovery files, each named with what to do', () => {
  const failedCheck = async (files: KitFile[], root: string | null = ECDSA_ROOT, passwords = PASSWORDS) => {
    const verdict = await check(files, root, passwords);
    expect(verdict.outcome).toBe('failed');
    return verdict;
  };

  it('a wrong password', async () => {
    const v = await failedCheck([fixture('example-ecdsa-v2-node1.json')], ECDSA_ROOT, {});
    expect(v.files[0]!.failed).toMatchObject({ check: 'password' });
    expect(v.files[0]!.failed!.message).toMatch(/The password does not open this file/);
    // Typed with spaces around it, the password is read as the kit reads it.
    const spaced = await check([fixture('example-ecdsa-v2-node1.json')], ECDSA_ROOT, {
      'example-ecdsa-v2-node1.json': '  password-node-1\n',
    });
    expect(spaced.files[0]!.failed).toBeNull();
  });

  it('a truncated file, and an edited one', async () => {
    const whole = fixture('example-ecdsa-v2-node1.json');
    const truncated = await failedCheck([{ ...whole, text: whole.text.slice(0, 300) }]);
    expect(truncated.files[0]!.failed).toMatchObject({ check: 'form' });
    expect(truncated.files[0]!.failed!.message).toMatch(/not JSON: it may be truncated/);
    // One character of the sealed share changed: it no longer opens.
    const group = JSON.parse(whole.text) as {
      recovery_groups: [{ share_info: { encrypted_share: string } }];
    };
    const sealed = group.recovery_groups[0].share_info.encrypted_share;
    group.recovery_groups[0].share_info.encrypted_share = (sealed[0] === 'A' ? 'B' : 'A') + sealed.slice(1);
    const edited = await failedCheck([{ ...whole, text: JSON.stringify(group) }]);
    expect(edited.files[0]!.failed).toMatchObject({ check: 'password' });
  });

  it('an unknown version, and a file over the size limit', async () => {
    const whole = fixture('example-eddsa-v3-node1.json');
    const v4 = await failedCheck(
      [{ ...whole, text: whole.text.replace('"version": 3', '"version": 4') }],
      EDDSA_ROOT,
    );
    expect(v4.files[0]!.failed).toMatchObject({ check: 'version' });
    expect(v4.files[0]!.failed!.message).toMatch(/version is newer than this app knows/);
    const big = await failedCheck([{ name: 'big.json', text: ' '.repeat(1024 * 1024 + 1) }]);
    expect(big.files[0]!.failed).toMatchObject({ check: 'size' });
  });

  it('a file of another key, and the same holder’s file twice', async () => {
    const other = await failedCheck([
      fixture('example-ecdsa-v2-node1.json'),
      fixture('example-eddsa-v3-node2.json'),
    ]);
    expect(other.files[1]!.failed).toMatchObject({ check: 'group' });
    expect(other.files[1]!.failed!.message).toMatch(/holds no recovery group example-ecdsa-group-0001/);
    const key = madeKey();
    const another = madeKey(); // the same shape, another root: the files name the same group ID
    const mixed = await failedCheck(
      [key.file(0), { ...another.file(1), text: another.file(1).text.replace(another.root, 'x') }],
      key.root,
      key.passwords,
    );
    expect(mixed.files[1]!.failed).toMatchObject({ check: 'same-key' });
    const twice = await failedCheck([
      fixture('example-ecdsa-v2-node1.json'),
      fixture('example-ecdsa-v1-node1.json'),
    ]);
    expect(twice.files[1]!.failed!.message).toMatch(
      /holds the same share as an earlier file \(node node-ecdsa-1\)/,
    );
  });

  it('a share that does not match its public key', async () => {
    const key = madeKey({ tamperShare: 1 });
    const v = await failedCheck([key.file(0), key.file(1)], key.root, key.passwords);
    expect(v.files[1]!.failed).toMatchObject({ check: 'share-public-key' });
    expect(v.proven).toBe(1);
  });

  it('share public keys not on one polynomial, and a root that differs from the record', async () => {
    const stray = madeKey({ strayPoint: true });
    const v = await failedCheck([stray.file(0), stray.file(1)], stray.root, stray.passwords);
    expect(v.summary).toMatch(/do not lie on one polynomial/);
    const key = madeKey();
    const wrongRoot = await failedCheck([key.file(0), key.file(1)], ECDSA_ROOT, key.passwords);
    expect(wrongRoot.summary).toMatch(/not the vault’s recorded root key/);
    // A root the files claim that their shares do not give.
    const claimed = key.file(0);
    const lying = await failedCheck(
      [claimed, key.file(1)].map((f) => ({ ...f, text: f.text.replaceAll(key.root, ECDSA_ROOT) })),
      null,
      key.passwords,
    );
    expect(lying.summary).toMatch(/root key the files declare is not the one their share public keys give/);
  });
});

describe('secrets', () => {
  it('are never in a verdict: no share, no password', async () => {
    const verdict = JSON.stringify(
      await check(
        [fixture('example-eddsa-v3-node1.json'), fixture('example-eddsa-v3-node2.json')],
        EDDSA_ROOT,
      ),
    );
    expect(verdict).not.toContain('password-eddsa');
    // node 1's share, from the fixtures' README source.
    expect(verdict).not.toContain('085ee81ed728837295dd0f638457d0090e03a246ce2e5015c3ac6e9ec5ecad6e');
  });
});
