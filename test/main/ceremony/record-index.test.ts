// @vitest-environment node
/** The signed index of the ceremonies, on its own: where a journal stands against it, and its writes. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GENESIS, readChain, sha256Hex } from '../../../main/journal/chain';
import { createIndexWriter, readIndex, rolledBack } from '../../../main/ceremony/record-index';
import { journalLines } from '../../helpers/journal';
import { testKeys, testSigner } from '../../helpers/record-keys';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a journal against the index', () => {
  it('holds all the index recorded, or says where it stops or was rewritten', async () => {
    const signer = testSigner();
    const lines = await journalLines(signer, { kind: 'KeyGen' }, [
      ['note', { n: 1 }],
      ['note', { n: 2 }],
    ]);
    const reading = readChain(`${lines.join('\n')}\n`);
    const at = (n: number) => ({ entries: n, head: sha256Hex(lines[n - 1]!) });
    expect(rolledBack(reading, at(3))).toBeNull();
    // Grown since (a crash between an append and the save): nothing is wrong.
    expect(rolledBack(reading, at(2))).toBeNull();
    expect(rolledBack(readChain(`${lines.slice(0, 2).join('\n')}\n`), at(3))).toMatchObject({
      line: 3,
      reason: expect.stringContaining('stops at entry 2, but this installation’s signed index recorded 3'),
    });
    expect(rolledBack(reading, { entries: 2, head: GENESIS })).toMatchObject({
      line: 2,
      reason: expect.stringContaining('entry 2 is not the one'),
    });
  });
});

describe('writing the index', () => {
  it('folds writes that pile up into fewer, each signed, the keychain mark following the file', async () => {
    const keys = testKeys();
    const file = path.join(dir, 'index.json');
    const writer = createIndexWriter(file, keys, await readIndex(file, keys));
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => writer.record(`c${i}`, { entries: i, head: GENESIS })),
    );
    const written = JSON.parse(readFileSync(file, 'utf8')) as { seq: number; ceremonies: object };
    expect(Object.keys(written.ceremonies)).toHaveLength(20);
    expect(written.seq).toBeLessThan(20);
    expect(await keys.readMark()).toBe(`${written.seq}:${sha256Hex(readFileSync(file, 'utf8'))}`);
    const again = await readIndex(file, keys);
    expect(again).toMatchObject({ problem: null, nextSeq: written.seq + 1 });
    expect(again.recorded.get('c7')).toEqual({ entries: 7, head: GENESIS });
  });

  it('writes nothing while the keychain cannot say its mark: the mark is never put back', async () => {
    const keys = { ...testKeys(), readMark: async () => Promise.reject(new Error('locked')) };
    const file = path.join(dir, 'index-locked.json');
    const reading = await readIndex(file, keys);
    expect(reading.problem).toMatch(/the keychain could not be read/);
    await createIndexWriter(file, keys, reading).record('a', { entries: 1, head: GENESIS });
    expect(existsSync(file)).toBe(false);
  });

  it('distrusts an index that is not JSON, or whose file the mark does not match at the same version', async () => {
    const keys = testKeys();
    const file = path.join(dir, 'index2.json');
    const writer = createIndexWriter(file, keys, await readIndex(file, keys));
    await writer.record('a', { entries: 1, head: GENESIS });
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, 'garbage');
    expect((await readIndex(file, keys)).problem).toMatch(/altered/);
    // Same version, other bytes (re-signed by this very key with another content): the mark says no.
    const { sig: _sig, ...parsed } = JSON.parse(text) as Record<string, unknown>;
    const body = { ...parsed, ceremonies: {} };
    const { canonicalJson } = await import('../../../main/journal/json-text');
    writeFileSync(file, JSON.stringify({ ...body, sig: keys.current.sign(canonicalJson(body)) }));
    expect((await readIndex(file, keys)).problem).toMatch(/replaced by an older one/);
  });
});
