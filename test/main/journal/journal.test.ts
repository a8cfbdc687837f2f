// @vitest-environment node
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GENESIS, openJournal, readChain, sha256Hex } from '../../../main/journal/journal';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-journal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
async function sample(entries = 5) {
  const file = path.join(dir, `j${++n}.jsonl`);
  const journal = await openJournal(file);
  for (let i = 0; i < entries; i++) await journal.append('note', { i, text: `entry ${i} — ünïcode` });
  return { file, lines: readFileSync(file, 'utf8').split('\n').filter(Boolean) };
}
const join = (lines: string[]) => lines.join('\n') + '\n';

describe('journal hash chain', () => {
  it('chains every entry to the SHA-256 of the line before', async () => {
    const { file, lines } = await sample();
    const reading = readChain(readFileSync(file, 'utf8'));
    expect(reading.problem).toBeNull();
    expect(reading.entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(reading.entries[0]!.prev).toBe(GENESIS);
    for (let i = 1; i < lines.length; i++) expect(reading.entries[i]!.prev).toBe(sha256Hex(lines[i - 1]!));
  });

  it('catches an edited entry at its line', async () => {
    const { lines } = await sample();
    const edited = [...lines];
    edited[2] = edited[2]!.replace('entry 2', 'entry X');
    expect(readChain(join(edited)).problem).toEqual({
      line: 4,
      reason: expect.stringContaining('does not chain'),
    });
  });

  it('catches a deleted, a reordered and an inserted entry', async () => {
    const { lines } = await sample();
    expect(readChain(join([lines[0]!, lines[2]!, lines[3]!])).problem?.line).toBe(2);
    expect(readChain(join([lines[0]!, lines[2]!, lines[1]!])).problem?.line).toBe(2);
    expect(readChain(join([lines[0]!, lines[1]!, lines[1]!, lines[2]!])).problem?.line).toBe(3);
    expect(readChain(join([lines[0]!, 'not json', lines[1]!])).problem).toEqual({
      line: 2,
      reason: 'not a valid journal entry',
    });
  });

  it('recovers a last line cut short by a crash as an incomplete final entry, and appends after it', async () => {
    const { file, lines } = await sample(3);
    appendFileSync(file, '{"seq":4,"at":"2026-');
    const reading = readChain(readFileSync(file, 'utf8'));
    expect(reading).toMatchObject({ incompleteFinalEntry: true, problem: null });
    expect(reading.entries).toHaveLength(3);
    const journal = await openJournal(file);
    await journal.append('note', { after: 'crash' });
    const again = readChain(readFileSync(file, 'utf8'));
    expect(again.problem).toBeNull();
    expect(again.entries.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(again.entries[3]!.prev).toBe(sha256Hex(lines[2]!));
  });

  it('refuses to open a tampered journal, naming the line', async () => {
    const { file, lines } = await sample(3);
    writeFileSync(file, join([lines[0]!, lines[1]!.replace('entry 1', 'entry 9'), lines[2]!]));
    await expect(openJournal(file)).rejects.toThrow(/altered at line 3/);
  });
});
