// @vitest-environment node
/**
 * Officers use Cobo Portal beside this app, so the app speaks as Cobo's manual does today (October
 * 2025 and after): Server Signer and Mobile Signer, not "API co-signer"; KeyGen once per vault, not per
 * organisation; and never that a Recovery Key goes without Cobo's node. This holds every source file
 * an officer's words come from, and the README.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const SOURCES = ['renderer/src', 'common', 'main'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const RETIRED = [
  { words: /co-signer/i, instead: 'Server Signer or Mobile Signer' },
  { words: /once per organi[sz]ation/i, instead: 'once per vault' },
  {
    words: /Recovery (Key|Group) has no Cobo|RecoveryGroup has no Cobo|no Cobo node;/i,
    instead: 'Cobo plus two holders',
  },
  { words: /Custodians act twice/i, instead: 'what each holder does at each status' },
];

describe('the words officers read', () => {
  const texts = [...SOURCES.flatMap((dir) => files(path.join(ROOT, dir))), path.join(ROOT, 'README.md')].map(
    (file) => ({ file: path.relative(ROOT, file), text: readFileSync(file, 'utf8') }),
  );

  it.each(RETIRED)('never say $words (say: $instead)', ({ words }) => {
    const found = texts.flatMap(({ file, text }) =>
      text.split('\n').flatMap((line, i) => (words.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  // Cobo Portal names the keys; the API's names (MainGroup, …) appear only in the exact request.
  it('names keys as Cobo Portal does wherever an officer reads: Main Key, Signing Key, Recovery Key', () => {
    const officerFacing = texts.filter(
      ({ file }) => file.startsWith('renderer/src') || file.startsWith('common/ceremony'),
    );
    const found = officerFacing.flatMap(({ file, text }) =>
      text
        .split('\n')
        .flatMap((line, i) => (/\b(Main|Signing|Recovery) Groups?\b/.test(line) ? [`${file}:${i + 1}`] : [])),
    );
    expect(officerFacing.length).toBeGreaterThan(40);
    expect(found).toEqual([]);
  });

  it('reads the files it holds', () => {
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.some(({ text }) => text.includes('Server Signer'))).toBe(true);
  });
});
