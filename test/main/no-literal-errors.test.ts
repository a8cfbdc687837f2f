// @vitest-environment node
/**
 * Main's refusals are said as message keys (issue #32): no file in main/ builds an AppError (or one of
 * its kinds) or calls a refusal helper with English text written in place. The sandbox's engine is
 * left out: its errors imitate Cobo's English API, which stays English.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Where each call's words are: the arguments that must not be a string literal. */
const WORD_ARGUMENTS: Record<string, (count: number) => number[]> = {
  AppError: () => [1, 2],
  CoboApiError: () => [1, 2],
  ProfileFileError: () => [1],
  KeychainError: () => [],
  refused: () => [1, 2],
  refusal: () => [1, 2],
  refusedToSend: () => [0, 1],
  // With a code first (the ceremony's), or the words only (the secret input's).
  refuse: (count) => (count >= 3 ? [1, 2] : [0, 1]),
};

const CALL =
  /\b(?:new\s+)?(AppError|CoboApiError|ProfileFileError|KeychainError|refused|refusal|refusedToSend|refuse)\(/g;

/** The top-level arguments of a call whose "(" is at `open`, as written. */
function argumentsAt(text: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = open + 1;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) {
        args.push(text.slice(start, i));
        return args.map((a) => a.trim()).filter((a) => a !== '');
      }
    } else if (c === ',' && depth === 1) {
      args.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return args;
}

/** Each construction or refusal with words written in place: "name: the argument". */
export function literalWords(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(CALL)) {
    const name = m[1]!;
    // The helpers' own declarations (`const refuse = (code: string, …)`) take names, not words.
    const args = argumentsAt(text, m.index + m[0].length - 1);
    for (const at of WORD_ARGUMENTS[name]!(args.length)) {
      const arg = args[at];
      if (arg && /^['"`]/.test(arg)) found.push(`${name}: ${arg.slice(0, 60)}`);
    }
  }
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory())
      return file.endsWith(path.join('sandbox', 'engine')) ? [] : sources(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

describe('main’s refusals', () => {
  it('are never built from English written in place', () => {
    const offending = sources('main').flatMap((file) =>
      literalWords(readFileSync(file, 'utf8')).map((hit) => `${file}: ${hit}`),
    );
    expect(offending).toEqual([]);
  });

  it('finds words written in place (the check can fail)', () => {
    expect(
      literalWords(`throw new AppError('x.y', 'Something failed.', said('errors.ceremony.overHint'));`),
    ).toEqual(["AppError: 'Something failed.'"]);
    expect(literalWords('new CoboApiError(code, `Could not reach ${host}.`, hint, details)')).toEqual([
      'CoboApiError: `Could not reach ${host}.`',
    ]);
    expect(literalWords(`refuse('ceremony.x', said('a.b'), "Try again.")`)).toEqual([`refuse: "Try again."`]);
    expect(literalWords(`throw refuse('No API secret was entered.', HINT);`)).toEqual([
      "refuse: 'No API secret was entered.'",
    ]);
    expect(literalWords(`new ProfileFileError(file, 'two profiles share an id')`)).toHaveLength(1);
    expect(literalWords(`refusedToSend(\`The \${name} is bad.\`, said('x.y'))`)).toHaveLength(1);
    // Keys, codes and values are fine.
    expect(
      literalWords(
        `new AppError('x.y', said('errors.ceremony.over', { n: f('a, b') }), said('errors.ceremony.overHint'))`,
      ),
    ).toEqual([]);
    expect(literalWords(`new KeychainError('unavailable')`)).toEqual([]);
  });
});
