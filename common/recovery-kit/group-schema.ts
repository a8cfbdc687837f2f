/**
 * The fields of Cobo's "TSS recovery group" file, as schemas only (the kit's Group, GroupInfo,
 * ShareInfo and KDF). Apart from file-format.ts, which reads a file and says what is wrong with it,
 * so the contract (and the preload that checks it) can use GroupInfo without a message catalogue.
 *
 * Each of our own words on a field is a refinement that names them by message key too (issue #32):
 * the English message stays as it was, for the logs and the command line; the page says the key.
 */
import { z } from 'zod';
import { saidParams } from '../describe-issues';
import type { MessageKey } from '../i18n/translate';

/** A refinement's words: the English message, and the same by key (common/describe-issues.ts). */
const words = (error: string, said: MessageKey) => ({ error, params: saidParams(said) });

const HEX = /^0[xX][0-9a-fA-F]+$/;

/** Hex the kit accepts: `0x` or `0X`, an even number of digits. */
const hex0x = z
  .string()
  .refine((s) => HEX.test(s), words('must be hex starting with 0x', 'boundary.recoveryFile.hex'))
  .refine(
    (s) => s.length % 2 === 0,
    words('must have an even number of hex digits', 'boundary.recoveryFile.hexEven'),
  );

/** A share's x-coordinate: decimal digits, up to a 256-bit number and a little (the kit parses base 10). */
const shareId = z
  .string()
  .refine(
    (s) => /^\+?[0-9]{1,80}$/.test(s),
    words('must be a whole number in decimal digits', 'boundary.recoveryFile.shareId'),
  );

/** Text that must say something. */
const filled = () => z.string().refine((s) => s.length > 0, words('is empty', 'boundary.recoveryFile.empty'));

/** One of a few values, refused with our words whatever else it is. */
const oneOf = <const T extends readonly (string | number)[]>(values: T, error: string, said: MessageKey) =>
  z.custom<T[number]>((v) => values.includes(v as T[number]), words(error, said));

export const Participant = z.object({
  node_id: filled(),
  share_id: shareId,
  share_public_key: hex0x,
});
export type Participant = z.infer<typeof Participant>;

/** Go's crypto.Hash numbers the kit's PBKDF2 is used with; the others are refused by name. */
export const KDF_HASHES = { 3: 'sha1', 5: 'sha256', 6: 'sha384', 7: 'sha512' } as const;

export const Kdf = z.object({
  length: oneOf([16, 24, 32], 'must be 16, 24 or 32 bytes', 'boundary.recoveryFile.kdfLength'),
  // The kit sets no upper bound; ours keeps a hostile file from holding the workstation for hours.
  iterations: z
    .number()
    .int()
    .min(1)
    .refine(
      (n) => n <= 10_000_000,
      words('is over 10,000,000: refused as unreasonable', 'boundary.recoveryFile.iterations'),
    ),
  salt: hex0x,
  hash_type: z.number().int(),
  hash_name: z.string().optional(),
});

export const GroupInfo = z.object({
  id: filled(),
  created_time: z.string().optional(),
  type: oneOf([1, 2], 'must be 1 (ECDSA-TSS) or 2 (EdDSA-TSS)', 'boundary.recoveryFile.groupType'),
  root_extended_public_key: filled(),
  chaincode: hex0x,
  curve: oneOf(['secp256k1', 'ed25519'], 'must be secp256k1 or ed25519', 'boundary.recoveryFile.curve'),
  threshold: z.number().int().min(1),
  participants: z.array(Participant).min(1).max(1000),
});
export type GroupInfo = z.infer<typeof GroupInfo>;

export const ShareInfo = z.object({
  node_id: filled(),
  share_id: shareId,
  share_public_key: hex0x,
  // Standard base64 with padding: nonce (12 bytes) ‖ AES-GCM ciphertext ‖ tag (16 bytes).
  encrypted_share: z
    .string()
    .refine(
      (s) => /^[A-Za-z0-9+/]+={0,2}$/.test(s),
      words('must be standard base64', 'boundary.recoveryFile.base64'),
    )
    .refine(
      (s) => s.length % 4 === 0,
      words('must be standard base64, padded', 'boundary.recoveryFile.base64Padded'),
    )
    .refine(
      (s) => s.length >= 40,
      words('is too short to hold a nonce, a share and a tag', 'boundary.recoveryFile.tooShort'),
    ),
  kdf: Kdf,
});

export const RecoveryGroup = z.object({
  version: z
    .number()
    .int()
    .min(1)
    .refine(
      (n) => n <= 3,
      words('is newer than this app knows (1 to 3)', 'boundary.recoveryFile.versionNewer'),
    ),
  group_info: GroupInfo,
  share_info: ShareInfo,
});
export type RecoveryGroup = z.infer<typeof RecoveryGroup>;
