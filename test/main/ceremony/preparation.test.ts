// @vitest-environment node
/**
 * Preparing a ceremony, step by step against the embedded sandbox: what each step records, what it
 * undoes, what the pre-flight reports, what the review still asks for, and the refusals in words.
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_HOST_KEYCHAIN_SERVICE, createSecretStore } from '../../../main/keychain/secret-store';
import { EMPTY_SELECTION } from '../../../common/ceremony/new-ceremony';
import { recoveryOnVault, useRigs, type Rig } from './helpers';

const setup = useRigs();
const kindsOf = (r: Rig, id: string) => r.runtime.services.ceremonies.journal(id).map((e) => e.kind);

describe('starting and choosing', () => {
  it('starts with nothing chosen, and journals who started it with which key', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const profile = (await r.runtime.services.profiles.list()).profiles[0]!;
    const started = await c.start('KeyGen', r.profileId);
    expect(started).toMatchObject({
      kind: 'KeyGen',
      profileId: r.profileId,
      profileName: profile.name,
      environment: 'sandbox',
      apiKeyFingerprint: profile.fingerprint,
      vaultName: null,
      phase: 'preparing',
      selection: { vaultId: null, targetGroupId: null, sourceNodeIds: [] },
      witnesses: [],
      outcome: null,
    });
    expect(c.journal(started.id)[0]).toMatchObject({
      seq: 1,
      kind: 'ceremony_started',
      data: {
        kind: 'KeyGen',
        title: expect.any(String),
        environment: 'sandbox',
        profile: profile.name,
        api_key: profile.apiKey,
        api_key_fingerprint: profile.fingerprint,
      },
    });
    expect((await c.list()).ceremonies[0]!.id).toBe(started.id);
  });

  it('lists the newest ceremony first', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const first = await c.start('KeyGen', r.profileId);
    await new Promise((res) => setTimeout(res, 5));
    const second = await c.start('GroupSetup', r.profileId);
    expect((await c.list()).ceremonies.map((x) => x.id)).toEqual([second.id, first.id]);
  });

  it('refuses an unknown ceremony in words', async () => {
    const r = await setup();
    expect(() => r.runtime.services.ceremonies.get('6b1f8c2e-0000-4b7a-9c1e-1f2e3d4c5b6a')).toThrow(
      expect.objectContaining({
        code: 'ceremony.not_found',
        message: 'That ceremony does not exist.',
        hint: 'Choose it again from the list of ceremonies.',
      }),
    );
  });

  it('names the vault, and a new vault starts every later choice over', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const main = await r.group('MainGroup');
    const ceremony = await c.start('KeyGen', r.profileId);
    let state = await c.select(ceremony.id, { vaultId: r.vaultId });
    expect(state.vaultName).toBe('Rehearsal Treasury');
    state = await c.select(ceremony.id, { targetGroupId: main.key_share_holder_group_id });
    expect(state.selection).toMatchObject({
      vaultId: r.vaultId,
      targetGroupId: main.key_share_holder_group_id,
    });
    // Choosing the same vault again keeps the other choices.
    state = await c.select(ceremony.id, { vaultId: r.vaultId });
    expect(state.selection.targetGroupId).toBe(main.key_share_holder_group_id);
    state = await c.select(ceremony.id, { vaultId: null });
    expect(state.selection).toEqual({
      vaultId: null,
      targetGroupId: null,
      sourceGroupId: null,
      sourceNodeIds: [],
      lostNodeId: null,
      design: null,
      newVault: null,
      mainGroupHandling: null,
      retireConfirmation: null,
      retireWithoutRecovery: false,
      retireWithoutReplacement: false,
    });
    expect(state.vaultName).toBeNull();
    const steps = c.journal(ceremony.id).filter((e) => e.kind === 'step_completed');
    expect(steps).toHaveLength(4);
    expect(steps[1]!.data).toMatchObject({
      step: 'selection',
      selection: { targetGroupId: main.key_share_holder_group_id },
    });
  });

  it('undoes the pre-flight and the review when a choice changes', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const main = await r.group('MainGroup');
    const prepared = await r.prepare('KeyGen', { targetGroupId: main.key_share_holder_group_id });
    expect(prepared.reviewedAt).not.toBeNull();
    expect(prepared.keyTypes).toEqual({ [main.key_share_holder_group_id]: 'MainGroup' });
    const changed = await c.select(prepared.id, { targetGroupId: main.key_share_holder_group_id });
    expect(changed).toMatchObject({ preflight: null, reviewedAt: null, requestBody: null, keyTypes: {} });
  });
});

describe('the room: checklist, custodians, witnesses', () => {
  it('records each tick once, with its time', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const ceremony = await c.start('KeyGen', r.profileId);
    const first = await c.tick(ceremony.id, 'witnesses_present');
    const at = first.checklist.witnesses_present!;
    expect(Date.parse(at)).toBeGreaterThan(0);
    const again = await c.tick(ceremony.id, 'witnesses_present');
    expect(again.checklist.witnesses_present).toBe(at);
    expect(kindsOf(r, ceremony.id).filter((k) => k === 'checklist_tick')).toHaveLength(1);
    expect(c.journal(ceremony.id).at(-1)!.data).toEqual({ item: 'witnesses_present', at });
  });

  it('checks each custodian in once, by name, and undoes the review', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const main = await r.group('MainGroup');
    const prepared = await r.prepare('KeyGen', { targetGroupId: main.key_share_holder_group_id });
    const extra = main.holders.find((h) => h.type === 'Mobile')!;
    // Already checked in by the preparation: nothing changes, the review stands.
    const same = await c.checkIn(prepared.id, extra.tss_node_id, 'Someone Else');
    expect(same.reviewedAt).toBe(prepared.reviewedAt);
    expect(same.custodianNames[extra.tss_node_id]).not.toBe('Someone Else');
    const fresh = await c.start('KeyGen', r.profileId);
    const checked = await c.checkIn(fresh.id, extra.tss_node_id, 'Alice Moreau');
    expect(checked.custodianNames).toEqual({ [extra.tss_node_id]: 'Alice Moreau' });
    expect(c.journal(fresh.id).at(-1)).toMatchObject({
      kind: 'custodian_checkin',
      data: {
        tss_node_id: extra.tss_node_id,
        name: 'Alice Moreau',
        at: checked.custodians[extra.tss_node_id],
      },
    });
  });

  it('records the witnesses and undoes the review', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const main = await r.group('MainGroup');
    const prepared = await r.prepare('KeyGen', { targetGroupId: main.key_share_holder_group_id });
    const after = await c.setWitnesses(prepared.id, ['Wendy Witness', 'Omar Observer']);
    expect(after).toMatchObject({ witnesses: ['Wendy Witness', 'Omar Observer'], reviewedAt: null });
    expect(c.journal(prepared.id).at(-1)).toMatchObject({
      kind: 'witnesses',
      data: { names: ['Wendy Witness', 'Omar Observer'] },
    });
    // No name at all is refused in words, and neither the record nor the review is touched.
    const entries = c.journal(prepared.id).length;
    await expect(c.setWitnesses(prepared.id, [])).rejects.toMatchObject({
      code: 'ceremony.no_witnesses',
      message: 'No witness was named, so nothing was saved.',
    });
    expect(c.journal(prepared.id)).toHaveLength(entries);
    expect(c.get(prepared.id).witnesses).toEqual(['Wendy Witness', 'Omar Observer']);
  });
});

describe('the pre-flight', () => {
  it('reports every check passing, in words, for a ceremony that can go ahead', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const main = await r.group('MainGroup');
    const ceremony = await c.start('KeyGen', r.profileId);
    await c.select(ceremony.id, { vaultId: r.vaultId });
    await c.select(ceremony.id, { targetGroupId: main.key_share_holder_group_id });
    const { preflight } = await c.preflight(ceremony.id);
    expect(preflight!.ok).toBe(true);
    expect(preflight!.checks.map((x) => [x.id, x.ok, x.hint])).toEqual([
      ['keychain', true, ''],
      ['api', true, ''],
      ['clock', true, ''],
      ['selection', true, ''],
      ['quorum', true, ''],
      ['request-in-progress', true, ''],
    ]);
    expect(preflight!.checks.map((x) => x.message)).toEqual([
      'The system keychain holds this profile’s API secret.',
      'Cobo is reachable and accepts this API key.',
      expect.stringMatching(/^This computer’s clock is \d+ s from Cobo’s \(limit \d+ s\)\.$/),
      'The chosen groups are in the state this ceremony needs.',
      expect.stringMatching(/^Holders: .*this can succeed now\.$/),
      `No TSS request is in progress on the chosen key (${main.key_share_holder_group_id}).`,
    ]);
    expect(c.journal(ceremony.id).at(-1)).toMatchObject({ kind: 'preflight', data: { ok: true } });
  });

  it('finds a request already in progress on the chosen key before anything is sent (issue #29, item 4)', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    r.runtime.services.sandbox!.engine.settings.manualApproval = true;
    const main = await r.group('MainGroup');
    const first = await r.prepare('KeyGen', { targetGroupId: main.key_share_holder_group_id });
    await c.submit(first.id, undefined);
    const second = await c.start('KeyGen', r.profileId);
    await c.select(second.id, { vaultId: r.vaultId });
    await c.select(second.id, { targetGroupId: main.key_share_holder_group_id });
    const report = (await c.preflight(second.id)).preflight!;
    expect(report.ok).toBe(false);
    expect(report.checks.find((x) => x.id === 'request-in-progress')).toEqual({
      id: 'request-in-progress',
      ok: false,
      message: `A TSS request is already in progress on the chosen key (${main.key_share_holder_group_id}): KeyGen ${c.get(first.id).tssRequestId} (status ${c.get(first.id).statuses.at(-1)!.status}). Cobo refuses another until it ends.`,
      hint: 'Nothing was sent. Follow that request to its end, or cancel it while Cobo still allows it, from the ceremony that sent it (Ceremonies, open ceremonies) or in Cobo Portal; then run the checks again.',
      said: expect.objectContaining({ hint: { key: 'checks.preflight.requestInProgressHint' } }),
    });
    // Once it is cancelled (a final status), the key is free again.
    await c.cancelRequest(first.id);
    await r.waitFor(() => c.get(first.id).phase === 'finished', 'the cancellation');
    expect(
      (await c.preflight(second.id)).preflight!.checks.find((x) => x.id === 'request-in-progress')!.ok,
    ).toBe(true);
  });

  it('a ceremony started again with the same choices keeps its vault (issue #29, item 4)', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const main = await r.group('MainGroup');
    // What "start again with the same choices" sends: the vault, then every other choice as it was.
    const again = await c.start('KeyGen', r.profileId);
    await c.select(again.id, { vaultId: r.vaultId });
    const { vaultId: _vault, ...rest } = {
      ...EMPTY_SELECTION,
      targetGroupId: main.key_share_holder_group_id,
    };
    const chosen = await c.select(again.id, rest);
    expect(chosen.vaultName).toBe('Rehearsal Treasury');
    expect(chosen.selection).toMatchObject({
      vaultId: r.vaultId,
      targetGroupId: main.key_share_holder_group_id,
    });
  });

  it('has no quorum check for a group set-up', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const ceremony = await c.start('GroupSetup', r.profileId);
    await c.select(ceremony.id, { vaultId: r.vaultId });
    const { preflight } = await c.preflight(ceremony.id);
    expect(preflight!.checks.map((x) => x.id)).toEqual(['keychain', 'api', 'clock', 'selection']);
    expect(preflight!.ok).toBe(false);
    expect(preflight!.checks.find((x) => x.id === 'selection')).toMatchObject({
      ok: false,
      hint: 'Go back and change the choice.',
    });
  });

  it('says what is wrong: no vault, a missing secret, an offline holder', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const main = await r.group('MainGroup');
    const noVault = await c.start('KeyGen', r.profileId);
    const report = (await c.preflight(noVault.id)).preflight!;
    expect(report.checks.find((x) => x.id === 'selection')).toEqual({
      id: 'selection',
      ok: false,
      message: 'No vault is chosen yet.',
      hint: 'Choose the vault first.',
      said: { message: { key: 'errors.ceremony.noVault' }, hint: { key: 'errors.ceremony.noVaultHint' } },
    });

    const ceremony = await c.start('KeyGen', r.profileId);
    await c.select(ceremony.id, { vaultId: r.vaultId });
    await c.select(ceremony.id, { targetGroupId: main.key_share_holder_group_id });
    const phone = main.holders.find((h) => h.type === 'Mobile')!;
    await r.runtime.services.sandbox!.engine.setOnline(phone.tss_node_id, false);
    const offline = (await c.preflight(ceremony.id)).preflight!;
    expect(offline.ok).toBe(false);
    expect(offline.checks.find((x) => x.id === 'quorum')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Holders: .*offline/),
      hint: 'Ask the offline holders to open Cobo Guard (or bring the node online), then run the checks again.',
    });

    await createSecretStore(undefined, BROWSER_HOST_KEYCHAIN_SERVICE).delete(`profile:${r.profileId}`);
    const noSecret = (await c.preflight(ceremony.id)).preflight!;
    expect(noSecret.checks[0]).toEqual({
      id: 'keychain',
      ok: false,
      message: 'The API secret is missing from the keychain.',
      hint: 'Unlock the keychain, or import the secret again on the Profiles screen.',
      said: {
        message: { key: 'checks.preflight.secretMissing' },
        hint: { key: 'checks.preflight.secretMissingHint' },
      },
    });
    expect(noSecret.checks.find((x) => x.id === 'api')!.ok).toBe(false);
  });
});

describe('the review', () => {
  it('lists everything still missing, in one sentence', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const main = await r.group('MainGroup');
    const ceremony = await c.start('KeyGen', r.profileId);
    await c.select(ceremony.id, { vaultId: r.vaultId });
    await c.select(ceremony.id, { targetGroupId: main.key_share_holder_group_id });
    const names = main.holders.filter((h) => h.type !== 'Cobo').map((h) => h.name);
    await expect(c.review(ceremony.id)).rejects.toMatchObject({
      code: 'ceremony.not_ready',
      message: `Before review: pass the pre-flight checks; tick every checklist item; name at least one witness; check in ${names.join(', ')}.`,
      hint: 'Complete the earlier steps, then open the review again.',
    });
    const journal = r.runtime.services.ceremonies.journal(ceremony.id);
    expect(journal.some((e) => e.data.step === 'review')).toBe(false);
    expect(r.runtime.services.ceremonies.get(ceremony.id).reviewedAt).toBeNull();
  });

  it('holds a Recovery to what Cobo reports of the lost phone: refused while Cobo counts it in use', async () => {
    const r = await setup();
    const { c, main, phone, ceremony } = await recoveryOnVault(r);
    const recovery = await r.group('RecoveryGroup');
    // Other choices are refused too (no root keys yet, the lost phone still in the target): beside the point.
    await c.select(ceremony.id, {
      lostNodeId: phone.tss_node_id,
      targetGroupId: main.key_share_holder_group_id,
      sourceGroupId: recovery.key_share_holder_group_id,
      sourceNodeIds: recovery.holders.slice(0, 2).map((h) => h.tss_node_id),
    });
    const said = async () =>
      ((await c.preflight(ceremony.id)).preflight?.checks ?? [])
        .filter((k) => !k.ok)
        .map((k) => k.message)
        .join(' ');
    expect(await said()).toContain(`Cobo does not report ${phone.name}’s phone as lost: its status is Valid`);
    // The lost phone's holder is named on the record as Cobo lists them now: the node goes after a Recovery.
    expect(c.get(ceremony.id).custodianNames[phone.tss_node_id]).toBe(phone.name);
    const chosen = c.journal(ceremony.id).findLast((e) => e.data.step === 'selection')!;
    expect(chosen.data).toMatchObject({ lost_holder_name: phone.name });
    // Once the holder has set up the new phone, Cobo reports the old one Changed: that refusal goes.
    await r.runtime.services.sandbox!.engine.losePhone(phone.tss_node_id);
    expect(await said()).not.toContain('does not report');
  });

  it('keeps the lost phone’s holder named through later choices and a restart; an unlisted node has no name', async () => {
    const r = await setup();
    const { c, main, phone, ceremony } = await recoveryOnVault(r);
    await c.select(ceremony.id, { lostNodeId: phone.tss_node_id });
    await c.select(ceremony.id, { targetGroupId: main.key_share_holder_group_id });
    const last = c.journal(ceremony.id).findLast((e) => e.data.step === 'selection')!;
    expect(last.data).toMatchObject({ lost_holder_name: phone.name });
    await r.restart();
    const again = r.runtime.services.ceremonies;
    expect(again.damaged()).toEqual([]);
    expect(again.get(ceremony.id).custodianNames[phone.tss_node_id]).toBe(phone.name);
    // A node Cobo does not list in any group: chosen without a name, and without failing.
    const unlisted = 'coboUnlistedNode0000000000000000000000000000001';
    const state = await again.select(ceremony.id, { lostNodeId: unlisted });
    expect(state.custodianNames[unlisted]).toBeUndefined();
    expect(again.journal(ceremony.id).findLast((e) => e.data.step === 'selection')!.data).not.toHaveProperty(
      'lost_holder_name',
    );
  });

  it('journals the exact body it shows, with its hash', async () => {
    const r = await setup();
    const main = await r.group('MainGroup');
    const prepared = await r.prepare('KeyGen', { targetGroupId: main.key_share_holder_group_id });
    const review = r.runtime.services.ceremonies.journal(prepared.id).at(-1)!;
    expect(review).toMatchObject({
      kind: 'step_completed',
      data: { step: 'review', body: prepared.requestBody },
    });
    expect(review.data.body_sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('after the send', () => {
  it('locks every preparation step, and refuses to abandon, compare or close too early', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    r.runtime.services.sandbox!.engine.settings.manualApproval = true;
    const main = await r.group('MainGroup');
    const prepared = await r.prepare('KeyGen', { targetGroupId: main.key_share_holder_group_id });
    await c.submit(prepared.id, undefined);
    const locked = expect.objectContaining({ code: 'ceremony.locked' });
    await expect(c.select(prepared.id, { targetGroupId: null })).rejects.toEqual(locked);
    await expect(c.tick(prepared.id, 'workstation_prepared')).rejects.toEqual(locked);
    await expect(c.checkIn(prepared.id, 'x', 'X')).rejects.toEqual(locked);
    await expect(c.setWitnesses(prepared.id, ['W'])).rejects.toEqual(locked);
    await expect(c.review(prepared.id)).rejects.toEqual(locked);
    await expect(c.abandon(prepared.id)).rejects.toMatchObject({
      code: 'ceremony.not_abandonable',
      message: 'A submitted ceremony is followed to its end, not abandoned.',
      hint: 'Cancel the request if it can still be cancelled. Only a ceremony that can no longer be followed (its API secret gone from the keychain, or its transcript key replaced) is abandoned with its request left pending.',
    });
    await expect(c.abandon(prepared.id, 'Recovery')).rejects.toMatchObject({
      code: 'ceremony.not_abandonable',
    });
    await expect(c.recordComparison(prepared.id)).rejects.toMatchObject({
      code: 'ceremony.not_finished',
      message: 'There are no new keys to compare yet.',
    });
    await expect(c.close(prepared.id)).rejects.toMatchObject({
      code: 'ceremony.not_finished',
      message: 'The ceremony has not reached its end yet.',
      hint: 'Follow it to the end first.',
    });
    await expect(c.reconcile(prepared.id)).rejects.toMatchObject({
      code: 'ceremony.nothing_to_check',
      message: 'There is no request of unknown outcome to look for.',
    });
  });

  it('closes a finished ceremony with its outcome and request on the record', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const main = await r.group('MainGroup');
    const prepared = await r.prepare('KeyGen', { targetGroupId: main.key_share_holder_group_id });
    await c.submit(prepared.id, undefined);
    await r.waitFor(() => c.get(prepared.id).phase === 'finished', 'KeyGen');
    await expect(c.close(prepared.id)).rejects.toMatchObject({
      code: 'ceremony.not_verified',
      message: 'Record that the custodians compared the root keys with their devices first.',
      hint: 'Open the Verify step.',
    });
    const compared = await c.recordComparison(prepared.id);
    expect(c.journal(prepared.id).at(-1)).toMatchObject({
      kind: 'verification_result',
      data: { custodians_compared_with_devices: true, at: compared.comparedWithDevicesAt },
    });
    const closed = await c.close(prepared.id);
    expect(closed.phase).toBe('closed');
    expect(c.journal(prepared.id).at(-1)).toMatchObject({
      kind: 'closure',
      data: {
        outcome: 'success',
        failure: null,
        tss_request_id: closed.tssRequestId,
        key_share_holder_group_id: null,
      },
    });
  });

  it('abandons one way back for the other on the record, and nothing else that way', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const recovery = await c.start('Recovery', r.profileId);
    const keygen = await c.start('KeyGen', r.profileId);
    // A KeyGen is no way back, and a Recovery gives way only to the upgrade: refused, nothing recorded.
    for (const [id, instead] of [
      [keygen.id, 'GroupUpgrade'],
      [recovery.id, 'KeyGen'],
      [recovery.id, 'Recovery'],
    ] as const) {
      const before = c.journal(id).length;
      await expect(c.abandon(id, instead)).rejects.toMatchObject({
        code: 'ceremony.not_the_other_way_back',
        hint: 'Nothing was changed. Abandon this ceremony on its own, then start the other one.',
      });
      expect(c.journal(id)).toHaveLength(before);
      expect(c.get(id).phase).toBe('preparing');
    }
    const abandoned = await c.abandon(recovery.id, 'GroupUpgrade');
    expect(abandoned).toMatchObject({ phase: 'abandoned', outcome: 'abandoned' });
    expect(c.journal(recovery.id).at(-1)).toMatchObject({
      kind: 'closure',
      data: {
        outcome: 'abandoned',
        instead: 'GroupUpgrade',
        why: 'the officer chose the other way back instead: Upgrade a Signing Key to Main',
      },
    });
    // An upgrade prepared in its place may give way back to the Recovery.
    const upgrade = await c.start('GroupUpgrade', r.profileId);
    await c.abandon(upgrade.id, 'Recovery');
    expect(c.journal(upgrade.id).at(-1)!.data).toMatchObject({ instead: 'Recovery' });
  });

  it('records the security officer the profile names, from the first entry on (issue #29, item 17)', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const before = await c.start('KeyGen', r.profileId);
    expect(before.officerName).toBeNull();
    expect(c.journal(before.id)[0]!.data).not.toHaveProperty('officer');
    const profile = await r.runtime.services.profiles.setOfficer({
      id: r.profileId,
      officerName: ' Olga Officer ',
    });
    expect(profile.officerName).toBe('Olga Officer');
    const after = await c.start('KeyGen', r.profileId);
    expect(after.officerName).toBe('Olga Officer');
    expect(c.journal(after.id)[0]).toMatchObject({
      kind: 'ceremony_started',
      data: { officer: 'Olga Officer' },
    });
    // Kept with the profile: the list shows it, and so does a restart's read of the file.
    expect(
      (await r.runtime.services.profiles.list()).profiles.find((p) => p.id === r.profileId)!.officerName,
    ).toBe('Olga Officer');
  });

  it('abandons a ceremony in preparation, on the record', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const ceremony = await c.start('KeyGen', r.profileId);
    const abandoned = await c.abandon(ceremony.id);
    expect(abandoned).toMatchObject({ phase: 'abandoned', outcome: 'abandoned' });
    expect(c.journal(ceremony.id).at(-1)).toMatchObject({ kind: 'closure', data: { outcome: 'abandoned' } });
  });
});
