/**
 * A key cut into groups for reading aloud. The groups joined back are the key, character for
 * character: nothing is dropped, added or reordered.
 */
export function readAloudChunks(key: string, size = 4): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < key.length; i += size) chunks.push(key.slice(i, i + size));
  return chunks;
}
