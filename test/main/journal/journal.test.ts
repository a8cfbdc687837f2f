// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkpointProblem,
  GENESIS,
  readChain,
  readChainLines,
  sha256Hex,
  signedLine,
} from '../../../main/journal/chain';
import { openJournal } from '../../../main/journal/journal';
import { parseLine, rechain } from '../../helpers/journal';
import { testSigner } from '../../helpers/record-keys';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-journal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const signer = testSigner();
const options = { signer: async () => signer };
let n = 0;
async function sample(entries = 5, closed = false) {
  const file = path.join(dir, `j${++n}.jsonl`);
  const journal = await openJournal(file, options);
  await journal.append('ceremony_started', { kind: 'KeyGen' });
  for (let i = 1; i < entries - (closed ? 1 : 0); i++)
    await journal.append('note', { i, text: `entry ${i} — ünïcode` });
  if (closed) await journal.append('closure', { outcome: 'success' });
  return { file, journal, lines: readFileSync(file, 'utf8').split('\n').filter(Boolean) };
}
const join = (lines: string[]) => lines.join('\n') + '\n';
const parse = parseLine;

describe('journal hash chain and signatures', () => {
  it('chains every entry to the SHA-256 of the line before and signs each with the installation key', async () => {
    const { file, lines } = await sample();
    const reading = readChain(readFileSync(file, 'utf8'));
    expect(reading.problem).toBeNull();
    expect(reading.signer).toBe(signer.publicKey);
    expect(reading.entries[0]!.data.signer).toBe(signer.publicKey);
    expect(reading.entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(reading.entries[0]!.prev).toBe(GENESIS);
    for (let i = 1; i < lines.length; i++) expect(reading.entries[i]!.prev).toBe(sha256Hex(lines[i - 1]!));
    expect(reading.closed).toBe(false);
  });

  it('names the edited entry by its signature, even when the chain after it was recomputed', async () => {
    const { lines } = await sample();
    const edited = [...lines];
    edited[2] = edited[2]!.replace('entry 2', 'entry X');
    expect(readChain(join(edited)).problem).toEqual(
      expect.objectContaining({
        line: 3,
        kind: 'note',
        field: 'sig',
        reason: expect.stringContaining('signature does not match'),
      }),
    );
    // The forger recomputes every hash after the edit (keeping the old signatures or inventing new
    // ones): the edited entry's signature still fails at its own line.
    expect(readChain(join(rechain(edited, 2))).problem).toMatchObject({ line: 3, field: 'sig' });
  });

  it('refuses an entry signed by another key than the one the journal names', async () => {
    const { lines } = await sample();
    const forged = rechain(lines, 3, testSigner());
    expect(readChain(join(forged)).problem).toMatchObject({ line: 4, kind: 'note', field: 'sig' });
  });

  it('reads a journal re-signed throughout by another key as that key’s (whose key it is is the caller’s question)', async () => {
    const { lines } = await sample();
    const mallory = testSigner();
    const first = parse(lines[0]!);
    const rewritten = rechain(
      [
        signedLine({ ...first, data: { ...first.data, signer: mallory.publicKey } }, mallory).line,
        ...lines.slice(1),
      ],
      1,
      mallory,
    );
    const reading = readChain(join(rewritten));
    expect(reading.problem).toBeNull();
    expect(reading.signer).toBe(mallory.publicKey);
  });

  it('catches a deleted, a reordered and an inserted entry', async () => {
    const { lines } = await sample();
    expect(readChain(join([lines[0]!, lines[2]!, lines[3]!])).problem).toMatchObject({
      line: 2,
      field: 'seq',
    });
    expect(readChain(join([lines[0]!, lines[2]!, lines[1]!])).problem).toMatchObject({
      line: 2,
      field: 'seq',
    });
    expect(readChain(join([lines[0]!, lines[1]!, lines[1]!, lines[2]!])).problem).toMatchObject({ line: 3 });
    expect(readChain(join([lines[0]!, 'not json', lines[1]!])).problem).toEqual(
      expect.objectContaining({ line: 2, kind: null, field: null, reason: 'not a valid journal entry' }),
    );
    // Renumbered and rechained without the key: the signatures give it away.
    const renumbered = rechain([lines[0]!, ...lines.slice(2)], 1);
    expect(readChain(join(renumbered)).problem).toMatchObject({ line: 2, field: 'sig' });
  });

  it('refuses a line not written exactly as the app writes it: reformatted, a duplicate key, or __proto__', async () => {
    const { lines } = await sample(2);
    const spaced = lines[1]!.replace('"kind":"note"', '"kind": "note"');
    expect(readChain(join([lines[0]!, spaced])).problem).toMatchObject({
      line: 2,
      reason: expect.stringContaining('not written as the app writes'),
    });
    const duplicate = lines[1]!.replace('"kind":"note"', '"kind":"closure","kind":"note"');
    expect(readChain(join([lines[0]!, duplicate])).problem).toMatchObject({ line: 2 });
    const proto = lines[1]!.replace('"data":{', '"data":{"__proto__":{"x":1},');
    expect(readChain(join([lines[0]!, proto])).problem).toMatchObject({
      line: 2,
      reason: 'not a valid journal entry',
    });
  });

  it('refuses a first entry that names no valid signing key', async () => {
    const { lines } = await sample(1);
    const first = parse(lines[0]!);
    const { signer: _signer, ...data } = first.data;
    expect(readChain(join([signedLine({ ...first, data }, signer).line])).problem).toMatchObject({
      line: 1,
      field: 'data.signer',
    });
    const noted = signedLine({ ...first, kind: 'note' }, signer).line;
    expect(readChain(join([noted])).problem).toMatchObject({ line: 1, field: 'data.signer' });
  });

  it('reads a journal that ends with its closing entry as closed, and one cut before it as not', async () => {
    const { lines } = await sample(4, true);
    expect(readChain(join(lines))).toMatchObject({ problem: null, closed: true });
    expect(readChain(join(lines.slice(0, -1)))).toMatchObject({ problem: null, closed: false });
    expect(readChainLines(lines)).toMatchObject({ problem: null, closed: true });
    expect(readChainLines([...lines.slice(0, 2), 'x'])).toMatchObject({ problem: { line: 3 } });
  });

  it('recovers a last line cut short by a crash as an incomplete final entry, and appends after it', async () => {
    const { file, lines } = await sample(3);
    appendFileSync(file, '{"seq":4,"at":"2026-');
    const reading = readChain(readFileSync(file, 'utf8'));
    expect(reading).toMatchObject({ incompleteFinalEntry: true, problem: null });
    expect(reading.entries).toHaveLength(3);
    const journal = await openJournal(file, options);
    await journal.append('note', { after: 'crash' });
    const again = readChain(readFileSync(file, 'utf8'));
    expect(again.problem).toBeNull();
    expect(again.entries.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(again.entries[3]!.prev).toBe(sha256Hex(lines[2]!));
  });

  it('refuses to open a tampered journal, naming the line, and leaves it as found', async () => {
    const { file, lines } = await sample(3);
    const text = join([lines[0]!, lines[1]!.replace('entry 1', 'entry 9'), lines[2]!]);
    writeFileSync(file, text);
    await expect(openJournal(file, options)).rejects.toThrow(/altered at entry 2 \(note\), field sig/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('adds nothing to a journal signed by another key of the installation', async () => {
    const { file } = await sample(2);
    const journal = await openJournal(file, { signer: async () => testSigner() });
    await expect(journal.append('note', {})).rejects.toMatchObject({ code: 'journal.signer_changed' });
    expect(readChain(readFileSync(file, 'utf8')).entries).toHaveLength(2);
  });
});

describe('the journal’s last line', () => {
  it('treats a complete last line that no longer chains as tampering, not as a torn write', async () => {
    const { file, lines } = await sample();
    const unchained = [
      ...lines.slice(0, -1),
      lines[4]!.replace(/"prev":"[0-9a-f]{64}"/, `"prev":"${'a'.repeat(64)}"`),
    ];
    for (const text of [join(unchained), unchained.join('\n')]) {
      expect(readChain(text)).toMatchObject({
        incompleteFinalEntry: false,
        problem: { line: 5, field: 'prev', reason: expect.stringContaining('does not chain') },
      });
      writeFileSync(file, text);
      await expect(openJournal(file, options)).rejects.toThrow(/altered at entry 5/);
      expect(readFileSync(file, 'utf8')).toBe(text);
    }
  });

  it('reports an edit of the last entry by its signature, with or without its newline', async () => {
    const { lines } = await sample();
    const edited = [...lines.slice(0, -1), lines[4]!.replace('entry 4', 'entry X')];
    for (const text of [join(edited), edited.join('\n')])
      expect(readChain(text).problem).toMatchObject({ line: 5, field: 'sig' });
  });

  it('still recovers a last line that is not a complete entry, and accepts a complete one without its newline', async () => {
    const { file, lines } = await sample();
    writeFileSync(file, lines.join('\n'));
    const journal = await openJournal(file, options);
    expect(journal.entries()).toHaveLength(5);
    await journal.append('note', { after: 'newline restored' });
    expect(readChain(readFileSync(file, 'utf8'))).toMatchObject({
      problem: null,
      incompleteFinalEntry: false,
    });
  });

  it('holds a journal to the checkpoint saved with the state: entries cut from the end, down to none', async () => {
    const { file, journal, lines } = await sample();
    const checkpoint = journal.checkpoint();
    expect(checkpoint).toEqual({ entries: 5, head: sha256Hex(lines[4]!) });
    expect(checkpointProblem(readChain(join(lines.slice(0, 3))), checkpoint)).toMatchObject({
      line: 4,
      reason: expect.stringContaining('the journal ends after 3 entries but 5 had been recorded'),
    });
    expect(checkpointProblem(readChain(''), checkpoint)?.reason).toMatch(/ends after 0 entries/);
    expect(checkpointProblem(readChain(readFileSync(file, 'utf8')), checkpoint)).toBeNull();
  });

  it('accepts a journal that grew past its checkpoint (a crash between an append and the save)', async () => {
    const { file, journal } = await sample(3);
    const checkpoint = journal.checkpoint();
    await journal.append('note', { written: 'after the last save' });
    await journal.append('note', { written: 'also after it' });
    const reading = readChain(readFileSync(file, 'utf8'));
    expect(checkpointProblem(reading, checkpoint)).toBeNull();
    // ...but the entry at the checkpoint is still held to its hash.
    expect(checkpointProblem(reading, { entries: 3, head: sha256Hex('other') })).toMatchObject({
      line: 3,
      reason: expect.stringContaining('not the one recorded'),
    });
    expect(checkpointProblem(reading, { entries: 0, head: GENESIS })).toBeNull();
  });

  it('calls an entry whose prev is not text invalid, not merely unchained', async () => {
    const { lines } = await sample(2);
    const bad = lines[1]!.replace(/"prev":"[0-9a-f]{64}"/, '"prev":1');
    expect(readChain(join([lines[0]!, bad])).problem).toEqual(
      expect.objectContaining({ line: 2, kind: null, field: null, reason: 'not a valid journal entry' }),
    );
  });

  it('passes on a failure to read other than a missing file', async () => {
    await expect(openJournal(dir, options)).rejects.toMatchObject({ code: 'EISDIR' });
  });
});

describe('the journal on disk against what was written', () => {
  it('finds nothing while the file is as written, and names the line once it is not', async () => {
    const { file, journal, lines } = await sample(4);
    expect(await journal.checkOnDisk()).toBeNull();
    writeFileSync(file, join([lines[0]!, lines[1]!.replace('entry 1', 'entry 7'), ...lines.slice(2)]));
    expect(await journal.checkOnDisk()).toMatchObject({ line: 2, kind: 'note', field: 'sig' });
    writeFileSync(file, join(lines.slice(0, 2)));
    expect(await journal.checkOnDisk()).toMatchObject({
      line: 3,
      reason: 'the journal ends after 2 entries but 4 had been written (entries were removed from its end)',
    });
    writeFileSync(file, '');
    expect(await journal.checkOnDisk()).toMatchObject({
      line: 1,
      reason: expect.stringContaining('ends after 0'),
    });
  });

  it('notices a valid chain the app did not write: another journal of the same key, or entries added after', async () => {
    const { file, journal } = await sample(3);
    const other = await sample(3);
    writeFileSync(file, join(other.lines));
    expect(await journal.checkOnDisk()).toMatchObject({
      line: 1,
      reason: 'this entry is not the one the app wrote',
    });
    // Opened on the first three entries; a fourth, validly signed, put there by someone else.
    const longer = await sample(4);
    writeFileSync(longer.file, join(longer.lines.slice(0, 3)));
    const reopened = await openJournal(longer.file, options);
    expect(await reopened.checkOnDisk()).toBeNull();
    writeFileSync(longer.file, join(longer.lines));
    expect(await reopened.checkOnDisk()).toMatchObject({
      line: 4,
      reason: 'entries follow that the app did not write',
    });
  });

  it('finds a same-size edit that puts the modification time back, after a check that found nothing', async () => {
    const { file, journal, lines } = await sample(3);
    expect(await journal.checkOnDisk()).toBeNull();
    expect(await journal.checkOnDisk()).toBeNull(); // remembered as matching
    const { mtimeNs, size } = statSync(file, { bigint: true });
    writeFileSync(file, join([lines[0]!, lines[1]!.replace('entry 1', 'entry 9'), lines[2]!]));
    // Back to the very nanosecond, as `touch -d` can: only the change time still moved.
    const at = `@${mtimeNs / 1_000_000_000n}.${String(mtimeNs % 1_000_000_000n).padStart(9, '0')}`;
    execFileSync('touch', ['-m', '-d', at, file]);
    expect(statSync(file, { bigint: true })).toMatchObject({ mtimeNs, size });
    expect(await journal.checkOnDisk()).toMatchObject({ line: 2, field: 'sig' });
  });

  it('is not fooled by an append that finishes during the check', async () => {
    const { journal } = await sample(2);
    const appending = Promise.all([1, 2, 3].map((i) => journal.append('note', { late: i })));
    expect(await journal.checkOnDisk()).toBeNull();
    await appending;
    expect(await journal.checkOnDisk()).toBeNull();
  });
});
