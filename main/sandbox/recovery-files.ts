/**
 * Recovery files as Cobo's side writes them (a TSS Node's `export-share`, a Cobo Guard backup): one
 * "TSS recovery group" per key and curve, the holder's share encrypted with the password they chose
 * (PBKDF2-HMAC-SHA256, then AES-256-GCM: nonce ‖ ciphertext ‖ tag in base64), version 2 and 3 wrapping
 * the share in `{"encrypted_share": "<base64>"}`, version 1 holding it raw. The sandbox uses this to
 * let a team rehearse the recovery drill; the tests use it to build files from the kit's vectors.
 */
import { createCipheriv, pbkdf2Sync, randomBytes, type CipherGCM } from 'node:crypto';
import { Buffer } from 'node:buffer';
import type { KitCurve } from '../../common/recovery-kit/extended-key';

export interface RecoveryGroupInput {
  readonly version: 1 | 2 | 3;
  readonly groupId: string;
  readonly createdTime: string;
  readonly curve: KitCurve;
  /** As Cobo writes it: `xpub…` (secp256k1) or `cpub…` (ed25519). */
  readonly rootExtendedPublicKey: string;
  /** 32 bytes, hex without 0x. */
  readonly chainCode: string;
  readonly threshold: number;
  /** Every participant: its node, its x-coordinate, its share public key (hex without 0x). */
  readonly participants: ReadonlyArray<{ nodeId: string; shareId: bigint; sharePublicKey: string }>;
  /** The holder whose file this is, and their share (big-endian, 32 bytes). */
  readonly holder: { nodeId: string; share: Uint8Array };
  readonly password: string;
  /** PBKDF2 iterations; Cobo does not publish its own count. */
  readonly iterations?: number;
}

export function recoveryGroup(input: RecoveryGroupInput) {
  const own = input.participants.find((p) => p.nodeId === input.holder.nodeId);
  if (!own) throw new Error('the holder is not a participant');
  const salt = randomBytes(32);
  const iterations = input.iterations ?? 100_000;
  const key = pbkdf2Sync(Buffer.from(input.password, 'utf8'), salt, iterations, 32, 'sha256');
  const plaintext =
    input.version >= 2
      ? Buffer.from(JSON.stringify({ encrypted_share: Buffer.from(input.holder.share).toString('base64') }))
      : Buffer.from(input.holder.share);
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce) as CipherGCM;
  const sealed = Buffer.concat([nonce, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  key.fill(0);
  plaintext.fill(0);
  const participant = (p: RecoveryGroupInput['participants'][number]) => ({
    node_id: p.nodeId,
    share_id: p.shareId.toString(10),
    share_public_key: `0x${p.sharePublicKey}`,
  });
  return {
    version: input.version,
    group_info: {
      id: input.groupId,
      created_time: input.createdTime,
      type: input.curve === 'secp256k1' ? 1 : 2,
      root_extended_public_key: input.rootExtendedPublicKey,
      chaincode: `0x${input.chainCode}`,
      curve: input.curve,
      threshold: input.threshold,
      participants: input.participants.map(participant),
    },
    share_info: {
      ...participant(own),
      encrypted_share: sealed.toString('base64'),
      kdf: { length: 32, iterations, salt: `0x${salt.toString('hex')}`, hash_type: 5, hash_name: 'SHA-256' },
    },
  };
}
