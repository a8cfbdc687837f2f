// @vitest-environment node
/**
 * Upgrading a Signing Key to Main and retiring a group, as ceremonies: checked before the send,
 * sent once (an unknown outcome is looked up, never re-sent), journalled, and for an upgrade the root
 * keys checked unchanged.
 */
import { describe, expect, it } from 'vitest';
import { groupLabel } from '../../../common/ceremony/group-life';
import { runToEnd, useRigs } from './helpers';

const setup = useRigs();

const run = runToEnd;

/** KeyGen, then shares for the Signing and Recovery Keys. */
async function keyed() {
  const r = await setup();
  const main = await r.group('MainGroup');
  const keyGen = await run(r, 'KeyGen', { targetGroupId: main.key_share_holder_group_id });
  expect(keyGen.requestCall).toEqual({
    method: 'POST',
    path: `/wallets/mpc/vaults/${r.vaultId}/tss_requests`,
  });
  const keyedMain = await r.group('MainGroup');
  const sources = keyedMain.holders.slice(0, 2).map((h) => h.tss_node_id);
  for (const type of ['SigningGroup', 'RecoveryGroup'])
    await run(r, 'KeyGenFromKeyGroup', {
      targetGroupId: (await r.group(type)).key_share_holder_group_id,
      sourceGroupId: keyedMain.key_share_holder_group_id,
      sourceNodeIds: sources,
    });
  return { r, mainId: keyedMain.key_share_holder_group_id };
}

describe('upgrading a Signing Key to Main', () => {
  it('sends the upgrade once, converts the old Main Key when asked, and checks the root keys unchanged', async () => {
    const { r, mainId } = await keyed();
    const c = r.runtime.services.ceremonies;
    const signing = await r.group('SigningGroup');
    const done = await run(r, 'GroupUpgrade', {
      targetGroupId: signing.key_share_holder_group_id,
      mainGroupHandling: 'ConvertToSigningGroup',
    });
    expect(done).toMatchObject({
      outcome: 'success',
      rootKeysUnchanged: true,
      createdGroupId: signing.key_share_holder_group_id,
    });
    expect(done.requestBody).toEqual({
      update_key_share_holder_group_action: 'UpgradeToMainGroup',
      original_main_group_handling: 'ConvertToSigningGroup',
    });
    // The review shows the call, not only its body: the method, and the path with the group it acts on.
    const call = {
      method: 'PUT',
      path: `/wallets/mpc/vaults/${r.vaultId}/key_share_holder_groups/${signing.key_share_holder_group_id}`,
    };
    expect(done.requestCall).toEqual(call);
    // The record keeps what the IDs were: the Signing Key upgraded, and the Main Key it replaced
    // (Cobo lists that one as a Signing Key afterwards).
    const keys = {
      keyTypes: { [signing.key_share_holder_group_id]: 'SigningGroup', [mainId]: 'MainGroup' },
      formerMainGroupId: mainId,
    };
    expect(done).toMatchObject(keys);
    expect(c.journal(done.id).find((e) => e.data.step === 'review')!.data).toMatchObject({
      call,
      key_types: keys.keyTypes,
      former_main_group_id: mainId,
    });
    const groups = await r.groups();
    expect(groups.find((g) => g.key_share_holder_group_id === signing.key_share_holder_group_id)!.type).toBe(
      'MainGroup',
    );
    expect(groups.find((g) => g.key_share_holder_group_id === mainId)!.type).toBe('SigningGroup');
    const kinds = c.journal(done.id).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'request_intent')).toHaveLength(1);
    expect(c.journal(done.id).find((e) => e.kind === 'verification_result')!.data).toMatchObject({
      unchanged: true,
    });
    await c.recordComparison(done.id);
    await c.close(done.id);
  });

  it('after an answer lost on the way back, finds the upgrade instead of sending it again', async () => {
    const { r, mainId } = await keyed();
    const c = r.runtime.services.ceremonies;
    const signing = await r.group('SigningGroup');
    const prepared = await r.prepare('GroupUpgrade', {
      targetGroupId: signing.key_share_holder_group_id,
      mainGroupHandling: 'Invalidate',
    });
    r.runtime.services.sandbox!.faults.add({
      kind: 'http_error',
      status: 502,
      phase: 'after',
      method: 'PUT',
      count: 1,
    });
    await c.submit(prepared.id, undefined);
    await r.waitFor(() => c.get(prepared.id).phase === 'finished', 'the upgrade to be found');
    const answers = c.journal(prepared.id).filter((e) => e.kind === 'response_received');
    expect(answers.map((a) => a.data.outcome ?? a.data.reconciled)).toEqual(['unknown', true]);
    expect(c.get(prepared.id)).toMatchObject({ outcome: 'success', rootKeysUnchanged: true });
    expect((await r.groups()).some((g) => g.key_share_holder_group_id === mainId)).toBe(false);
  });

  it('records the upgrade even when the root keys cannot be read right after it, and checks them on “Check again”', async () => {
    const { r } = await keyed();
    const c = r.runtime.services.ceremonies;
    const profiles = r.runtime.services.profiles;
    const signing = await r.group('SigningGroup');
    const prepared = await r.prepare('GroupUpgrade', {
      targetGroupId: signing.key_share_holder_group_id,
      mainGroupHandling: 'ConvertToSigningGroup',
    });
    // The first read of the vault after the upgrade fails; later ones work.
    const real = profiles.clientFor.bind(profiles);
    let failNextRead = false;
    profiles.clientFor = async (id: string) => {
      const client = await real(id);
      return Object.assign(Object.create(client) as typeof client, {
        updateKeyShareHolderGroup: async (...args: Parameters<typeof client.updateKeyShareHolderGroup>) => {
          const answer = await client.updateKeyShareHolderGroup(...args);
          failNextRead = true;
          return answer;
        },
        getMpcVault: async (vaultId: string) => {
          if (failNextRead) {
            failNextRead = false;
            throw new Error('connection reset');
          }
          return client.getMpcVault(vaultId);
        },
      });
    };
    const sent = await c.submit(prepared.id, undefined);
    expect(sent).toMatchObject({ phase: 'undecided', lastError: { code: 'ceremony.keys_unread' } });
    expect(c.journal(prepared.id).filter((e) => e.kind === 'response_received')).toHaveLength(1);
    const checked = await c.reconcile(prepared.id);
    expect(checked).toMatchObject({ phase: 'finished', outcome: 'success', rootKeysUnchanged: true });
    expect(c.journal(prepared.id).filter((e) => e.kind === 'request_intent')).toHaveLength(1);
    profiles.clientFor = real;
  });

  it('refuses a Signing Key without key shares before anything is sent', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    let ceremony = await c.start('GroupUpgrade', r.profileId);
    ceremony = await c.select(ceremony.id, { vaultId: r.vaultId });
    ceremony = await c.select(ceremony.id, {
      targetGroupId: (await r.group('SigningGroup')).key_share_holder_group_id,
      mainGroupHandling: 'Invalidate',
    });
    ceremony = await c.preflight(ceremony.id);
    expect(ceremony.preflight!.checks.find((x) => x.id === 'selection')!.message).toMatch(
      /only an active group with key shares can be upgraded/,
    );
  });
});

describe('retiring a group', () => {
  it('asks to confirm that no usable Recovery Key is left, then retires it and records that it is gone', async () => {
    const { r } = await keyed();
    const c = r.runtime.services.ceremonies;
    const recovery = await r.group('RecoveryGroup');
    let ceremony = await c.start('GroupRetirement', r.profileId);
    ceremony = await c.select(ceremony.id, { vaultId: r.vaultId });
    ceremony = await c.select(ceremony.id, {
      targetGroupId: recovery.key_share_holder_group_id,
      retireConfirmation: 'Recovery Key wrong',
    });
    ceremony = await c.preflight(ceremony.id);
    expect(ceremony.preflight!.checks.find((x) => x.id === 'selection')!.message).toBe(
      `After deleting it, the vault keeps no usable Recovery Key: after a lost Main Key phone without a backup, only upgrading a Signing Key could bring the Main Key back. Confirm that too. Type the key’s name, “${groupLabel(recovery)}”, to confirm which key is deleted.`,
    );
    const done = await run(r, 'GroupRetirement', {
      targetGroupId: recovery.key_share_holder_group_id,
      retireConfirmation: groupLabel(recovery),
      retireWithoutRecovery: true,
    });
    expect(done.outcome).toBe('success');
    expect(done.requestCall).toEqual({
      method: 'POST',
      path: `/wallets/mpc/vaults/${r.vaultId}/key_share_holder_groups/${recovery.key_share_holder_group_id}/delete`,
    });
    expect(c.journal(done.id).find((e) => e.kind === 'response_received')!.data).toEqual({
      submitted: true,
      gone: true,
    });
    expect(
      (await r.groups()).some((g) => g.key_share_holder_group_id === recovery.key_share_holder_group_id),
    ).toBe(false);
    await c.close(done.id);
  });

  it('retires a Signing Key, and never the Main Key', async () => {
    const { r, mainId } = await keyed();
    const signing = await r.group('SigningGroup');
    const done = await run(r, 'GroupRetirement', {
      targetGroupId: signing.key_share_holder_group_id,
      retireConfirmation: groupLabel(signing),
      // The vault's only active Signing Key: retired knowingly (no key share transfer).
      retireWithoutReplacement: true,
    });
    expect(done.outcome).toBe('success');
    const c = r.runtime.services.ceremonies;
    let ceremony = await c.start('GroupRetirement', r.profileId);
    ceremony = await c.select(ceremony.id, { vaultId: r.vaultId });
    ceremony = await c.select(ceremony.id, {
      targetGroupId: mainId,
      retireConfirmation: groupLabel({ type: 'MainGroup', key_share_holder_group_id: mainId }),
    });
    ceremony = await c.preflight(ceremony.id);
    expect(ceremony.preflight!.checks.find((x) => x.id === 'selection')!.message).toMatch(
      /The Main Key is not deleted/,
    );
  });
});
