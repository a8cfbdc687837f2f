// @vitest-environment node
/**
 * The recovery drill as a ceremony (issue #30, items 2, 3, 5): the holders' files checked one at a time
 * against the vault's root keys as Cobo reports them and the key's holders as Cobo lists them; each
 * file's outcome journalled without a share or a password; the conclusion proves 2 of 3 on both curves
 * and closes like any ceremony. A bad file is named and journalled, and proves nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyTranscript } from '../../../main/journal/transcript';
import { stateDisagreement } from '../../../main/ceremony/record-check';
import { keyedRecoveryKey, useRigs } from './helpers';
import { say, sayEnglish, translator } from '../../../common/i18n/translate';
import { zhCN } from '../../../common/i18n/messages/zh-CN';

const setup = useRigs();

/** A vault whose Recovery Key holds shares, and a drill of that key, its holders checked in. */
async function drillOfRecoveryKey() {
  const r = await setup();
  const { keyGen, keyed, recovery } = await keyedRecoveryKey(r);
  const c = r.runtime.services.ceremonies;
  let drill = await c.start('RecoveryDrill', r.profileId);
  drill = await c.select(drill.id, { vaultId: r.vaultId });
  drill = await c.select(drill.id, { targetGroupId: recovery.key_share_holder_group_id });
  const engine = r.runtime.services.sandbox!.engine;
  const file = (nodeId: string, password: string) => {
    const f = engine.exportRecoveryFile(nodeId, password, 3);
    return { name: f.fileName, content: f.content };
  };
  const holders = recovery.holders.filter((h) => h.type !== 'Cobo');
  return { r, c, drill, keyGen, holders, keyed, file };
}

describe('the recovery drill', () => {
  it('proves 2 of 3 on both curves from the holders’ files, one at a time, and journals no secret', async () => {
    const { r, c, drill, keyGen, holders, file } = await drillOfRecoveryKey();
    const [chen, dana] = holders;
    const a = file(chen!.tss_node_id, 'chen pass 123');
    const b = file(dana!.tss_node_id, 'dana pass 456');
    // A wrong password first: named, journalled, nothing proven by it.
    let state = await c.drillFile(drill.id, a.name, a.content, 'not the password');
    expect(state.drill!.files[0]!.groups.map((g) => g.failed?.check)).toEqual(['password', 'password']);
    expect(state.drill!.accepted).toEqual({});
    state = await c.drillFile(drill.id, a.name, a.content, '  chen pass 123 ');
    state = await c.drillFile(drill.id, b.name, b.content, 'dana pass 456');
    expect(state.drill!.files.map((f) => [f.holder, f.groups.every((g) => g.failed === null)])).toEqual([
      [chen!.name, false],
      [chen!.name, true],
      [dana!.name, true],
    ]);
    // The expected roots are the vault's, as Cobo reports them: the KeyGen's.
    expect(state.rootKeysBefore).toEqual(keyGen.rootKeysAfter);
    state = await c.drillConclude(drill.id);
    expect(state).toMatchObject({ phase: 'finished', outcome: 'success', failure: null });
    expect(state.drill!.verdicts!.map((v) => [v.curve, v.outcome, v.proven, v.participants])).toEqual([
      ['SECP256K1', 'proven', 2, 3],
      ['ED25519', 'proven', 2, 3],
    ]);
    // The result, dated as the record says it.
    expect(state.drill!.verdicts![0]!.summary).toMatch(
      /^2 of 3 shares proven on \d{1,2} [A-Z][a-z]{2} \d{4}; the root matches the vault’s recorded root key\.$/,
    );
    const closed = await c.close(drill.id);
    expect(closed.phase).toBe('closed');
    const journal = JSON.stringify(c.journal(drill.id));
    for (const secret of ['chen pass 123', 'dana pass 456', 'not the password'])
      expect(journal).not.toContain(secret);
    expect(c.journal(drill.id).filter((e) => e.kind === 'recovery_file_checked')).toHaveLength(3);
    expect(c.journal(drill.id).find((e) => e.kind === 'recovery_drill_result')!.data).toMatchObject({
      proven: true,
    });
    // Its transcript verifies offline like any other, and carries no secret either.
    const exported = await r.runtime.services.records.exportTranscript(drill.id);
    const transcript = readFileSync(exported.path!, 'utf8');
    expect(verifyTranscript(transcript)).toMatchObject({ status: 'verified' });
    expect(transcript).not.toContain('chen pass 123');
    // The state's drill agrees with the journal; a file's outcome changed in the state file does not.
    const entries = c.journal(drill.id);
    expect(stateDisagreement(drill.id, closed, entries)).toBeNull();
    const edited = structuredClone(closed);
    edited.drill!.files[0]!.groups = edited.drill!.files[0]!.groups.map((g) => ({ ...g, failed: null }));
    expect(stateDisagreement(drill.id, edited, entries)).toMatchObject({
      field: 'drill',
      kind: 'recovery_file_checked',
    });
  });

  it('names a file of another key of the vault, and the same holder twice; too few proves nothing', async () => {
    const { c, drill, holders, keyed, file } = await drillOfRecoveryKey();
    const mainHolder = keyed.holders.find((h) => h.type !== 'Cobo')!;
    const other = file(mainHolder.tss_node_id, 'main pass 789');
    let state = await c.drillFile(drill.id, other.name, other.content, 'main pass 789');
    expect(state.drill!.files[0]!.groups[0]!.failed).toMatchObject({ check: 'key' });
    expect(state.drill!.files[0]!.groups[0]!.failed!.message).toMatch(/belongs to another key of the vault/);
    const a = file(holders[0]!.tss_node_id, 'chen pass 123');
    await c.drillFile(drill.id, a.name, a.content, 'chen pass 123');
    state = await c.drillFile(drill.id, a.name, a.content, 'chen pass 123');
    expect(state.drill!.files[2]!.groups[0]!.failed).toMatchObject({ check: 'same-key' });
    state = await c.drillConclude(drill.id);
    expect(state.outcome).toBe('failed');
    expect(state.drill!.verdicts!.every((v) => v.outcome === 'failed')).toBe(true);
    expect(state.failure).toMatch(/1 of 3 shares proven/);
  });

  it('refuses to conclude with no file, and to check a file for another kind of ceremony', async () => {
    const { r, c, drill } = await drillOfRecoveryKey();
    await expect(c.drillConclude(drill.id)).rejects.toMatchObject({ code: 'ceremony.drill_no_files' });
    const keyGen = await c.start('KeyGen', r.profileId);
    await expect(c.drillFile(keyGen.id, 'x.json', '{}', 'password')).rejects.toMatchObject({
      code: 'ceremony.not_a_drill',
    });
  });
});

describe('the recovery drill, refused', () => {
  it('without a key chosen, or with a key that holds no shares', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    let drill = await c.start('RecoveryDrill', r.profileId);
    drill = await c.select(drill.id, { vaultId: r.vaultId });
    await expect(c.drillFile(drill.id, 'f.json', '{}', 'password')).rejects.toMatchObject({
      code: 'ceremony.drill_no_key',
      message: 'Choose the key whose recovery files are drilled first, among those that hold key shares.',
    });
    // Before KeyGen, the Main Key holds no shares.
    await c.select(drill.id, { targetGroupId: (await r.group('MainGroup')).key_share_holder_group_id });
    await expect(c.drillFile(drill.id, 'f.json', '{}', 'password')).rejects.toMatchObject({
      code: 'ceremony.drill_no_key',
    });
    await expect(c.drillConclude(drill.id)).rejects.toMatchObject({
      code: 'ceremony.drill_no_files',
      message: 'No recovery file has been checked yet: there is nothing to conclude.',
    });
  });

  it('records a file that is no recovery file, and concludes nothing from it', async () => {
    const { c, drill } = await drillOfRecoveryKey();
    const state = await c.drillFile(drill.id, 'notes.txt', 'hello', 'password');
    expect(state.drill!.files[0]).toMatchObject({
      file: 'notes.txt',
      nodeId: null,
      holder: null,
      groups: [
        { curve: 'SECP256K1', groupId: null, shareId: null, passed: [], failed: { check: 'form' } },
        { curve: 'ED25519', groupId: null, shareId: null, passed: [], failed: { check: 'form' } },
      ],
    });
    expect(state.drill!.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(state.drill!.accepted).toEqual({});
    const concluded = await c.drillConclude(drill.id);
    expect(concluded.outcome).toBe('failed');
    expect(concluded.failure).toMatch(/^SECP256K1: No file could be checked: nothing is proven\. ED25519: /);
    // The same as message keys (issue #32): its English is the failure, and it says itself in Chinese.
    expect(sayEnglish(concluded.failureSaid!)).toBe(concluded.failure);
    expect(say(translator('zh-CN', zhCN), concluded.failureSaid!)).toBe(
      'SECP256K1：没有任何文件能够完成检查：什么也没有得到证明。ED25519：没有任何文件能够完成检查：什么也没有得到证明。',
    );
    expect(c.journal(drill.id).at(-2)).toMatchObject({
      kind: 'recovery_drill_result',
      data: { proven: false },
    });
  });
});
