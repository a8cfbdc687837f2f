// @vitest-environment node
/** The officer's names for keys (issue #29, item 15): kept, replaced, removed, and never strange text. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { channels } from '../../../common/contract';
import { createKeyNames } from '../../../main/vaults/key-names';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const store = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-key-names-'));
  dirs.push(dir);
  const file = path.join(dir, 'key-names.json');
  return { file, names: createKeyNames(file) };
};

describe('key names', () => {
  it('keeps a name by group ID, replaces it, and takes it away when emptied', async () => {
    const { file, names } = store();
    expect(await names.list()).toEqual({});
    await names.rename('g-1', '  Cold storage ');
    await names.rename('g-2', 'Payments');
    expect(await names.list()).toEqual({ 'g-1': 'Cold storage', 'g-2': 'Payments' });
    // Kept on disk, read by a new store (the next start).
    expect(await createKeyNames(file).list()).toEqual({ 'g-1': 'Cold storage', 'g-2': 'Payments' });
    await names.rename('g-1', 'Cold store');
    await names.rename('g-2', '   ');
    expect(await names.list()).toEqual({ 'g-1': 'Cold store' });
  });

  it('reads an unreadable file as no names, and writes a good one on the next rename', async () => {
    const { file, names } = store();
    writeFileSync(file, '{"names": {"g-1": 5}}');
    expect(await names.list()).toEqual({});
    await names.rename('g-2', 'Payments');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ names: { 'g-2': 'Payments' } });
  });

  it('refuses at the contract a name with hidden characters, or too long, and any group ID that is not an ID', () => {
    const input = channels['keys.rename'].input;
    expect(input.safeParse({ groupId: 'g-1', name: 'Cold' }).success).toBe(true);
    expect(input.safeParse({ groupId: 'g-1', name: '' }).success).toBe(true);
    expect(input.safeParse({ groupId: 'g-1', name: 'Cold\u202eerots' }).success).toBe(false);
    expect(input.safeParse({ groupId: 'g-1', name: 'x'.repeat(61) }).success).toBe(false);
    expect(input.safeParse({ groupId: '../etc', name: 'Cold' }).success).toBe(false);
  });
});
