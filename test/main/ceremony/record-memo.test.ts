// @vitest-environment node
/**
 * The memo of records verified before: start-up checks only what is new, and the memo is trusted only
 * when the installation key in the keychain signed it. Each attack is tried as someone who can write
 * the data folder but cannot read the keychain.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../main/journal/chain';
import { canonicalJson } from '../../../main/journal/json-text';
import { startRuntime } from '../../../main/runtime';
import { verifyAllRecords } from '../../../main/ceremony/verify-all';
import { rechain } from '../../helpers/journal';
import { testKeys, testSigner } from '../../helpers/record-keys';
import { useRigs, type Rig } from './helpers';

const setup = useRigs();

const memoFile = (r: Rig) => path.join(r.dataDir, 'record-memo.json');
const journalFile = (r: Rig, id: string) => `${r.dataDir}/ceremonies/${id}.journal.jsonl`;
const stateFile = (r: Rig, id: string) => `${r.dataDir}/ceremonies/${id}.json`;
const linesOf = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

interface Memo {
  version: 1;
  key: string;
  records: Record<string, { journal: string; state: string; createdAt: string }>;
  sig: string;
}
const readMemoFile = (r: Rig) => JSON.parse(readFileSync(memoFile(r), 'utf8')) as Memo;
function writeMemoFile(r: Rig, memo: Omit<Memo, 'sig'>, sign: (text: string) => string) {
  writeFileSync(memoFile(r), JSON.stringify({ ...memo, sig: sign(canonicalJson(memo)) }));
}

/** A closed KeyGen, remembered: the app restarted once, so the memo lists it. */
async function remembered() {
  const r = await setup();
  const id = await r.closedKeyGen();
  await r.restart();
  expect(existsSync(memoFile(r))).toBe(true);
  return { r, id };
}

/**
 * A complete forgery of a closed ceremony, short of the keys: its second entry's time changed, the
 * chain redone with signatures that do not verify, and the state file's checkpoint made to follow.
 */
function forge(r: Rig, id: string) {
  const lines = linesOf(journalFile(r, id));
  const edited = rechain(
    lines.map((l, i) => (i === 1 ? l.replace('"at":"2', '"at":"3') : l)),
    1,
  );
  writeFileSync(journalFile(r, id), edited.join('\n') + '\n');
  const stored = JSON.parse(readFileSync(stateFile(r, id), 'utf8')) as { journal: { head: string } };
  stored.journal.head = sha256Hex(edited.at(-1)!);
  writeFileSync(stateFile(r, id), JSON.stringify(stored, null, 1));
}

/** The memo as the forger would have it: vouching for the forged files' bytes. */
function memoVouchingFor(r: Rig, id: string): Omit<Memo, 'sig'> {
  const { sig: _sig, ...memo } = readMemoFile(r);
  memo.records[id] = {
    ...memo.records[id]!,
    journal: sha256(journalFile(r, id)),
    state: sha256(stateFile(r, id)),
  };
  return memo;
}

const damage = (r: Rig, id: string) =>
  r.runtime.services.ceremonies.damaged().find((d) => d.id === id)?.problem.field;

describe('the memo of records verified before', () => {
  it('lists each closed ceremony by the hashes of its files, signed with the installation key', async () => {
    const { r, id } = await remembered();
    const memo = readMemoFile(r);
    const signer = await r.runtime.services.installation.signer();
    expect(memo.key).toBe(signer.publicKey);
    expect(memo.records[id]).toEqual({
      journal: sha256(journalFile(r, id)),
      state: sha256(stateFile(r, id)),
      createdAt: r.runtime.services.ceremonies.get(id).createdAt,
    });
  });

  it('spares the signatures only of bytes it vouches for: a journal it lists verifies without them', async () => {
    // What the memo is trusted with, shown by a journal whose signatures are all wrong: with the
    // installation key's own memo over exactly these bytes, it loads, and only then.
    const { r, id } = await remembered();
    forge(r, id);
    const signer = await r.runtime.services.installation.signer();
    writeMemoFile(r, memoVouchingFor(r, id), (text) => signer.sign(text));
    // The signed index would find the rewrite by its head: without it, only the memo speaks.
    rmSync(path.join(r.dataDir, 'record-index.json'));
    await r.restart();
    expect(damage(r, id)).toBeUndefined();
    expect(r.runtime.services.ceremonies.indexProblem()).toMatch(/was removed/);
    // The full re-check trusts no memo and finds it.
    const full = await verifyAllRecords(r.dataDir, r.runtime.services.installation);
    expect(full.damaged.map((d) => d.id)).toEqual([id]);
    expect(full.damaged[0]!.problem.field).toBe('sig');
  });

  it('finds entries appended to a remembered journal, its state file untouched', async () => {
    // The state's checkpoint allows a journal to have grown since; only the journal's own bytes
    // tell the memo that these lines were never verified.
    const { r, id } = await remembered();
    const lines = linesOf(journalFile(r, id));
    const extra = JSON.stringify({ ...JSON.parse(lines.at(-1)!), seq: lines.length + 1 });
    writeFileSync(journalFile(r, id), rechain([...lines, extra], lines.length).join('\n') + '\n');
    await r.restart();
    expect(damage(r, id)).toBe('sig');
  });

  it('finds a closed journal forged after it was remembered', async () => {
    const { r, id } = await remembered();
    forge(r, id);
    await r.restart();
    expect(damage(r, id)).toBe('sig');
  });

  it('finds it when the memo was edited to vouch for the forgery, unsigned', async () => {
    const { r, id } = await remembered();
    forge(r, id);
    writeFileSync(memoFile(r), JSON.stringify({ ...memoVouchingFor(r, id), sig: readMemoFile(r).sig }));
    await r.restart();
    expect(damage(r, id)).toBe('sig');
  });

  it.each([
    ['signed again with another key', true],
    ['naming the installation key but signed by another', false],
  ])('finds it when the memo was %s', async (_how, namesForger) => {
    const { r, id } = await remembered();
    forge(r, id);
    const forger = testSigner();
    const memo = memoVouchingFor(r, id);
    writeMemoFile(r, namesForger ? { ...memo, key: forger.publicKey } : memo, (text) => forger.sign(text));
    await r.restart();
    expect(damage(r, id)).toBe('sig');
  });

  it('finds an edited state file of a remembered ceremony', async () => {
    const { r, id } = await remembered();
    const stored = JSON.parse(readFileSync(stateFile(r, id), 'utf8')) as {
      ceremony: { witnesses: string[] };
    };
    stored.ceremony.witnesses = ['Mallory'];
    writeFileSync(stateFile(r, id), JSON.stringify(stored, null, 1));
    await r.restart();
    expect(damage(r, id)).toBeDefined();
  });
});

describe('start-up with history', () => {
  it('leaves ceremonies that are over for later, loads one on demand, and lists a page of them', async () => {
    const r = await setup();
    const older = await r.closedKeyGen();
    const c0 = r.runtime.services.ceremonies;
    const open = await c0.start('GroupSetup', r.profileId);
    await r.restart(); // the memo now lists the closed one
    const options = r.runtime.services.options;
    await r.runtime.close();
    const runtime = await startRuntime(options);
    try {
      const c = runtime.services.ceremonies;
      // Right after start-up: the open ceremony is loaded, the closed one waits.
      expect(c.get(open.id).phase).not.toBe('closed');
      expect(() => c.get(older)).toThrow();
      // Waiting, it is still counted, and a listing that shows it loads it.
      const early = await c.list(1);
      expect(early.historyTotal).toBe(1);
      expect(early.ceremonies.map((x) => x.id).sort()).toEqual([open.id, older].sort());
      // A channel that reads it loads it first.
      const got = (await runtime.dispatch('ceremony.get', { id: older })) as {
        ok: boolean;
        value: { id: string };
      };
      expect(got).toMatchObject({ ok: true, value: { id: older } });
      await c.settled();
      const listed = (await runtime.dispatch('ceremony.list', { historyLimit: 1 })) as {
        value: { ceremonies: Array<{ id: string }>; historyTotal: number };
      };
      expect(listed.value.ceremonies.map((x) => x.id).sort()).toEqual([open.id, older].sort());
      expect(listed.value.historyTotal).toBe(1);
    } finally {
      await runtime.close();
    }
  });

  it('loads at start a ceremony an edited memo lists as over: an unsigned schedule defers nothing', async () => {
    const r = await setup();
    await r.closedKeyGen();
    const open = await r.runtime.services.ceremonies.start('GroupSetup', r.profileId);
    await r.restart();
    const memo = readMemoFile(r);
    memo.records[open.id] = { ...Object.values(memo.records)[0]!, createdAt: '0000' };
    writeFileSync(memoFile(r), JSON.stringify(memo));
    const options = r.runtime.services.options;
    await r.runtime.close();
    const runtime = await startRuntime(options);
    try {
      // Loaded before anything else, as an open ceremony must be (it may need picking up).
      expect(runtime.services.ceremonies.get(open.id).phase).toBe('preparing');
    } finally {
      await runtime.close();
    }
  });

  it('lists a record it cannot even read as damaged, never drops it', async () => {
    const { r, id } = await remembered();
    rmSync(journalFile(r, id));
    mkdirSync(journalFile(r, id));
    await r.restart();
    const found = r.runtime.services.ceremonies.damaged().find((d) => d.id === id);
    expect(found?.problem.reason).toMatch(/^the record could not be read/);
  });

  it('pages the ceremonies that are over, newest first', async () => {
    const r = await setup();
    const first = await r.closedKeyGen();
    const c = r.runtime.services.ceremonies;
    const abandoned = await c.start('GroupSetup', r.profileId);
    await c.abandon(abandoned.id);
    expect((await c.list(1)).ceremonies.map((x) => x.id)).toEqual([abandoned.id]);
    expect((await c.list(1)).historyTotal).toBe(2);
    expect((await c.list(2)).ceremonies.map((x) => x.id)).toEqual([abandoned.id, first]);
  });
});

describe('verify-all', () => {
  it('verifies every record in full and names each damaged one', async () => {
    const { r, id } = await remembered();
    const keys = r.runtime.services.installation;
    expect(await verifyAllRecords(r.dataDir, keys)).toEqual({ verified: 1, damaged: [] });
    // A record signed by a key that is not this installation's
    expect((await verifyAllRecords(r.dataDir, testKeys())).damaged[0]?.problem.field).toBe('data.signer');
    forge(r, id);
    const check = await verifyAllRecords(r.dataDir, keys);
    expect(check.verified).toBe(0);
    expect(check.damaged[0]).toMatchObject({ id, problem: { field: 'sig' } });
  });
});
