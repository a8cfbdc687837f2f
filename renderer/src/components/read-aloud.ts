/**
 * A key cut into groups for reading aloud. The groups joined back are the key, character for
 * character: nothing is dropped, added or reordered.
 */
export function readAloudChunks(key: string, size = 4): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < key.length; i += size) chunks.push(key.slice(i, i + size));
  return chunks;
}

/**
 * The start every BIP32 root xpub shares (version, depth 0, no parent, child 0): four groups that
 * read the same for every vault, so reading them aloud checks nothing.
 */
export const SHARED_XPUB_START = 'xpub661MyMwAqRbc';

/** How many leading groups of a key are that shared start, and so not worth reading aloud. */
export const sharedGroups = (key: string, size = 4): number =>
  key.startsWith(SHARED_XPUB_START) ? Math.floor(SHARED_XPUB_START.length / size) : 0;
