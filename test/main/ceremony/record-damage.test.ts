// @vitest-environment node
/**
 * Forgeries tried as someone with write access to the data folder but not the keychain would: each is
 * found on the next start, listed as damaged with what is wrong and where, and never trusted again.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Ceremony } from '../../../common/contract';
import { fingerprintOfHexKey } from '../../../common/fingerprint';
import type { Said } from '../../../common/i18n/said';
import { zhCN } from '../../../common/i18n/messages/zh-CN';
import { say, sayEnglish, translator } from '../../../common/i18n/translate';
import { parseLine, rechain } from '../../helpers/journal';
import { testSigner } from '../../helpers/record-keys';
import { signedLine } from '../../../main/journal/chain';
import { verifyTranscript } from '../../../main/journal/transcript';
import { recoveryOnVault, useRigs, type Rig } from './helpers';

const setup = useRigs();

const closedKeyGen = (r: Rig) => r.closedKeyGen();

const files = (r: Rig, id: string) => ({
  journal: `${r.dataDir}/ceremonies/${id}.journal.jsonl`,
  state: `${r.dataDir}/ceremonies/${id}.json`,
});
const linesOf = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);
const write = (file: string, lines: string[]) => writeFileSync(file, lines.join('\n') + '\n');
function editState(file: string, change: (c: Ceremony) => void) {
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { ceremony: Ceremony };
  change(stored.ceremony);
  writeFileSync(file, JSON.stringify(stored, null, 1));
}

async function damageAfterRestart(r: Rig, id: string) {
  await r.restart();
  const c = r.runtime.services.ceremonies;
  expect((await c.list()).ceremonies.map((x) => x.id)).not.toContain(id);
  const found = c.damaged().find((d) => d.id === id);
  expect(found).toBeDefined();
  return found!;
}

describe('a record changed outside the app', () => {
  it('witnesses rewritten and the chain recomputed: the rewritten entry’s signature gives it away', async () => {
    const r = await setup();
    const id = await closedKeyGen(r);
    await r.runtime.close();
    const { journal } = files(r, id);
    const lines = linesOf(journal);
    const at = lines.findIndex((l) => parseLine(l).kind === 'witnesses');
    lines[at] = lines[at]!.replace('Wendy Witness', 'Mallory Forger');
    write(journal, rechain(lines, at));
    const damaged = await damageAfterRestart(r, id);
    expect(damaged.problem).toMatchObject({ line: at + 1, entryKind: 'witnesses', field: 'sig' });
    expect(damaged.summary).toMatch(new RegExp(`^Journal entry ${at + 1} \\(witnesses\\), field sig: `));
    expect(damaged).toMatchObject({ kind: 'KeyGen', environment: 'sandbox', entries: at });
  });

  it('the whole journal re-signed with another key: not this installation’s record', async () => {
    const r = await setup();
    const id = await closedKeyGen(r);
    await r.runtime.close();
    const { journal } = files(r, id);
    const mallory = testSigner();
    const [first, ...rest] = linesOf(journal);
    const start = parseLine(first!);
    const resigned = signedLine({ ...start, data: { ...start.data, signer: mallory.publicKey } }, mallory);
    write(journal, rechain([resigned.line, ...rest], 1, mallory));
    const damaged = await damageAfterRestart(r, id);
    expect(damaged.problem).toEqual({
      line: 1,
      entryKind: 'ceremony_started',
      field: 'data.signer',
      reason: `the journal is signed by key ${fingerprintOfHexKey(mallory.publicKey)}, which is not a key of this installation`,
    });
  });

  it('trailing lines cut, closing entry included, with the state file’s checkpoint edited to match', async () => {
    const r = await setup();
    const id = await closedKeyGen(r);
    await r.runtime.close();
    const { journal, state } = files(r, id);
    const kept = linesOf(journal).slice(0, 3);
    write(journal, kept);
    const stored = JSON.parse(readFileSync(state, 'utf8'));
    stored.journal = { entries: 3, head: (await import('../../../main/journal/chain')).sha256Hex(kept[2]!) };
    writeFileSync(state, JSON.stringify(stored));
    const damaged = await damageAfterRestart(r, id);
    // The state file still says closed, but nothing in the journal closes it.
    expect(damaged.problem).toMatchObject({
      line: 3,
      field: 'closure',
      reason:
        'the state file says the ceremony is closed, but the journal ends before its closing entry (entries were removed from its end)',
    });
  });

  it.each([
    ['the vault', (c: Ceremony) => (c.vaultName = 'Some Other Vault'), 'vault', 'step_completed'],
    ['the witnesses', (c: Ceremony) => (c.witnesses = ['Nobody Was Here']), 'witnesses', 'witnesses'],
    ['the outcome', (c: Ceremony) => (c.outcome = 'failed'), 'outcome', 'closure'],
    ['the request id', (c: Ceremony) => (c.tssRequestId = 'another'), 'tss_request_id', 'response_received'],
    ['the root keys', (c: Ceremony) => (c.rootKeysAfter = []), 'root_pubkeys', 'verification_result'],
    ['the participants', (c: Ceremony) => (c.custodianNames = {}), 'participants', 'custodian_checkin'],
    ['the phase', (c: Ceremony) => (c.phase = 'finished'), 'closure', 'closure'],
    // What the report and History say the ceremony acted on.
    [
      'the target group',
      (c: Ceremony) => (c.selection.targetGroupId = 'another'),
      'selection',
      'step_completed',
    ],
    [
      'a lost phone added',
      (c: Ceremony) => (c.selection.lostNodeId = 'someone'),
      'selection',
      'step_completed',
    ],
  ])(
    'the state file alone edited (%s): reported against the journal entry it contradicts',
    async (_what, change, field, kind) => {
      const r = await setup();
      const id = await closedKeyGen(r);
      await r.runtime.close();
      editState(files(r, id).state, change);
      const damaged = await damageAfterRestart(r, id);
      expect(damaged.problem).toMatchObject({ field, entryKind: kind });
      const entry = parseLine(linesOf(files(r, id).journal)[damaged.problem.line! - 1]!);
      expect(entry.kind).toBe(kind);
    },
  );

  it('the lost phone’s holder renamed in the state file: reported against the choice that named them', async () => {
    const r = await setup();
    const { c, phone, ceremony } = await recoveryOnVault(r);
    await c.select(ceremony.id, { lostNodeId: phone.tss_node_id });
    await r.runtime.close();
    editState(files(r, ceremony.id).state, (x) => (x.custodianNames[phone.tss_node_id] = 'Someone Else'));
    const damaged = await damageAfterRestart(r, ceremony.id);
    expect(damaged.problem).toMatchObject({ field: 'selection', entryKind: 'step_completed' });
    expect(damaged.problem.reason).toBe(
      `the state file says the choice lostHolderName is "Someone Else", but the journal records "${phone.name}"`,
    );
  });

  it('a missing state file: the journal still shows, as damaged', async () => {
    const r = await setup();
    const id = await closedKeyGen(r);
    await r.runtime.close();
    rmSync(files(r, id).state);
    const damaged = await damageAfterRestart(r, id);
    expect(damaged.problem.reason).toBe('the ceremony’s state file is missing or unreadable');
    expect(damaged.kind).toBe('KeyGen');
  });

  it('a damaged record is never changed again, and is exported only marked as damaged', async () => {
    const r = await setup();
    const id = await closedKeyGen(r);
    await r.runtime.close();
    editState(files(r, id).state, (c) => (c.witnesses = ['Nobody Was Here']));
    await damageAfterRestart(r, id);
    const before = readFileSync(files(r, id).journal, 'utf8');
    await expect(r.runtime.services.ceremonies.close(id)).rejects.toMatchObject({
      code: 'ceremony.record_damaged',
    });
    expect(readFileSync(files(r, id).journal, 'utf8')).toBe(before);
    const exported = await r.runtime.services.records.exportTranscript(id);
    expect(exported.path).toMatch(/key-ceremony-DAMAGED-.*\.transcript\.json$/);
    const verdict = verifyTranscript(readFileSync(exported.path!, 'utf8'));
    expect(verdict).toMatchObject({
      status: 'damaged',
      problem: expect.stringContaining('the app exported this record as damaged: Journal entry'),
    });
    expect(verdict.problem).toContain('Nobody Was Here');
  });

  it('a journal edited while the app runs: the next listing shows it damaged, without a restart', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const open = await c.start('KeyGen', r.profileId);
    await c.setWitnesses(open.id, ['Wendy Witness']);
    const untouched = await c.start('KeyGen', r.profileId);
    const { journal } = files(r, open.id);
    const lines = linesOf(journal);
    lines[1] = lines[1]!.replace('Wendy Witness', 'Wendy Witnesz');
    write(journal, lines);
    const listed = (await r.runtime.dispatch('ceremony.list', {})) as {
      ok: true;
      value: { ceremonies: Ceremony[]; damaged: Array<{ id: string; problem: { line: number } }> };
    };
    expect(listed.value.ceremonies.map((x) => x.id)).toEqual([untouched.id]);
    expect(listed.value.damaged).toEqual([
      expect.objectContaining({ id: open.id, problem: expect.objectContaining({ line: 2, field: 'sig' }) }),
    ]);
    // Nothing more is written to it.
    await expect(c.tick(open.id, 'workstation_prepared')).rejects.toMatchObject({
      code: 'ceremony.record_damaged',
    });
    expect(linesOf(journal)).toEqual(lines);
  });

  it('an untouched record loads as it was', async () => {
    const r = await setup();
    const id = await closedKeyGen(r);
    await r.restart();
    expect(r.runtime.services.ceremonies.get(id).phase).toBe('closed');
    expect(r.runtime.services.ceremonies.damaged()).toEqual([]);
    expect(
      readdirSync(`${r.dataDir}/ceremonies`)
        .filter((f) => f.startsWith(id))
        .sort(),
    ).toEqual([`${id}.journal.jsonl`, `${id}.json`]);
  });
});

describe('a record rolled back or removed, with everything that remains consistent', () => {
  const indexFile = (r: Rig) => `${r.dataDir}/record-index.json`;

  /** A ceremony prepared up to its review, its files as they were then, then run to its close. */
  async function closedAfterSnapshot(r: Rig) {
    const c = r.runtime.services.ceremonies;
    const main = await r.group('MainGroup');
    const prepared = await r.prepare('KeyGen', { targetGroupId: main.key_share_holder_group_id });
    const { journal, state } = files(r, prepared.id);
    const then = { journal: readFileSync(journal, 'utf8'), state: readFileSync(state, 'utf8') };
    await c.submit(prepared.id, undefined);
    await r.waitFor(() => c.get(prepared.id).phase === 'finished', 'KeyGen');
    await c.recordComparison(prepared.id);
    await c.close(prepared.id);
    return { id: prepared.id, then, entriesThen: then.journal.split('\n').filter(Boolean).length };
  }

  it('a closed ceremony put back as it was before sending (journal cut, state file of then): found, and located', async () => {
    const r = await setup();
    const { id, then, entriesThen } = await closedAfterSnapshot(r);
    const entriesAtClose = linesOf(files(r, id).journal).length;
    await r.runtime.close();
    writeFileSync(files(r, id).journal, then.journal);
    writeFileSync(files(r, id).state, then.state);
    const damaged = await damageAfterRestart(r, id);
    expect(damaged.problem).toMatchObject({
      line: entriesThen + 1,
      reason: `the journal stops at entry ${entriesThen}, but this installation’s signed index recorded ${entriesAtClose} entries: it was rolled back`,
    });
    expect(damaged.summary).toContain(`Journal entry ${entriesThen + 1}`);
  });

  it('a ceremony’s files deleted: listed as deleted, with how far its journal went', async () => {
    const r = await setup();
    const id = await closedKeyGen(r);
    const entries = linesOf(files(r, id).journal).length;
    await r.runtime.close();
    rmSync(files(r, id).journal);
    rmSync(files(r, id).state);
    await r.restart();
    expect(r.runtime.services.ceremonies.damaged()).toEqual([
      expect.objectContaining({
        id,
        problem: expect.objectContaining({
          reason: `the ceremony’s files were deleted; this installation’s signed index recorded its journal with ${entries} entries`,
        }),
      }),
    ]);
  });

  it('a ceremony from before the index (an upgraded installation) joins it once verified, so its deletion is found too', async () => {
    const r = await setup();
    const id = await closedKeyGen(r);
    await r.runtime.close();
    // As an installation of an older version: no index, no mark.
    rmSync(indexFile(r));
    const { createSecretStore, BROWSER_HOST_KEYCHAIN_SERVICE } =
      await import('../../../main/keychain/secret-store');
    const { installationAccount } = await import('../../../main/journal/installation-key');
    await createSecretStore(undefined, BROWSER_HOST_KEYCHAIN_SERVICE).delete(
      `${installationAccount(r.dataDir)}:record-index`,
    );
    await r.restart();
    await r.waitFor(
      () => existsSync(indexFile(r)) && readFileSync(indexFile(r), 'utf8').includes(id),
      'the index',
    );
    await r.runtime.close();
    rmSync(files(r, id).journal);
    rmSync(files(r, id).state);
    await r.restart();
    expect(r.runtime.services.ceremonies.damaged().map((d) => d.id)).toEqual([id]);
  });

  it('the index put back as an older one, removed, or re-signed by another key: said at the top of History', async () => {
    const r = await setup();
    await closedKeyGen(r);
    const older = readFileSync(indexFile(r), 'utf8');
    const second = (await r.runtime.services.ceremonies.start('KeyGen', r.profileId)).id;
    const listing = async () =>
      (
        (await r.runtime.dispatch('ceremony.list', {})) as {
          value: { recordIndex: string | null; recordIndexSaid?: Said | null };
        }
      ).value;
    expect(await listing()).toMatchObject({ recordIndex: null, recordIndexSaid: null });
    await r.runtime.close();
    // The second ceremony removed, with the index from before it: every file agrees, the keychain does not.
    rmSync(files(r, second).journal);
    rmSync(files(r, second).state);
    writeFileSync(indexFile(r), older);
    await r.restart();
    const replaced = await listing();
    expect(replaced.recordIndex).toMatch(
      /^the installation’s index of its ceremonies was replaced by an older one \(version \d+; the keychain remembers version \d+\)/,
    );
    // The same as message keys, for History in the page's language: its English is main's, byte for byte.
    expect(replaced.recordIndexSaid).toMatchObject({ key: 'records.index.older' });
    const indexSaid = replaced.recordIndexSaid as Said;
    expect(sayEnglish(indexSaid)).toBe(replaced.recordIndex);
    expect(say(translator('zh-CN', zhCN), indexSaid)).toMatch(
      /^本安装实例的仪式索引被替换为较旧的一份（版本 \d+；钥匙串记得的是版本 \d+）/,
    );
    await r.runtime.close();
    rmSync(indexFile(r));
    await r.restart();
    expect((await listing()).recordIndex).toMatch(/signed index of its ceremonies was removed/);
    expect((await listing()).recordIndexSaid).toMatchObject({ key: 'records.index.removed' });
    await r.runtime.close();
    const mallory = testSigner();
    const body = { ...JSON.parse(older), key: mallory.publicKey, sig: undefined };
    const { canonicalJson } = await import('../../../main/journal/json-text');
    writeFileSync(indexFile(r), JSON.stringify({ ...body, sig: mallory.sign(canonicalJson(body)) }));
    await r.restart();
    expect((await listing()).recordIndex).toMatch(/altered: it is not signed by a key of this installation/);
  });

  it('one strange file hides nothing: a name no ceremony has, and an unreadable key history', async () => {
    const r = await setup();
    const id = await closedKeyGen(r);
    await r.runtime.close();
    const long = 'x'.repeat(230);
    writeFileSync(`${r.dataDir}/ceremonies/${long}.json`, '{}');
    rmSync(`${r.dataDir}/installation-keys.json`);
    mkdirSync(`${r.dataDir}/installation-keys.json`);
    await r.restart();
    const listed = (await r.runtime.dispatch('ceremony.list', {})) as {
      ok: boolean;
      value: { ceremonies: Ceremony[]; damaged: Array<{ id: string; problem: { reason: string } }> };
    };
    expect(listed.ok).toBe(true);
    expect(listed.value.ceremonies.map((c) => c.id)).toEqual([id]);
    expect(listed.value.damaged).toEqual([
      expect.objectContaining({
        id: expect.stringMatching(/^x{60}…[0-9a-f]{12}$/),
        problem: expect.objectContaining({
          reason: expect.stringContaining('has a name no ceremony has (230 characters'),
        }),
      }),
    ]);
  });
});
