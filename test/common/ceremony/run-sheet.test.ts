// @vitest-environment node
/**
 * The run sheet from a plan (issue #31, item 1): the values expected printed in advance, the point of no
 * return marked once, the drill's acts without a send, and the same numbering whatever is known of the
 * root keys, so the wizard's "Script step n" matches the printed sheet.
 */
import { describe, expect, it } from 'vitest';
import { runSheet, scriptStepOf } from '../../../common/ceremony/run-sheet';
import { newCeremony } from '../../fixtures/ceremony';
import { EN } from '../../../common/i18n/translate';
import { group, holder, selection } from '../../fixtures/groups';

const cobo = holder('Cobo', { type: 'Cobo' });
const alice = holder('Alice', { tss_node_id: 'cobo1234abcd5678efgh' });
const main = group('main', 'MainGroup', [cobo, alice], { status: 'Valid', has_keys: true });
const recovery = group('rec', 'RecoveryGroup', [cobo, holder('Chen'), holder('Dana')]);
const reshare = newCeremony({
  kind: 'KeyGenFromKeyGroup',
  vaultName: 'Treasury',
  apiKeyFingerprint: 'AAAA-BBBB-CCCC-DDDD',
  selection: selection({ vaultId: 'v1', targetGroupId: 'rec', sourceGroupId: 'main', sourceNodeIds: [] }),
});
const context = {
  groups: [main, recovery],
  participants: [alice],
  rootKeyFingerprints: ['FP11-FP11-FP11-FP11'],
};

describe('the run sheet', () => {
  it('prints what each step should show, and marks the point of no return once', () => {
    const sheet = runSheet(reshare, context, EN);
    const steps = sheet.acts.flatMap((a) => a.steps);
    expect(steps.map((s) => s.no)).toEqual(steps.map((_, i) => i + 1));
    const expected = steps.map((s) => s.expected);
    expect(expected).toContain('AAAA-BBBB-CCCC-DDDD');
    expect(expected).toContain('Treasury (v1)');
    expect(expected).toContain('Recovery Key rec, 2-of-3');
    expect(expected).toContain('Main Key main, 2-of-2');
    expect(expected).toContain('cobo 1234 abcd 5678 efgh');
    expect(expected).toContain('FP11-FP11-FP11-FP11');
    expect(steps.filter((s) => s.pointOfNoReturn).map((s) => s.wizard)).toEqual(['review']);
    expect(sheet.environment).toBe('OFFLINE SANDBOX (rehearsal, no real keys)');
    expect(sheet.roles).toContain('Third party (an auditor or notary), where there is one');
  });

  it('numbers its steps alike whether or not the root keys are known', () => {
    const known = runSheet(reshare, context, EN);
    const unknown = runSheet(reshare, { ...context, rootKeyFingerprints: [] }, EN);
    for (const wizard of ['checkin', 'review', 'verify', 'close'])
      expect(scriptStepOf(unknown, wizard), wizard).toBe(scriptStepOf(known, wizard));
    expect(scriptStepOf(known, 'nothing')).toBeNull();
  });

  it('gives a drill its files instead of a request, and nothing to send', () => {
    const drill = runSheet({ ...reshare, kind: 'RecoveryDrill' }, context, EN);
    expect(drill.acts.map((a) => a.title)).toEqual(['Act 1 — Before', 'Act 2 — The files', 'Act 3 — After']);
    expect(drill.acts.flatMap((a) => a.steps).some((s) => s.pointOfNoReturn)).toBe(false);
    expect(scriptStepOf(drill, 'drill')).not.toBeNull();
    expect(scriptStepOf(drill, 'verify')).toBeNull();
  });

  it('prints the witnesses’ keys fixed in the plan, and what the witnesses do with them', () => {
    const signer = {
      principal: 'wendy@treasury.example',
      key: 'ssh-ed25519 AAAA',
      fingerprint: 'SHA256:abc',
    };
    const planned = runSheet({ ...reshare, witnessSigners: [signer] }, context, EN);
    expect(planned.witnessKeys).toEqual([signer]);
    const last = planned.acts.at(-1)!.steps.at(-1)!;
    expect(last).toMatchObject({
      who: 'Witnesses',
      expected: '1 co-signature in key-ceremony-attestation@cobo, each checked by the app',
    });
    expect(last.what).toMatch(/each signs it with the key in the plan/);
    // Without a plan, the witnesses sign by hand; the numbering is the same either way.
    const bare = runSheet(reshare, context, EN);
    expect(bare.witnessKeys).toEqual([]);
    expect(bare.acts.at(-1)!.steps.at(-1)).toMatchObject({ expected: null, no: last.no });
    // A changed plan is a changed sheet: printed again, it is a new version.
    expect(JSON.stringify(planned)).not.toBe(JSON.stringify(bare));
  });
});
