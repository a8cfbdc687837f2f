/**
 * Root extended public keys as recovery files and Cobo write them: 78 bytes in Base58Check, depth 0,
 * no parent, child 0, the chain code, then the 33-byte key. SECP256K1 uses BIP32's `xpub` version and
 * the compressed point; Cobo's ED25519 keys use its own `cpub` version (0x02E8DE90) and 0x00 before the
 * 32-byte point. An ED25519 key written with the `xpub` version is read too: what is compared is the
 * point and the chain code, never the text.
 */
import { base58check } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';

export type KitCurve = 'secp256k1' | 'ed25519';

const VERSIONS = { xpub: 0x0488b21e, cpub: 0x02e8de90 } as const;
const codec = base58check(sha256);

export interface ExtendedKey {
  /** The key's point: 33-byte compressed (secp256k1) or 32-byte (ed25519), hex. */
  readonly point: string;
  readonly chainCode: string;
}

/** Reads an `xpub…` or `cpub…` root key of this curve; null when it is not one. */
export function readExtendedKey(curve: KitCurve, text: string): ExtendedKey | null {
  let bytes: Uint8Array;
  try {
    bytes = codec.decode(text.trim());
  } catch {
    return null;
  }
  if (bytes.length !== 78) return null;
  const version = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
  if (version !== VERSIONS.xpub && version !== VERSIONS.cpub) return null;
  if (curve === 'secp256k1' && version !== VERSIONS.xpub) return null;
  const key = bytes.subarray(45);
  if (curve === 'ed25519' && key[0] !== 0) return null;
  return {
    point: bytesToHex(curve === 'ed25519' ? key.subarray(1) : key),
    chainCode: bytesToHex(bytes.subarray(13, 45)),
  };
}

/** Writes a root key as Cobo's recovery files do: `xpub` for secp256k1, `cpub` for ed25519. */
export function writeExtendedKey(curve: KitCurve, key: ExtendedKey): string {
  const point = hexToBytes(key.point);
  const chain = hexToBytes(key.chainCode);
  const keyData = curve === 'ed25519' ? new Uint8Array([0, ...point]) : point;
  if (keyData.length !== 33 || chain.length !== 32)
    throw new Error('a root key is a 33-byte key and a 32-byte chain code');
  const out = new Uint8Array(78);
  new DataView(out.buffer).setUint32(0, curve === 'ed25519' ? VERSIONS.cpub : VERSIONS.xpub);
  out.set(chain, 13);
  out.set(keyData, 45);
  return codec.encode(out);
}
