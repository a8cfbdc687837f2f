/**
 * The profile list: a JSON file in the app's data folder, validated when read and replaced atomically
 * when written. A file that does not parse is reported and left exactly as it is.
 */
import path from 'node:path';
import { z } from 'zod';
import { EnvironmentId } from '../../common/contract';
import type { SaidValue } from '../../common/i18n/said';
import { said } from '../../common/i18n/translate';
import { AppError } from '../app-error';
import { readTextIfExists, writeFileAtomic } from '../storage/atomic-file';
import { describeIssues } from '../../common/describe-issues';

export const PROFILES_FILE = 'profiles.json';

export const StoredProfile = z.strictObject({
  id: z.uuid(),
  name: z.string().min(1).max(80),
  environment: EnvironmentId,
  apiKey: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.iso.datetime(),
  /** The security officer who uses this profile, asked once and recorded with each ceremony. */
  officerName: z.string().min(1).max(80).optional(),
});
export type StoredProfile = z.infer<typeof StoredProfile>;

const ProfileFile = z.strictObject({
  format: z.literal('key-ceremony.profiles'),
  version: z.literal(1),
  profiles: z.array(StoredProfile),
});

export class ProfileFileError extends AppError {
  /** The reason is a sentence of ours, or the schema's issues (text: they name fields). */
  constructor(file: string, reason: SaidValue) {
    super(
      'profile.file_unreadable',
      said('errorsMore.profile.fileUnreadable', { file, reason }),
      said('errorsMore.profile.fileUnreadableHint'),
    );
  }
}

export interface ProfileStore {
  readonly file: string;
  /** The saved profiles, [] when there is no file yet; throws ProfileFileError when the file is damaged. */
  read(): Promise<{ profiles: StoredProfile[]; exists: boolean }>;
  write(profiles: StoredProfile[]): Promise<void>;
}

export function createProfileStore(dataDir: string): ProfileStore {
  const file = path.join(dataDir, PROFILES_FILE);
  return {
    file,
    async read() {
      const text = await readTextIfExists(file);
      if (text === null) return { profiles: [], exists: false };
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new ProfileFileError(file, said('errorsMore.profile.fileNotJson'));
      }
      const parsed = ProfileFile.safeParse(json);
      if (!parsed.success) {
        throw new ProfileFileError(file, describeIssues(parsed.error, 'file'));
      }
      const ids = new Set(parsed.data.profiles.map((p) => p.id));
      if (ids.size !== parsed.data.profiles.length)
        throw new ProfileFileError(file, said('errorsMore.profile.fileSharedId'));
      return { profiles: parsed.data.profiles, exists: true };
    },
    async write(profiles) {
      const body = { format: 'key-ceremony.profiles', version: 1, profiles } satisfies z.input<
        typeof ProfileFile
      >;
      await writeFileAtomic(file, JSON.stringify(body, null, 2) + '\n');
    },
  };
}
