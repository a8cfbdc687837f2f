/** Serving the built page's files: only regular files really inside its folder, each with its content type. */
import { promises as fs } from 'node:fs';
import path from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export const contentTypeFor = (file: string): string =>
  CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/**
 * Maps a request path to a file inside `root`, or null when it would leave it. Shared by the Electron
 * app:// handler and the browser host.
 */
export function resolveInside(root: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const resolved = path.resolve(root, relative);
  const rootWithSep = path.resolve(root) + path.sep;
  return resolved.startsWith(rootWithSep) ? resolved : null;
}

/** Why a request path names no file to serve: malformed (400) or not a file of the folder (404). */
export type StaticRefusal = 'malformed' | 'not-found';

/**
 * Reads the file a request path names inside `root`: only a regular file whose real path (symbolic
 * links followed) is inside the real root. Anything else is refused, a malformed path separately.
 */
export async function readFileInside(
  root: string,
  requestPath: string,
): Promise<{ file: string; content: Buffer } | { refused: StaticRefusal }> {
  try {
    decodeURIComponent(requestPath);
  } catch {
    return { refused: 'malformed' };
  }
  const file = resolveInside(root, requestPath);
  if (!file) return { refused: 'not-found' };
  try {
    const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(file)]);
    if (!realFile.startsWith(realRoot + path.sep)) return { refused: 'not-found' };
    const handle = await fs.open(realFile, 'r');
    try {
      // Checked on the open file itself, so it cannot be swapped for something else in between.
      if (!(await handle.stat()).isFile()) return { refused: 'not-found' };
      return { file: realFile, content: await handle.readFile() };
    } finally {
      await handle.close();
    }
  } catch {
    return { refused: 'not-found' };
  }
}
