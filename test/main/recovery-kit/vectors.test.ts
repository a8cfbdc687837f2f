// @vitest-environment node
/**
 * Cobo's recovery kit's own test vectors (CoboGlobal/cobo-mpc-recovery-kits, pkg/tss/reconstruct_test.go
 * and pkg/crypto/eddsa_ckd_nh_test.go) hold in our code: Lagrange in the exponent gives the root key the
 * kit's reconstruction gives, and root keys are written and read in Cobo's xpub and cpub layouts.
 */
import { describe, expect, it } from 'vitest';
import { ed25519 } from '@noble/curves/ed25519.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { readExtendedKey, writeExtendedKey } from '../../../common/recovery-kit/extended-key';
import { commonRoot, interpolateAtZero } from '../../../common/recovery-kit/interpolation';

// reconstruct_test.go: a 2-of-2 secp256k1 sharing (the kit writes the IDs in hex; files carry decimal).
const id1 = 0xc5218a708d35aa726bc5c4cf3712a2036c2245a0e996d201e4e661ab598bdf36n;
const id2 = 0xc5218a708d35aa726bc5c4cf3712a2036c2245a0e996d201e4e661ab598bdf37n;
const xi1 = 0x2e67c995c3b8aa49d02ffe13ad32926253f4b9b0e1bca458eccf82ba69dd9029n;
const xi2 = 0xc15f0e0d4689a34c6a36859fc2cda818265da481f2ba592fd506991300541577n;
const d = 0xca82cd1cee09478cfd275fd427b5abacdfe9a0f7c6c4c96edf003d3b42ff027fn;
const pub = (k: bigint) => bytesToHex(secp256k1.Point.BASE.multiply(k).toBytes(true));

// eddsa_ckd_nh_test.go, vector 1: the root key in Cobo's cpub layout.
const EDDSA = {
  privateKey: 0x0514cc3d8b25fb42a06c85a733c291895a27a336c32d8ef75329e7ab65d48386n,
  chainCode: '7341985dca4b24e32afacbe8047529d2cbfa9de2abdd91b3f9cc346f52885a90',
  publicKey: '9d7bd2363a0b0a03830311ed027c509ec7f3ccc1fe6bd94b9db0c96a9b3f3c26',
  cpub: 'cpubGCmTMqXYTnzkbj4boYV9RcocrSYG1bSr8QuiRnEdhspzhvURRoBwV4iU7TnBKRRbmgHSAymckcRckZoNSR8SRK13n5ztB3pneN4xJSePBvG',
};

describe('the recovery kit’s vectors', () => {
  it('interpolates the shares’ public keys to the public key of the kit’s reconstructed secret', () => {
    const shares = [
      { x: id1, point: pub(xi1) },
      { x: id2, point: pub(xi2) },
    ];
    expect(interpolateAtZero('secp256k1', shares)).toBe(pub(d));
    expect(commonRoot('secp256k1', shares, 2)).toEqual({ root: pub(d), onOnePolynomial: true });
    // One share's public key swapped for another point: the root is not the kit's.
    expect(interpolateAtZero('secp256k1', [shares[0]!, { x: id2, point: pub(xi2 + 1n) }])).not.toBe(pub(d));
  });

  it('reads and writes Cobo’s cpub layout: an ED25519 share is a raw scalar, its public key d·B', () => {
    // The kit's EdDSA keys are plain scalars: no hashing, no clamping.
    expect(bytesToHex(ed25519.Point.BASE.multiply(EDDSA.privateKey).toBytes())).toBe(EDDSA.publicKey);
    expect(readExtendedKey('ed25519', EDDSA.cpub)).toEqual({
      point: EDDSA.publicKey,
      chainCode: EDDSA.chainCode,
    });
    expect(writeExtendedKey('ed25519', { point: EDDSA.publicKey, chainCode: EDDSA.chainCode })).toBe(
      EDDSA.cpub,
    );
    // A cpub is not a secp256k1 key, and text that is not a key is none.
    expect(readExtendedKey('secp256k1', EDDSA.cpub)).toBeNull();
    expect(readExtendedKey('ed25519', EDDSA.cpub.slice(0, -1) + 'H')).toBeNull();
  });

  it('writes the secp256k1 root key as BIP32’s xpub (BIP32 test vector 1’s master key)', () => {
    // m of BIP32 test vector 1: chain code and key as BIP32 publishes them.
    const xpub =
      'xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8';
    const read = readExtendedKey('secp256k1', xpub);
    expect(read?.chainCode).toBe('873dff81c02f525623fd1fe5167eac3a55a049de3d314bb42ee227ffed37d508');
    expect(writeExtendedKey('secp256k1', read!)).toBe(xpub);
  });
});
