// @vitest-environment node
/**
 * A damaged or refused record's reasons, and a ceremony's failure, as message keys (issue #32): main's
 * English is byte for byte the one it always wrote (logs, the journal, a damaged transcript's header),
 * and the page says each in Chinese. The problem carries its sentence as a plain field, so a copy of it
 * (a spread, a record built from it) keeps it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unsignedEntry } from '../../helpers/journal';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Ceremony } from '../../../common/contract';
import { fingerprintOfHexKey } from '../../../common/fingerprint';
import type { Said } from '../../../common/i18n/said';
import { said, say, sayEnglish, translator } from '../../../common/i18n/translate';
import { zhCN } from '../../../common/i18n/messages/zh-CN';
import { NAMES } from '../../../common/i18n/do-not-translate';
import {
  checkpointProblem,
  GENESIS,
  readChain,
  sha256Hex,
  signedLine,
  type EntryProblem,
} from '../../../main/journal/chain';
import { reasonSaid } from '../../../main/journal/entry-problem';
import { openJournal, type Journal } from '../../../main/journal/journal';
import { damagedEntry, readRecord, strangeRecord } from '../../../main/ceremony/record-load';
import {
  createIndexWriter,
  deletedProblem,
  readIndex,
  rolledBack,
} from '../../../main/ceremony/record-index';
import { stateDisagreement } from '../../../main/ceremony/record-check';
import { finish } from '../../../main/ceremony/finish';
import { newCeremony } from '../../fixtures/ceremony';
import { journalLines } from '../../helpers/journal';
import { testKeys, testSigner } from '../../helpers/record-keys';

const ZH = translator('zh-CN', zhCN);
const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-reasons-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Latin words left in a Chinese sentence once the kept names and the values it carries are taken out. */
function latin(text: string, values: readonly string[]): string[] {
  let rest = text;
  for (const kept of [...Object.values(NAMES), ...values].sort((a, b) => b.length - a.length))
    rest = rest.split(kept).join(' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

/** The sentence's English is `english`, and its Chinese has Chinese in it and no English beyond `values`. */
function saysBoth(sentence: Said | undefined, english: string, values: readonly string[] = []) {
  expect(sentence).toBeDefined();
  expect(sayEnglish(sentence!)).toBe(english);
  const chinese = say(ZH, sentence!);
  expect(chinese).toMatch(/\p{Script=Han}/u);
  expect(latin(chinese!, values), chinese!).toEqual([]);
}

/** The problem's English reason, and its sentence as a field, said in both languages. */
function reasonSays(
  problem: EntryProblem | null | undefined,
  english: string,
  values: readonly string[] = [],
) {
  expect(problem?.reason).toBe(english);
  saysBoth(problem?.reasonSaid, english, values);
  // Copied as records and readings copy it, it keeps its sentence.
  expect(reasonSaid({ ...problem! })).toEqual(problem?.reasonSaid);
}

describe('a record read from disk', () => {
  const files = (name: string) => ({
    id: name,
    journalFile: path.join(dir, `${name}.journal.jsonl`),
    stateFile: path.join(dir, `${name}.json`),
  });
  const problemOf = async (found: Awaited<ReturnType<typeof readRecord>>) => {
    expect(found).toHaveProperty('damaged');
    const { record } = (found as { damaged: ReturnType<typeof damagedEntry> }).damaged;
    return record;
  };

  it('with no journal, or no state file, says so', async () => {
    const empty = await problemOf(await readRecord({ ...files('none'), keys: testKeys() }));
    expect(empty.problem).toEqual({
      line: 1,
      entryKind: null,
      field: null,
      reason: 'the journal is missing or empty',
    });
    saysBoth(
      empty.said,
      'Journal entry 1: the journal is missing or empty. The files were changed outside the app; keep them as they are, export the record (it is marked as damaged) and report it to your security team.',
    );
    const signer = testSigner();
    const lines = await journalLines(signer, { kind: 'KeyGen' }, []);
    writeFileSync(files('stateless').journalFile, `${lines.join('\n')}\n`);
    const stateless = await problemOf(await readRecord({ ...files('stateless'), keys: testKeys(signer) }));
    expect(stateless.problem.reason).toBe('the ceremony’s state file is missing or unreadable');
    saysBoth(
      stateless.said,
      'The ceremony’s record: the ceremony’s state file is missing or unreadable. The files were changed outside the app; keep them as they are, export the record (it is marked as damaged) and report it to your security team.',
    );
  });

  it('signed by a key not of this installation, or changing back to a key replaced before, says which', async () => {
    const [first, second] = [testSigner(), testSigner()];
    const [start] = await journalLines(first, { kind: 'KeyGen' }, []);
    writeFileSync(files('foreign').journalFile, `${start}\n`);
    const foreign = await problemOf(await readRecord({ ...files('foreign'), keys: testKeys(second) }));
    const key = fingerprintOfHexKey(first.publicKey);
    expect(foreign.problem.reason).toBe(
      `the journal is signed by key ${key}, which is not a key of this installation`,
    );
    saysBoth(foreign.said, foreign.summary, [key, 'ceremony_started', 'data.signer']);
    // The second entry hands over to a key the installation had before the first.
    const replaced = signedLine(
      {
        seq: 2,
        at: '2026-01-01T00:00:00.000Z',
        kind: 'key_replaced',
        data: { signer: second.publicKey },
        prev: sha256Hex(start!),
      },
      second,
    );
    writeFileSync(files('back').journalFile, `${start}\n${replaced.line}\n`);
    const keys = {
      ...testKeys(first),
      whose: async () => 'this-installation' as const,
      order: async (f: string) => (f === key ? 1 : 0),
    };
    const back = await problemOf(await readRecord({ ...files('back'), keys }));
    const other = fingerprintOfHexKey(second.publicKey);
    expect(back.problem).toMatchObject({
      line: 2,
      field: 'data.signer',
      reason: `the journal changes to key ${other}, which this installation replaced before`,
    });
    saysBoth(back.said, back.summary, [other, 'key_replaced', 'data.signer']);
  });

  it('a file of a name no ceremony has, or a record that cannot be read, and the last resort', () => {
    const name = `x${'a'.repeat(229)}`;
    const { damaged } = strangeRecord(name);
    expect(damaged.record.problem.reason).toBe(
      `a file in the ceremonies folder has a name no ceremony has (230 characters, starting “${name.slice(0, 40)}”)`,
    );
    saysBoth(damaged.record.said, damaged.record.summary, [name.slice(0, 40)]);
    // record-loader's words for a record whose reading threw, and readRecord's for nothing more to say.
    saysBoth(said('records.load.readFailed', { reason: 'EACCES' }), 'the record could not be read (EACCES)', [
      'EACCES',
    ]);
    saysBoth(said('records.load.unreadable'), 'unreadable');
  });

  it('shown in History: nothing English left in the Chinese but the values', () => {
    const problem = checkpointProblem(readChain(''), { entries: 2, head: GENESIS });
    const { record } = damagedEntry('c1', '', problem!);
    saysBoth(record.said, record.summary);
    expect(say(ZH, record.said!)).toBe(
      '日志第 1 条：日志只有 0 条条目，但此前已记录了 2 条（其末尾的条目被删除了）。这些文件在应用之外被更改过；请保持原样，导出该记录（它会被标记为已损坏），并报告给您的安全团队。',
    );
  });

  it('keeps the English summary alone when the sentence is too long to cross to the page', () => {
    const base = newCeremony();
    const long = stateDisagreement(base.id, { ...base, witnesses: ['w'.repeat(2100)] }, [started(base)]);
    const { record } = damagedEntry('c', '', long!);
    expect(record.summary).toContain('w'.repeat(2100));
    expect(record.said).toBeUndefined();
  });
});

describe('a journal held to where it stood', () => {
  const signer = testSigner();
  const linesOf = () => journalLines(signer, { kind: 'KeyGen' }, [['note', { n: 1 }]]);

  it('against the state file’s checkpoint', async () => {
    const reading = readChain(`${(await linesOf()).join('\n')}\n`);
    reasonSays(
      checkpointProblem(reading, { entries: 3, head: GENESIS }),
      'the journal ends after 2 entries but 3 had been recorded (entries were removed from its end)',
    );
    reasonSays(
      checkpointProblem(reading, { entries: 2, head: GENESIS }),
      'this entry is not the one recorded when the ceremony was last saved',
    );
    // A count past a thousand is said as the journal's numbers always were: no separator.
    expect(checkpointProblem(readChain(''), { entries: 12345, head: GENESIS })?.reason).toBe(
      'the journal ends after 0 entries but 12345 had been recorded (entries were removed from its end)',
    );
  });

  it('against the signed index', async () => {
    const reading = readChain(`${(await linesOf()).join('\n')}\n`);
    reasonSays(
      rolledBack(reading, { entries: 3, head: GENESIS }),
      'the journal stops at entry 2, but this installation’s signed index recorded 3 entries: it was rolled back',
    );
    reasonSays(
      rolledBack(reading, { entries: 2, head: GENESIS }),
      'entry 2 is not the one this installation’s signed index recorded: the journal was rewritten from there',
    );
    reasonSays(
      deletedProblem({ entries: 1234, head: GENESIS }),
      'the ceremony’s files were deleted; this installation’s signed index recorded its journal with 1234 entries',
    );
  });

  it('against what the app wrote to it', async () => {
    const file = path.join(dir, 'written.jsonl');
    const journal: Journal = await openJournal(file, { signer: async () => signer });
    await journal.append('ceremony_started', { kind: 'KeyGen' });
    await journal.append('note', { n: 1 });
    const lines = await linesOf();
    writeFileSync(file, `${lines.join('\n')}\n`);
    reasonSays(await journal.checkOnDisk(), 'this entry is not the one the app wrote');
  });
});

describe('the signed index itself', () => {
  const file = (name: string) => path.join(dir, `${name}.index.json`);
  const hash = '0'.repeat(64);

  it('unreadable keychain, removed, altered, older: English for the log, Chinese for the page', async () => {
    const unread = await readIndex(file('a'), {
      ...testKeys(),
      readMark: () => Promise.reject(new Error('locked')),
    });
    expect(unread.problem).toBe(
      'the keychain could not be read to check the installation’s index of its ceremonies; it is checked again at the next start',
    );
    saysBoth(unread.problemSaid ?? undefined, unread.problem ?? '');
    const keys = testKeys();
    await keys.writeMark(`7:${hash}`);
    const removed = await readIndex(file('b'), keys);
    expect(removed.problem).toBe(
      'the installation’s signed index of its ceremonies was removed (the keychain remembers version 7)',
    );
    saysBoth(removed.problemSaid ?? undefined, removed.problem ?? '');
    writeFileSync(file('c'), '{}');
    const altered = await readIndex(file('c'), testKeys());
    expect(altered.problem).toBe(
      'the installation’s index of its ceremonies was altered: it is not signed by a key of this installation',
    );
    saysBoth(altered.problemSaid ?? undefined, altered.problem ?? '');
    const fresh = testKeys();
    const writer = createIndexWriter(file('d'), fresh, await readIndex(file('d'), fresh));
    await writer.record('c1', { entries: 1, head: hash });
    await fresh.writeMark(`1005:${hash}`);
    const older = await readIndex(file('d'), fresh);
    expect(older.problem).toBe(
      'the installation’s index of its ceremonies was replaced by an older one (version 1; the keychain remembers version 1005): ceremonies may have been rolled back or removed',
    );
    saysBoth(older.problemSaid ?? undefined, older.problem ?? '');
    expect(await readIndex(file('none'), testKeys())).toMatchObject({ problem: null, problemSaid: null });
  });
});

const entry = unsignedEntry;
function started(c: Ceremony) {
  return entry(1, 'ceremony_started', {
    ceremony_id: c.id,
    kind: c.kind,
    environment: c.environment,
    api_key_fingerprint: c.apiKeyFingerprint,
  });
}

describe('a state file that disagrees with its journal', () => {
  const c = newCeremony({ kind: 'Recovery' });
  const disagreement = (state: Partial<Ceremony>, entries = [started(c)]) =>
    stateDisagreement(c.id, { ...c, ...state }, entries);

  it('on whether the ceremony is closed', () => {
    reasonSays(
      disagreement({ phase: 'closed' }),
      'the state file says the ceremony is closed, but the journal ends before its closing entry (entries were removed from its end)',
    );
    reasonSays(
      disagreement({}, [started(c), entry(2, 'closure', { outcome: 'abandoned' })]),
      'the journal is closed, but the state file says the ceremony is still open',
    );
  });

  it('on a fact, a choice, the witnesses’ keys, a list: the values kept as they are, "nothing" said', () => {
    reasonSays(
      disagreement({ vaultName: 'Treasury' }),
      'the state file says vault is {"name":"Treasury","vault_id":null}, but the journal records {"name":null,"vault_id":null}',
      ['vault', '{"name":"Treasury","vault_id":null}', '{"name":null,"vault_id":null}'],
    );
    reasonSays(
      disagreement({ outcome: 'success' }),
      'the state file says outcome is "success", but the journal records nothing',
      ['outcome', '"success"'],
    );
    const stated = [{ principal: 'w', key: 'ssh-ed25519 AAAA' }] as unknown as Ceremony['witnessSigners'];
    reasonSays(
      disagreement({ witnessSigners: stated }),
      'the state file’s witnesses’ keys differ from the ones the journal fixed in the plan',
    );
    const exceptions = [{ step: 'x' }] as unknown as Ceremony['exceptions'];
    reasonSays(
      disagreement({ exceptions }),
      'the state file says the exceptions are [{"step":"x"}], but the journal records []',
      ['exceptions', '[{"step":"x"}]', '[]'],
    );
    const backups = { n1: { name: 'Alice', at: 'then' } };
    reasonSays(
      disagreement({ backups }),
      'the state file says the confirmed backups are {"n1":{"at":"then","name":"Alice"}}, but the journal records {}',
      ['{"n1":{"at":"then","name":"Alice"}}', '{}'],
    );
    reasonSays(
      disagreement({}, [started(c), entry(2, 'step_completed', { step: 'selection', selection: 'none' })]),
      'the journal’s last choice entry cannot be read as the choices of a ceremony',
    );
  });
});

describe('a ceremony’s failure', () => {
  const journal = () => ({ append: vi.fn(async () => undefined) });

  it('journals the English it always did, and keeps the sentence for the page', async () => {
    const state = newCeremony({ kind: 'KeyGen' });
    const j = journal();
    await finish(state, j as unknown as Journal, null, 'cancelled', said('records.failure.cancelled'));
    expect(j.append).toHaveBeenCalledWith('ceremony_finished', {
      outcome: 'cancelled',
      failure: 'The request was cancelled; nothing was created.',
    });
    expect(state.failure).toBe('The request was cancelled; nothing was created.');
    saysBoth(state.failureSaid, 'The request was cancelled; nothing was created.');
    expect(say(ZH, state.failureSaid!)).toBe('请求已取消；未创建任何内容。');
  });

  it('says root keys that changed, loudly, in both languages', async () => {
    const before = [{ curve: 'SECP256K1', root_pubkey: 'xpub-before' }];
    const state = newCeremony({ kind: 'GroupUpgrade', rootKeysBefore: before });
    await finish(
      state,
      journal() as unknown as Journal,
      [{ ...before[0]!, root_pubkey: 'xpub-after' }],
      'success',
      null,
    );
    expect(state.failure).toBe(
      'The vault’s root public keys changed during this ceremony. Stop: do not use this vault until Cobo support has explained why.',
    );
    saysBoth(state.failureSaid, state.failure!);
  });

  it('keeps only the English when the sentence is too long to cross to the page', async () => {
    const state = newCeremony({ kind: 'KeyGen' });
    const long = said('records.load.readFailed', { reason: 'x'.repeat(2100) });
    await finish(state, journal() as unknown as Journal, null, 'failed', long);
    expect(state.failure).toBe(`the record could not be read (${'x'.repeat(2100)})`);
    expect(state).not.toHaveProperty('failureSaid');
  });

  it('leaves both empty when nothing went wrong', async () => {
    const state = newCeremony({ kind: 'KeyGen' });
    const j = journal();
    await finish(state, j as unknown as Journal, null, 'success', null);
    expect(j.append).toHaveBeenCalledWith('ceremony_finished', { outcome: 'success', failure: null });
    expect(state.failure).toBeNull();
    expect(state).not.toHaveProperty('failureSaid');
  });

  it('names each curve of a failed drill as the record always did', () => {
    const verdict = (proven: string) => said('verdicts.kit.count', { proven, participants: '3' });
    const joined = said('errors.join.space', {
      first: said('records.failure.drillCurve', { curve: 'SECP256K1', summary: verdict('1') }),
      rest: said('records.failure.drillCurve', { curve: 'ED25519', summary: verdict('0') }),
    });
    saysBoth(joined, 'SECP256K1: 1 of 3 shares proven ED25519: 0 of 3 shares proven', [
      'SECP256K1',
      'ED25519',
    ]);
  });
});
