/**
 * One holder's share, checked and forgotten: the password opens the file's share (PBKDF2, then
 * AES-GCM, as Cobo's recovery kit does), the share's public key is computed and compared with the one
 * the file declares, and every byte of the key, the plaintext and the share is overwritten before this
 * returns. Never more than one share is open at a time; nothing here keeps, logs or returns a secret.
 */
import type { Said } from '../../common/i18n/said';
import { said } from '../../common/i18n/translate';
import { createDecipheriv, pbkdf2Sync, type DecipherGCM } from 'node:crypto';
import { Buffer } from 'node:buffer';
import { fromHex0x, KDF_HASHES, type RecoveryGroup } from '../../common/recovery-kit/file-format';
import { CURVES, multiply } from '../../common/recovery-kit/interpolation';

export type ShareCheck =
  | { readonly ok: true }
  | {
      readonly ok: false;
      /** Which check failed, for the record. */
      readonly check: 'password' | 'kdf' | 'plaintext' | 'share-public-key';
      readonly message: Said;
    };

/** The password as the kit reads it: Go's strings.TrimSpace (which trims U+0085, and not U+FEFF). */
export function kitPassword(typed: string): string {
  return typed.replace(
    /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g,
    '',
  );
}

const wipe = (...buffers: Array<Uint8Array | null | undefined>) => {
  for (const b of buffers) b?.fill(0);
};

/** The share scalar inside the plaintext: raw big-endian bytes (version 1), or JSON around base64. */
function shareBytes(version: number, plaintext: Buffer): Buffer | null {
  if (version < 2) return Buffer.from(plaintext);
  let inner: unknown;
  try {
    inner = JSON.parse(plaintext.toString('utf8'));
  } catch {
    return null;
  }
  const b64 = (inner as { encrypted_share?: unknown } | null)?.encrypted_share;
  return typeof b64 === 'string' && /^[A-Za-z0-9+/]+={0,2}$/.test(b64) ? Buffer.from(b64, 'base64') : null;
}

export function checkShare(group: RecoveryGroup, typedPassword: string): ShareCheck {
  const { kdf } = group.share_info;
  const hash = KDF_HASHES[kdf.hash_type as keyof typeof KDF_HASHES];
  if (!hash)
    return {
      ok: false,
      check: 'kdf',
      message: said('checks.file.kdfHash', { hash: String(kdf.hash_type) }),
    };
  const password = kitPassword(typedPassword);
  if (Buffer.byteLength(password) < 8)
    return {
      ok: false,
      check: 'password',
      message: said('checks.file.passwordShort'),
    };
  const sealed = Buffer.from(group.share_info.encrypted_share, 'base64');
  const passwordBytes = Buffer.from(password, 'utf8');
  let key: Buffer | null = null;
  let plaintext: Buffer | null = null;
  let share: Buffer | null = null;
  try {
    key = pbkdf2Sync(passwordBytes, fromHex0x(kdf.salt), kdf.iterations, kdf.length, hash);
    const decipher = createDecipheriv(
      `aes-${kdf.length * 8}-gcm`,
      key,
      sealed.subarray(0, 12),
    ) as DecipherGCM;
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    try {
      plaintext = Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]);
    } catch {
      return {
        ok: false,
        check: 'password',
        message: said('checks.file.passwordWrong'),
      };
    }
    share = shareBytes(group.version, plaintext);
    const ops = CURVES[group.group_info.curve];
    const scalar =
      share && share.length > 0 && share.length <= 64 ? BigInt(`0x${share.toString('hex')}`) : 0n;
    if (!share || scalar === 0n || scalar >= ops.order)
      return {
        ok: false,
        check: 'plaintext',
        message: said('checks.file.notAShare'),
      };
    const derived = ops.toHex(multiply(group.group_info.curve, ops.base, scalar));
    const declared = ops.toHex(ops.fromBytes(fromHex0x(group.share_info.share_public_key)));
    return derived === declared
      ? { ok: true }
      : {
          ok: false,
          check: 'share-public-key',
          message: said('checks.file.shareMismatch'),
        };
  } finally {
    wipe(key, plaintext, share, passwordBytes);
  }
}
