/**
 * JSON as text, piece by piece: the canonical form that is signed, and the pretty form a transcript is
 * written in. Pieces let the verifier hash the signed form and compare the file with the written form
 * without building a second copy of a file that may be tens of megabytes.
 */
import { createHash } from 'node:crypto';

/** The canonical form's pieces: object keys sorted (UTF-16 code units) at every level, undefined members dropped. */
export function* canonicalPieces(value: unknown): Generator<string> {
  if (Array.isArray(value)) {
    yield '[';
    for (const [i, item] of value.entries()) {
      if (i) yield ',';
      yield* canonicalPieces(item);
    }
    yield ']';
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    // Keys are unique, so the default sort orders them completely.
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    yield '{';
    for (const [i, k] of keys.entries()) {
      yield `${i ? ',' : ''}${JSON.stringify(k)}:`;
      yield* canonicalPieces(record[k]);
    }
    yield '}';
  } else yield JSON.stringify(value);
}

/** JSON with object keys sorted at every level. */
export const canonicalJson = (value: unknown): string => [...canonicalPieces(value)].join('');

/** A value in a sentence: its canonical JSON, or "nothing" for null. */
export const shownJson = (value: unknown): string => (value === null ? 'nothing' : canonicalJson(value));

/** SHA-256 of the canonical form, without holding the form. */
export function canonicalSha256(value: unknown): Uint8Array {
  const digest = createHash('sha256');
  for (const piece of canonicalPieces(value)) digest.update(piece);
  return digest.digest();
}

/** The pieces of JSON.stringify(value, null, 2) for a value read by JSON.parse. */
export function* prettyPieces(value: unknown, indent = ''): Generator<string> {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (!value.length) return yield '[]';
    yield '[';
    for (const [i, item] of value.entries()) {
      yield `${i ? ',' : ''}\n${inner}`;
      yield* prettyPieces(item, inner);
    }
    yield `\n${indent}]`;
  } else if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (!entries.length) return yield '{}';
    yield '{';
    for (const [i, [k, v]] of entries.entries()) {
      yield `${i ? ',' : ''}\n${inner}${JSON.stringify(k)}: `;
      yield* prettyPieces(v, inner);
    }
    yield `\n${indent}}`;
  } else yield JSON.stringify(value);
}

/** Whether `text` is exactly JSON.stringify(value, null, 2) and a newline, compared piece by piece. */
export function isWrittenAs(text: string, value: unknown): boolean {
  let offset = 0;
  for (const piece of prettyPieces(value)) {
    if (!text.startsWith(piece, offset)) return false;
    offset += piece.length;
  }
  return offset === text.length - 1 && text.endsWith('\n');
}
