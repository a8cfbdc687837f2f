import { describe, expect, it } from 'vitest';
import { canOpen, CEREMONIES, CEREMONY_ORDER, currentStepIndex } from '../../renderer/src/ceremonies';
import type { Ceremony } from '../../common/contract';
import { newCeremony } from '../fixtures/ceremony';

const base: Ceremony = newCeremony();
const ctx = { participantCount: 2, lostPhoneReported: true };
const stepKinds = (c: Ceremony) => CEREMONIES[c.kind].steps.map((s) => s.kind);
const at = (c: Ceremony) => stepKinds(c)[currentStepIndex(c, ctx)];
const ticked = { workstation_prepared: 't', custodians_identified: 't', witnesses_present: 't' };
const preflightOk = { at: 't', ok: true, checks: [] };

describe('ceremony definitions', () => {
  it('declares every ceremony with the steps it needs, in order', () => {
    expect(CEREMONY_ORDER.map((k) => stepKinds({ ...base, kind: k }))).toEqual([
      ['profile', 'new-vault', 'preflight', 'checkin', 'review', 'status', 'close'],
      ['profile', 'vault', 'design', 'preflight', 'checkin', 'review', 'status', 'close'],
      ['profile', 'vault', 'groups', 'preflight', 'checkin', 'review', 'status', 'verify', 'close'],
      ['profile', 'vault', 'groups', 'preflight', 'checkin', 'review', 'status', 'verify', 'close'],
      [
        'profile',
        'vault',
        'lost-holder',
        'groups',
        'preflight',
        'checkin',
        'review',
        'status',
        'verify',
        'close',
      ],
      ['profile', 'vault', 'upgrade', 'preflight', 'checkin', 'review', 'status', 'verify', 'close'],
      ['profile', 'vault', 'retire', 'preflight', 'checkin', 'review', 'status', 'close'],
      // Offline: nothing is sent, so no pre-flight, review or live status.
      ['profile', 'vault', 'drill-key', 'checkin', 'drill', 'close'],
    ]);
  });

  it('unlocks each KeyGen step only when the one before is complete', () => {
    let c = { ...base };
    expect(at(c)).toBe('vault');
    c = { ...c, selection: { ...c.selection, vaultId: 'v' } };
    expect(at(c)).toBe('groups');
    c = { ...c, selection: { ...c.selection, targetGroupId: 'g' } };
    expect(at(c)).toBe('preflight');
    c = { ...c, preflight: preflightOk }; // checks pass, but the checklist is not ticked
    expect(at(c)).toBe('preflight');
    c = { ...c, checklist: ticked };
    expect(at(c)).toBe('checkin');
    c = { ...c, witnesses: ['W'], custodians: { a: 't' } }; // one of two custodians
    expect(at(c)).toBe('checkin');
    c = { ...c, custodians: { a: 't', b: 't' } };
    expect(at(c)).toBe('review');
    expect(canOpen(c, ctx, stepKinds(c).indexOf('status'))).toBe(false);
    expect(canOpen(c, ctx, stepKinds(c).indexOf('vault'))).toBe(true); // back, before submission
    c = { ...c, phase: 'tracking' };
    expect(at(c)).toBe('status');
    expect(canOpen(c, ctx, stepKinds(c).indexOf('vault'))).toBe(false); // never back after it
    c = { ...c, phase: 'finished', outcome: 'success' };
    expect(at(c)).toBe('verify');
    c = { ...c, comparedWithDevicesAt: 't' };
    expect(at(c)).toBe('close');
  });

  it('keeps the step after pre-flight locked while the pre-flight failed, even with every room check ticked', () => {
    // Every kind that sends something to Cobo has a pre-flight; the drill sends nothing.
    for (const kind of CEREMONY_ORDER.filter((k) => k !== 'RecoveryDrill')) {
      const ready = newCeremony({
        kind,
        selection: {
          vaultId: 'v',
          targetGroupId: 'g',
          sourceGroupId: 's',
          sourceNodeIds: ['a', 'b'],
          lostNodeId: 'l',
          design: null,
          newVault: { name: 'Treasury' },
          mainGroupHandling: 'Invalidate',
          retireConfirmation: null,
          retireWithoutRecovery: false,
          retireWithoutReplacement: false,
        },
        checklist: ticked,
      });
      const failed = { ...ready, preflight: { at: 't', ok: false, checks: [] } };
      const preflight = stepKinds(failed).indexOf('preflight');
      expect(currentStepIndex(failed, ctx)).toBeLessThanOrEqual(preflight);
      expect(canOpen(failed, ctx, preflight + 1)).toBe(false);
    }
  });

  it('needs the lost holder first in a Recovery, and source nodes for a reshare', () => {
    const r = { ...base, kind: 'Recovery' as const, selection: { ...base.selection, vaultId: 'v' } };
    expect(at(r)).toBe('lost-holder');
    const withLost = { ...r, selection: { ...r.selection, lostNodeId: 'n' } };
    expect(at(withLost)).toBe('groups');
    const noNodes = {
      ...withLost,
      selection: { ...withLost.selection, targetGroupId: 't', sourceGroupId: 's' },
    };
    expect(at(noNodes)).toBe('groups');
    expect(at({ ...noNodes, selection: { ...noNodes.selection, sourceNodeIds: ['a', 'b'] } })).toBe(
      'preflight',
    );
  });

  it('holds a Recovery at “Who lost what” while Cobo does not report the phone as lost, but not once sent', () => {
    const chosen = newCeremony({
      kind: 'Recovery',
      selection: {
        ...base.selection,
        vaultId: 'v',
        lostNodeId: 'n',
        targetGroupId: 't',
        sourceGroupId: 's',
        sourceNodeIds: ['a', 'b'],
      },
      preflight: preflightOk,
      checklist: ticked,
      witnesses: ['W'],
      custodians: { a: 't', b: 't' },
    });
    const notReported = { ...ctx, lostPhoneReported: false };
    const kindAt = (c: Ceremony, context: typeof ctx) => stepKinds(c)[currentStepIndex(c, context)];
    expect(kindAt(chosen, notReported)).toBe('lost-holder');
    expect(kindAt(chosen, ctx)).toBe('review');
    // After a Recovery, Cobo deletes the lost phone's node: the finished ceremony must not fall back.
    const sent = { ...chosen, phase: 'tracking' as const };
    expect(kindAt(sent, notReported)).toBe('status');
  });

  it('skips verification for a failed ceremony', () => {
    const failed = {
      ...base,
      phase: 'finished' as const,
      outcome: 'failed' as const,
      selection: { ...base.selection, vaultId: 'v', targetGroupId: 'g' },
      preflight: preflightOk,
      checklist: ticked,
      witnesses: ['W'],
      custodians: { a: 't', b: 't' },
    };
    expect(at(failed)).toBe('close');
  });

  it('lets a group design through only once it meets Cobo’s rules: Cobo’s node counted, named holders, a signer', () => {
    const holder = (id: string, signer: boolean) => ({
      tss_node_id: id,
      name: id,
      type: 'Mobile' as const,
      signer,
    });
    const designed = (participants: number, holders: ReturnType<typeof holder>[]) => ({
      ...base,
      kind: 'GroupSetup' as const,
      selection: {
        ...base.selection,
        vaultId: 'v',
        // 2-of-3 Signing Keys exist only in an advanced vault, which the officer says this one is.
        design: { type: 'SigningGroup' as const, threshold: 2, participants, holders, advanced: true },
      },
    });
    // 2-of-3 with Cobo's node: two of the organisation's holders are needed.
    expect(at(designed(3, [holder('cobo-node-aaaa', true)]))).toBe('design');
    expect(at(designed(3, [holder('cobo-node-aaaa', true), holder('cobo-node-bbbb', false)]))).toBe(
      'preflight',
    );
    // No designated signer among them: not yet.
    expect(at(designed(3, [holder('cobo-node-aaaa', false), holder('cobo-node-bbbb', false)]))).toBe(
      'design',
    );
    // 2-of-2: Cobo's node and one of the organisation's.
    expect(at(designed(2, [holder('cobo-node-aaaa', true)]))).toBe('preflight');
  });
});
