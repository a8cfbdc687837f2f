// @vitest-environment node
import { HDKey } from '@scure/bip32';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { decodeRootKey, encodeRootKey } from '../../../main/cobo/root-keys';
import {
  deal,
  distributedKeyGen,
  interpolatePublic,
  pointToHex,
  publicShare,
  reconstructSecret,
  reshare,
  SUPPORTED_CURVES,
  verifyShare,
} from '../../../main/sandbox/threshold';

const pick = <K, V>(m: Map<K, V>, keys: K[]) => new Map(keys.map((k) => [k, m.get(k)!]));

describe.each(SUPPORTED_CURVES)('threshold key material on %s', (curve) => {
  const secret = 0x1234567890abcdef1234567890abcdefn;

  it('reconstructs the secret from any t shares, and not from t-1', () => {
    const { shares, commitments } = deal(curve, secret, 2, [1, 2, 3]);
    for (const subset of [
      [1, 2],
      [1, 3],
      [2, 3],
      [1, 2, 3],
    ])
      expect(reconstructSecret(curve, pick(shares, subset))).toBe(secret);
    for (const single of [[1], [2], [3]])
      expect(reconstructSecret(curve, pick(shares, single))).not.toBe(secret);
    expect(pointToHex(commitments[0]!)).toBe(pointToHex(publicShare(curve, secret)));
  });

  it('detects a tampered share with the Feldman commitments', () => {
    const { shares, commitments } = deal(curve, secret, 3, [1, 2, 3]);
    for (const [i, s] of shares) {
      expect(verifyShare(curve, i, s, commitments)).toBe(true);
      expect(verifyShare(curve, i, s + 1n, commitments)).toBe(false);
      expect(verifyShare(curve, i === 3 ? 1 : i + 1, s, commitments)).toBe(false);
    }
  });

  it('generates a key in a distributed way whose public key matches the shares', () => {
    const keys = distributedKeyGen(curve, 2, 3);
    const s = reconstructSecret(curve, pick(keys.shares, [1, 3]));
    expect(pointToHex(publicShare(curve, s))).toBe(pointToHex(keys.publicKey));
    const publics = new Map([...keys.shares].map(([i, v]) => [i, publicShare(curve, v)]));
    expect(pointToHex(interpolatePublic(curve, pick(publics, [2, 3])))).toBe(pointToHex(keys.publicKey));
  });

  it.each([
    [2, 3, 2, 2],
    [2, 3, 2, 3],
    [3, 3, 2, 3],
    [2, 2, 3, 3],
  ])('reshares %i-of-%i into %i-of-%i keeping the root key and the secret', (t, n, newT, newN) => {
    const keys = distributedKeyGen(curve, t, n);
    const source = pick(
      keys.shares,
      Array.from({ length: t }, (_, k) => k + 1),
    );
    const next = reshare(curve, source, newT, newN);
    expect(pointToHex(next.publicKey)).toBe(pointToHex(keys.publicKey));
    const oldSecret = reconstructSecret(curve, keys.shares);
    expect(
      reconstructSecret(
        curve,
        pick(
          next.shares,
          Array.from({ length: newT }, (_, k) => k + 1),
        ),
      ),
    ).toBe(oldSecret);
    if (newT > 1) expect(reconstructSecret(curve, pick(next.shares, [1]))).not.toBe(oldSecret);
    // Old and new shares differ: the lost holder's old share is useless with the new group.
    expect([...next.shares.values()]).not.toEqual([...keys.shares.values()].slice(0, newN));
  });
});

describe('root extended public keys', () => {
  it('encodes SECP256K1 root keys as BIP32 xpubs an independent library reads back', () => {
    const keys = distributedKeyGen('SECP256K1', 2, 3);
    const chainCode = bytesToHex(crypto.getRandomValues(new Uint8Array(32)));
    const xpub = encodeRootKey('SECP256K1', { chainCode, publicKey: pointToHex(keys.publicKey) });
    expect(xpub).toMatch(/^xpub/);
    const hd = HDKey.fromExtendedKey(xpub);
    expect(bytesToHex(hd.publicKey!)).toBe(pointToHex(keys.publicKey));
    expect(bytesToHex(hd.chainCode!)).toBe(chainCode);
    expect(hd.depth).toBe(0);
    expect(decodeRootKey('SECP256K1', xpub)).toMatchObject({
      chainCode,
      publicKey: pointToHex(keys.publicKey),
      depth: 0,
    });
  });

  it('round-trips ED25519 root keys and refuses a damaged one', () => {
    const keys = distributedKeyGen('ED25519', 2, 2);
    const root = { chainCode: 'ab'.repeat(32), publicKey: pointToHex(keys.publicKey) };
    const xpub = encodeRootKey('ED25519', root);
    expect(decodeRootKey('ED25519', xpub)).toMatchObject(root);
    const damaged = xpub.slice(0, 20) + (xpub[20] === 'A' ? 'B' : 'A') + xpub.slice(21);
    expect(() => decodeRootKey('ED25519', damaged)).toThrow();
  });
});
