/**
 * Writing exported files without ever overwriting one. The desktop app asks the officer where (a save
 * dialog, which asks before replacing a file); the browser host writes into the data folder's
 * exports/ with a fresh name.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Saves `content` under a name like `suggested`; returns the path written, or null if the officer cancelled. */
export type SaveFile = (suggested: string, content: string | Uint8Array) => Promise<string | null>;

export function exportsFolderSaver(dataDir: string): SaveFile {
  return async (suggested, content) => {
    const dir = path.join(dataDir, 'exports');
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    return writeFresh(dir, suggested, content);
  };
}

/** Writes `content` in `dir` under `name`, or `name (2)` and so on: never over a file already there. */
export async function writeFresh(dir: string, name: string, content: string | Uint8Array): Promise<string> {
  const ext = path.extname(name);
  const stem = path.basename(name, ext).replace(/[^A-Za-z0-9._-]/g, '_');
  for (let n = 1; n < 1000; n++) {
    const file = path.join(dir, n === 1 ? `${stem}${ext}` : `${stem} (${n})${ext}`);
    try {
      await fs.writeFile(file, content, { flag: 'wx', mode: 0o600 });
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error('too many exports with the same name');
}
