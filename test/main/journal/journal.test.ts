// @vitest-environment node
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkpointProblem, GENESIS, openJournal, readChain, sha256Hex } from '../../../main/journal/journal';

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

describe('the journal’s last line', () => {
  const lastOutcomeEdited = (lines: string[]) => [
    ...lines.slice(0, -1),
    lines.at(-1)!.replace('entry 4', 'entry X'),
  ];

  it('reports an edit of the last complete entry, with its newline, against the saved checkpoint', async () => {
    const { file, lines } = await sample();
    const journal = await openJournal(file);
    const checkpoint = journal.checkpoint();
    expect(checkpoint).toEqual({ entries: 5, head: sha256Hex(lines[4]!) });
    writeFileSync(file, join(lastOutcomeEdited(lines)));
    await expect(openJournal(file, undefined, checkpoint)).rejects.toThrow(
      /altered at line 5: this entry was changed after it was written/,
    );
    // Refusing must not repair: the evidence stays on disk as it was found.
    expect(readFileSync(file, 'utf8')).toBe(join(lastOutcomeEdited(lines)));
  });

  it('reports an edit of the last complete entry without its newline', async () => {
    const { file, lines } = await sample();
    const checkpoint = (await openJournal(file)).checkpoint();
    const text = lastOutcomeEdited(lines).join('\n');
    writeFileSync(file, text);
    await expect(openJournal(file, undefined, checkpoint)).rejects.toThrow(/altered at line 5/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('treats a complete last line that no longer chains as tampering, not as a torn write', async () => {
    const { file, lines } = await sample();
    const unchained = [
      ...lines.slice(0, -1),
      lines[4]!.replace(/"prev":"[0-9a-f]{64}"/, `"prev":"${'a'.repeat(64)}"`),
    ];
    for (const text of [join(unchained), unchained.join('\n')]) {
      expect(readChain(text)).toMatchObject({
        incompleteFinalEntry: false,
        problem: { line: 5, reason: expect.stringContaining('does not chain') },
      });
      writeFileSync(file, text);
      await expect(openJournal(file)).rejects.toThrow(/altered at line 5/);
      expect(readFileSync(file, 'utf8')).toBe(text);
    }
    const renumbered = [...lines.slice(0, -1), lines[4]!.replace('"seq":5', '"seq":6')].join('\n');
    expect(readChain(renumbered).problem).toMatchObject({
      line: 5,
      reason: expect.stringContaining('sequence number 6'),
    });
  });

  it('still recovers a last line that is not a complete entry, and accepts a complete one without its newline', async () => {
    const { file, lines } = await sample();
    const checkpoint = (await openJournal(file)).checkpoint();
    writeFileSync(file, lines.join('\n'));
    const journal = await openJournal(file, undefined, checkpoint);
    expect(journal.entries()).toHaveLength(5);
    await journal.append('note', { after: 'newline restored' });
    expect(readChain(readFileSync(file, 'utf8'))).toMatchObject({
      problem: null,
      incompleteFinalEntry: false,
    });
  });

  it('reports entries cut from the end, down to none', async () => {
    const { file, lines } = await sample();
    const checkpoint = (await openJournal(file)).checkpoint();
    writeFileSync(file, join(lines.slice(0, 3)));
    await expect(openJournal(file, undefined, checkpoint)).rejects.toThrow(
      /altered at line 4: the journal ends after 3 entries but 5 had been recorded/,
    );
    writeFileSync(file, '');
    await expect(openJournal(file, undefined, checkpoint)).rejects.toThrow(/ends after 0 entries/);
  });

  it('accepts a journal that grew past its checkpoint (a crash between an append and the save)', async () => {
    const { file } = await sample(3);
    const journal = await openJournal(file);
    const checkpoint = journal.checkpoint();
    await journal.append('note', { written: 'after the last save' });
    await journal.append('note', { written: 'also after it' });
    expect((await openJournal(file, undefined, checkpoint)).entries()).toHaveLength(5);
    // ...but the entry at the checkpoint is still held to its hash.
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    expect(checkpointProblem(readChain(join(lines)), { entries: 3, head: sha256Hex('other') })).toEqual({
      line: 3,
      reason: expect.stringContaining('changed after it was written'),
    });
    expect(checkpointProblem(readChain(join(lines)), { entries: 0, head: GENESIS })).toBeNull();
  });

  it('calls an entry whose prev is not text invalid, not merely unchained', async () => {
    const { lines } = await sample(2);
    const bad = lines[1]!.replace(/"prev":"[0-9a-f]{64}"/, '"prev":1');
    expect(readChain(join([lines[0]!, bad])).problem).toEqual({
      line: 2,
      reason: 'not a valid journal entry',
    });
  });

  it('passes on a failure to read other than a missing file', async () => {
    await expect(openJournal(dir)).rejects.toMatchObject({ code: 'EISDIR' });
  });
});
