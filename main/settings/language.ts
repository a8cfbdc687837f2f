/**
 * The language this installation's screens speak (issue #32): none chosen means "as the system asks",
 * which the page reads from the system's own preferences. Kept in one small file of the data folder;
 * a label for reading, never part of a record (the journal holds kinds and values, not sentences).
 */
import { z } from 'zod';
import { Locale } from '../../common/i18n/locales';
import { createSerialQueue, readTextIfExists, writeFileAtomic } from '../storage/atomic-file';

const LanguageFile = z.strictObject({ locale: Locale.nullable() });

export function createLanguageSetting(file: string) {
  const queue = createSerialQueue();
  /** A file that cannot be read chooses nothing: the screens follow the system, and nothing else depends on it. */
  async function read(): Promise<Locale | null> {
    const text = await readTextIfExists(file);
    if (!text) return null;
    try {
      return LanguageFile.parse(JSON.parse(text)).locale;
    } catch {
      return null;
    }
  }
  return {
    get: () => queue(async () => ({ chosen: await read() })),
    /** Chooses a language, or null to follow the system again. */
    set: (locale: Locale | null) =>
      queue(async () => {
        await writeFileAtomic(file, `${JSON.stringify({ locale })}\n`);
        return { chosen: locale };
      }),
  };
}

export type LanguageSetting = ReturnType<typeof createLanguageSetting>;
