/**
 * Cobo's cursor pagination over an in-memory list: `limit` (default 10, at most 50), `after` and
 * `before` are opaque cursors naming an item; the answer's pagination names the first and last items
 * when more lie beyond them, and is empty otherwise.
 */
import { invalidParameter } from './errors';

const encode = (index: number) => Buffer.from(`i:${index}`).toString('base64url');
function decode(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^i:(\d{1,9})$/.exec(text);
  if (!m) throw invalidParameter('pagination cursor');
  return Number(m[1]);
}

export function paginate<T>(items: readonly T[], query: URLSearchParams) {
  const limitText = query.get('limit');
  // Plain decimal digits only: Number() would also take "1e1", "0x10" and " 10".
  if (limitText !== null && limitText !== '' && !/^[0-9]{1,3}$/.test(limitText))
    throw invalidParameter('limit must be a whole number from 1 to 50');
  const limit = limitText === null || limitText === '' ? 10 : Number(limitText);
  if (limit < 1 || limit > 50) throw invalidParameter('limit must be a whole number from 1 to 50');
  const after = query.get('after');
  const before = query.get('before');
  let start = 0;
  let end = items.length;
  if (after) {
    start = decode(after) + 1;
    end = Math.min(items.length, start + limit);
  } else if (before) {
    end = Math.min(items.length, decode(before));
    start = Math.max(0, end - limit);
  } else {
    end = Math.min(items.length, limit);
  }
  const data = items.slice(start, end);
  return {
    data,
    pagination: {
      before: start > 0 && data.length ? encode(start) : '',
      after: end < items.length && data.length ? encode(end - 1) : '',
      total_count: items.length,
    },
  };
}
