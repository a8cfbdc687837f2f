/**
 * Root extended public keys as Cobo shows them: BIP32 serialisation (mainnet "xpub" version bytes,
 * depth 0, no parent, child 0), Base58Check-encoded. For SECP256K1 the key is the 33-byte compressed
 * point, as BIP32 defines. For ED25519 Cobo documents no layout of its own; we use the same one with
 * the 32-byte Ed25519 point behind a 0x00 byte (the SLIP-10 convention), and say so wherever it shows.
 */
import { base58check } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import type { Curve } from './schemas';

const XPUB_VERSION = 0x0488b21e;
const codec = base58check(sha256);

export interface RootKey {
  readonly chainCode: string; // 32 bytes, hex
  readonly publicKey: string; // 33 bytes (SECP256K1) or 32 bytes (ED25519), hex
}

export function encodeRootKey(curve: Curve, key: RootKey): string {
  const chain = hexToBytes(key.chainCode);
  const point = hexToBytes(key.publicKey);
  if (chain.length !== 32) throw new Error('chain code must be 32 bytes');
  const keyData = curve === 'ED25519' ? new Uint8Array([0, ...point]) : point;
  if (keyData.length !== 33) throw new Error(`${curve} public key has the wrong length`);
  const out = new Uint8Array(78);
  new DataView(out.buffer).setUint32(0, XPUB_VERSION);
  out.set(chain, 13);
  out.set(keyData, 45);
  return codec.encode(out);
}

/** Decodes an extended public key; throws a plain Error when it is not one. */
export function decodeRootKey(curve: Curve, xpub: string): RootKey & { depth: number } {
  const bytes = codec.decode(xpub);
  if (bytes.length !== 78) throw new Error('an extended public key is 78 bytes');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0) !== XPUB_VERSION) throw new Error('not an xpub');
  const keyData = bytes.subarray(45);
  if (curve === 'ED25519' && keyData[0] !== 0) throw new Error('an ED25519 key starts with 0x00');
  return {
    depth: bytes[4] ?? 0,
    chainCode: bytesToHex(bytes.subarray(13, 45)),
    publicKey: bytesToHex(curve === 'ED25519' ? keyData.subarray(1) : keyData),
  };
}
