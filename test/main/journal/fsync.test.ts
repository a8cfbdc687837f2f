// @vitest-environment node
/**
 * Durability, observed at the system call: an entry is written and fsync'ed, in that order, before
 * append() resolves. Reading the file back would prove nothing (the page cache answers reads).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const events: string[] = [];
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const spy =
    <A extends unknown[], R>(name: string, fn: (...args: A) => R) =>
    (...args: A): R => {
      const result = fn(...args);
      events.push(name);
      return result;
    };
  return {
    ...fs,
    openSync: spy('open', fs.openSync),
    writeSync: spy('write', fs.writeSync as (...a: unknown[]) => number),
    fsyncSync: spy('fsync', fs.fsyncSync),
    closeSync: spy('close', fs.closeSync),
  };
});

const dirSyncs: string[] = [];
vi.mock('../../../main/storage/atomic-file', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../main/storage/atomic-file')>();
  return {
    ...real,
    syncDir: async (dir: string) => {
      dirSyncs.push(dir);
      events.push('syncDir');
      return real.syncDir(dir);
    },
  };
});

// A fresh copy of the journal module, so it binds to the spied fs even when modules are shared.
vi.resetModules();
const { openJournal } = await import('../../../main/journal/journal');
const { testSigner } = await import('../../helpers/record-keys');
const signer = testSigner();
const options = { signer: async () => signer };
const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-fsync-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  events.length = 0;
});

describe('journal durability', () => {
  it('writes and fsyncs each entry before append resolves', async () => {
    const journal = await openJournal(path.join(dir, 'a.jsonl'), options);
    await journal.append('ceremony_started', { first: true });
    events.length = 0;
    const appended = journal.append('note', { second: true });
    // Nothing is written before the entry's turn; once append resolves, the fsync has happened.
    let resolvedAt = -1;
    void appended.then(() => (resolvedAt = events.length));
    await appended;
    expect(events).toEqual(['open', 'write', 'fsync', 'close']);
    expect(resolvedAt).toBe(events.length);
  });

  it('fsyncs every one of several concurrent appends, each before its own promise resolves', async () => {
    const journal = await openJournal(path.join(dir, 'b.jsonl'), options);
    await journal.append('ceremony_started', { warm: true });
    events.length = 0;
    const seenAtResolve: number[] = [];
    await Promise.all(
      [1, 2, 3].map((n) =>
        journal
          .append('note', { n })
          .then(() => seenAtResolve.push(events.filter((e) => e === 'fsync').length)),
      ),
    );
    expect(seenAtResolve).toEqual([1, 2, 3]);
    expect(events.join(',')).toBe(Array(3).fill('open,write,fsync,close').join(','));
  });

  it('makes a new journal’s name durable too: its folder is synced after the first entry, and only then', async () => {
    dirSyncs.length = 0;
    const journal = await openJournal(path.join(dir, 'c.jsonl'), options);
    events.length = 0;
    await journal.append('ceremony_started', { first: true });
    expect(events).toEqual(['open', 'write', 'fsync', 'close', 'syncDir']);
    expect(dirSyncs).toEqual([dir]);
    await journal.append('note', { second: true });
    expect(dirSyncs).toEqual([dir]);
    // Reopened, the journal is not new: no folder sync either.
    await (await openJournal(path.join(dir, 'c.jsonl'), options)).append('note', { third: true });
    expect(dirSyncs).toEqual([dir]);
  });
});
