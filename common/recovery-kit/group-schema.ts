/**
 * The fields of Cobo's "TSS recovery group" file, as schemas only (the kit's Group, GroupInfo,
 * ShareInfo and KDF). Apart from file-format.ts, which reads a file and says what is wrong with it,
 * so the contract (and the preload that checks it) can use GroupInfo without a message catalogue.
 */
import { z } from 'zod';

/** Hex the kit accepts: `0x` or `0X`, an even number of digits. */
const hex0x = z
  .string()
  .regex(/^0[xX][0-9a-fA-F]+$/, 'must be hex starting with 0x')
  .refine((s) => s.length % 2 === 0, 'must have an even number of hex digits');

/** A share's x-coordinate: decimal digits, up to a 256-bit number and a little (the kit parses base 10). */
const shareId = z.string().regex(/^\+?[0-9]{1,80}$/, 'must be a whole number in decimal digits');

export const Participant = z.object({
  node_id: z.string().min(1, 'is empty'),
  share_id: shareId,
  share_public_key: hex0x,
});
export type Participant = z.infer<typeof Participant>;

/** Go's crypto.Hash numbers the kit's PBKDF2 is used with; the others are refused by name. */
export const KDF_HASHES = { 3: 'sha1', 5: 'sha256', 6: 'sha384', 7: 'sha512' } as const;

export const Kdf = z.object({
  length: z.union([z.literal(16), z.literal(24), z.literal(32)], { error: 'must be 16, 24 or 32 bytes' }),
  // The kit sets no upper bound; ours keeps a hostile file from holding the workstation for hours.
  iterations: z.number().int().min(1).max(10_000_000, 'is over 10,000,000: refused as unreasonable'),
  salt: hex0x,
  hash_type: z.number().int(),
  hash_name: z.string().optional(),
});

export const GroupInfo = z.object({
  id: z.string().min(1, 'is empty'),
  created_time: z.string().optional(),
  type: z.union([z.literal(1), z.literal(2)], { error: 'must be 1 (ECDSA-TSS) or 2 (EdDSA-TSS)' }),
  root_extended_public_key: z.string().min(1, 'is empty'),
  chaincode: hex0x,
  curve: z.enum(['secp256k1', 'ed25519'], { error: 'must be secp256k1 or ed25519' }),
  threshold: z.number().int().min(1),
  participants: z.array(Participant).min(1).max(1000),
});
export type GroupInfo = z.infer<typeof GroupInfo>;

export const ShareInfo = z.object({
  node_id: z.string().min(1, 'is empty'),
  share_id: shareId,
  share_public_key: hex0x,
  // Standard base64 with padding: nonce (12 bytes) ‖ AES-GCM ciphertext ‖ tag (16 bytes).
  encrypted_share: z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be standard base64')
    .refine((s) => s.length % 4 === 0, 'must be standard base64, padded')
    .refine((s) => s.length >= 40, 'is too short to hold a nonce, a share and a tag'),
  kdf: Kdf,
});

export const RecoveryGroup = z.object({
  version: z.number().int().min(1).max(3, 'is newer than this app knows (1 to 3)'),
  group_info: GroupInfo,
  share_info: ShareInfo,
});
export type RecoveryGroup = z.infer<typeof RecoveryGroup>;
