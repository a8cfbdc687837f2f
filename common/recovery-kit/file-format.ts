/**
 * Cobo's "TSS recovery group" file, as a TSS Node's `export-share` and a Cobo Guard or Portal Mobile
 * backup write it, read the way Cobo's recovery kit reads it (field by field: the kit's Group,
 * GroupInfo, ShareInfo and KDF). A file holds `{"recovery_groups": [Group…]}`, a bare array, or one
 * Group. Nothing here decrypts: the share stays encrypted until main checks it.
 */
import type { Said } from '../i18n/said';
import { said, sayEnglish } from '../i18n/translate';
import { hexToBytes } from '@noble/hashes/utils.js';
import { firstProblemSaid } from '../describe-issues';

export { GroupInfo, Kdf, KDF_HASHES, Participant, RecoveryGroup, ShareInfo } from './group-schema';
import { RecoveryGroup } from './group-schema';

/** A recovery file is small; anything larger is not one (and is not read into memory whole). */
export const MAX_RECOVERY_FILE_BYTES = 1024 * 1024;

export class RecoveryFileError extends Error {
  /** Why, in English and as message keys for the page; which check failed, for the record. */
  constructor(
    readonly said: Said,
    readonly check: string,
  ) {
    super(sayEnglish(said));
  }
}

/** The groups a file holds, in any of the three forms the kit reads. */
export function parseRecoveryFile(text: string): RecoveryGroup[] {
  if (text.length > MAX_RECOVERY_FILE_BYTES)
    throw new RecoveryFileError(
      said('checks.file.tooLarge', { kib: String(MAX_RECOVERY_FILE_BYTES / 1024) }),
      'size',
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RecoveryFileError(said('checks.file.notJson'), 'form');
  }
  const list =
    json && typeof json === 'object' && 'recovery_groups' in json
      ? (json as { recovery_groups: unknown }).recovery_groups
      : Array.isArray(json)
        ? json
        : [json];
  if (!Array.isArray(list) || list.length === 0)
    throw new RecoveryFileError(said('checks.file.noGroup'), 'form');
  return list.map((entry, i) => {
    const parsed = RecoveryGroup.safeParse(entry);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    throw new RecoveryFileError(
      said('checks.file.groupMalformed', {
        n: i + 1,
        // The field's path as it is (a code), or the group as a whole.
        where: issue?.path.join('.') || said('boundary.recoveryFile.theGroup'),
        // Said by the issue's code, or by our own words' key (group-schema.ts), never zod's English.
        what: issue ? firstProblemSaid(parsed.error) : said('checks.file.notAsCobo'),
      }),
      issue?.path[0] === 'version' ? 'version' : 'form',
    );
  });
}

/** Decodes the kit's 0x-hex. */
export const fromHex0x = (s: string): Uint8Array => hexToBytes(s.slice(2));
