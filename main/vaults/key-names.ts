/**
 * The names the officer gives a vault's keys (Cobo gives none), by key share holder group ID, kept in
 * one file of this installation's data folder. A name is a label for reading, not part of any record:
 * it is neither journalled nor signed, and a record never depends on it.
 */
import { z } from 'zod';
import { label } from '../../common/contract';
import { readTextIfExists, writeFileAtomic, createSerialQueue } from '../storage/atomic-file';

export const KEY_NAME_MAX = 60;
const KeyNamesFile = z.strictObject({ names: z.record(z.string(), label(KEY_NAME_MAX)) });

export function createKeyNames(file: string) {
  const queue = createSerialQueue();
  /** A file that cannot be read as names gives no names: they are labels, and nothing depends on them. */
  async function read(): Promise<Record<string, string>> {
    const text = await readTextIfExists(file);
    if (!text) return {};
    try {
      return KeyNamesFile.parse(JSON.parse(text)).names;
    } catch {
      return {};
    }
  }
  return {
    list: () => queue(read),
    /** Names a key, or takes its name away when the name is empty. */
    rename: (groupId: string, name: string) =>
      queue(async () => {
        const others = Object.entries(await read()).filter(([id]) => id !== groupId);
        const names = Object.fromEntries(name.trim() ? [...others, [groupId, name.trim()]] : others);
        await writeFileAtomic(file, `${JSON.stringify({ names }, null, 2)}\n`);
        return names;
      }),
  };
}

export type KeyNameStore = ReturnType<typeof createKeyNames>;
