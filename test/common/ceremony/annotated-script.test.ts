// @vitest-environment node
/**
 * The report as the annotated script (issue #31, item 2): the steps of the run sheet in force, each with
 * what the app recorded and when, the exceptions in place, and nothing claimed for a step the record
 * says nothing of.
 */
import { describe, expect, it } from 'vitest';
import { annotatedScript } from '../../../common/ceremony/annotated-script';
import { runSheet } from '../../../common/ceremony/run-sheet';
import { actedOn } from '../../../common/ceremony/acted-on';
import { newCeremony } from '../../fixtures/ceremony';
import { EN } from '../../../common/i18n/translate';
import { group, holder, selection } from '../../fixtures/groups';

const cobo = holder('Cobo', { type: 'Cobo' });
const alice = holder('Alice', { tss_node_id: 'cobo1234abcd5678efgh' });
const main = group('main', 'MainGroup', [cobo, alice], { status: 'Valid', has_keys: true });
const planned = newCeremony({
  kind: 'KeyGen',
  vaultName: 'Treasury',
  selection: selection({ vaultId: 'v1', targetGroupId: 'main' }),
});
const sheet = runSheet(planned, { groups: [main], participants: [alice], rootKeyFingerprints: [] }, EN);
const printed = {
  version: 1,
  sha256: 'ab'.repeat(32),
  at: '2026-01-01T09:00:00.000Z',
  acts: [...sheet.acts],
};
const steps = (c: Parameters<typeof annotatedScript>[0]) =>
  annotatedScript(c, {}, EN)!.flatMap((a) => a.steps);

describe('the annotated script', () => {
  it('is nothing until a run sheet with its steps was printed', () => {
    expect(annotatedScript(planned, {}, EN)).toBeNull();
    expect(annotatedScript({ ...planned, scripts: [{ ...printed, acts: [] }] }, {}, EN)).toBeNull();
  });

  it('gives each step what the app recorded and when, and the exceptions in place', () => {
    const review = sheet.acts.flatMap((a) => a.steps).find((s) => s.wizard === 'review')!;
    const exception = {
      step: review.no,
      expected: 'read aloud',
      happened: 'read twice',
      decided: 'sent',
      agreed: 'OO',
      at: '2026-01-01T10:05:00.000Z',
    };
    const run = {
      ...planned,
      scripts: [printed],
      checklist: { witnesses_present: '2026-01-01T10:00:00.000Z' },
      custodians: { cobo1234abcd5678efgh: '2026-01-01T10:01:00.000Z' },
      custodianNames: { cobo1234abcd5678efgh: 'Alice' },
      reviewedAt: '2026-01-01T10:06:00.000Z',
      tssRequestId: 'tss-1',
      statuses: [{ status: 'Success', at: '2026-01-01T10:09:00.000Z' }],
      comparedWithDevicesAt: '2026-01-01T10:10:00.000Z',
      phase: 'closed' as const,
      outcome: 'success' as const,
      updatedAt: '2026-01-01T10:11:00.000Z',
      exceptions: [exception],
      witnessSigners: [{ principal: 'wendy@x', key: 'ssh-ed25519 AAAA', fingerprint: 'SHA256:w' }],
      attestations: [
        {
          principal: 'wendy@x',
          dissent: false,
          head: 'HEAD-HEAD-HEAD-HEAD',
          signature: 's',
          at: '2026-01-01T10:12:00.000Z',
        },
      ],
    };
    const byWizard = (w: string) => steps(run).filter((s) => s.wizard === w);
    expect(steps(run).map((s) => s.no)).toEqual(sheet.acts.flatMap((a) => a.steps).map((s) => s.no));
    expect(byWizard('profile').map((s) => s.recorded)).toEqual([
      'Offline sandbox (sandbox)',
      'AAAA-BBBB-CCCC-DDDD',
    ]);
    expect(byWizard('vault')[0]!.recorded).toBe('Treasury (v1)');
    const facts = actedOn(run, {}, EN).map(([label, value]) => `${label}: ${value}`);
    expect(facts.length).toBeGreaterThan(0);
    expect(byWizard('groups')[0]!.recorded).toBe(facts.join('; '));
    const room = byWizard('preflight');
    expect(room.filter((s) => s.recorded === 'ticked').map((s) => s.at)).toEqual([
      '2026-01-01T10:00:00.000Z',
    ]);
    expect(room.filter((s) => s.recorded === null)).toHaveLength(room.length - 1);
    expect(byWizard('checkin')[0]).toMatchObject({
      recorded: 'Alice, present, TSS node ID cobo1234abcd5678efgh',
      at: '2026-01-01T10:01:00.000Z',
    });
    expect(byWizard('review')[0]).toMatchObject({
      recorded: 'reviewed and sent: TSS request tss-1',
      exceptions: [exception],
    });
    // Only the review carries the exception recorded against it.
    expect(
      steps(run)
        .filter((s) => s.exceptions.length)
        .map((s) => s.no),
    ).toEqual([review.no]);
    expect(byWizard('status').map((s) => s.recorded)).toEqual([null, 'Success']);
    expect(byWizard('verify')[0]).toMatchObject({ recorded: 'compared with the custodians’ devices' });
    // The state's time moved with the co-signatures: the close's own time is not claimed.
    expect(byWizard('close').map((s) => s.at)).toEqual([null, '2026-01-01T10:12:00.000Z']);
    expect(byWizard('close').map((s) => s.recorded)).toEqual([
      'closed: success',
      'co-signed by wendy@x (head HEAD-HEAD-HEAD-HEAD)',
    ]);
  });

  it('claims nothing for steps not reached, and says when the root keys changed', () => {
    const early = { ...planned, scripts: [printed], selection: selection({ vaultId: null }) };
    const recorded = steps(early)
      .filter((s) => s.recorded !== null)
      .map((s) => s.wizard);
    expect(recorded).toEqual(['profile', 'profile']);
    const changed = { ...planned, scripts: [printed], comparedWithDevicesAt: 'x', rootKeysUnchanged: false };
    expect(steps(changed).find((s) => s.wizard === 'verify')!.recorded).toBe(
      'compared: the root keys CHANGED',
    );
  });

  it('gives a drill its files checked and its conclusion', () => {
    const drillPlan = { ...planned, kind: 'RecoveryDrill' as const };
    const drillSheet = runSheet(
      drillPlan,
      {
        groups: [main],
        participants: [alice],
        rootKeyFingerprints: [],
      },
      EN,
    );
    const file = (at: string) => ({
      file: 'f.json',
      sha256: 'ab'.repeat(32),
      nodeId: 'n',
      holder: 'Alice',
      at,
      groups: [],
    });
    const drilled = {
      ...drillPlan,
      scripts: [{ ...printed, acts: [...drillSheet.acts] }],
      drill: {
        files: [file('2026-01-01T10:01:00.000Z'), file('2026-01-01T10:02:00.000Z')],
        accepted: {},
        verdicts: [
          {
            curve: 'SECP256K1',
            outcome: 'proven' as const,
            proven: 2,
            threshold: 2,
            participants: 3,
            summary: '2 of 3 proven.',
          },
          {
            curve: 'ED25519',
            outcome: 'proven' as const,
            proven: 2,
            threshold: 2,
            participants: 3,
            summary: 'Also on ed25519.',
          },
        ],
      },
    };
    const drillSteps = steps(drilled).filter((x) => x.wizard === 'drill');
    expect(drillSteps.map((x) => [x.recorded, x.at])).toEqual([
      ['2 file(s) checked', '2026-01-01T10:02:00.000Z'],
      ['2 of 3 proven. Also on ed25519.', null],
    ]);
    // Before any file: nothing claimed.
    const none = { ...drilled, drill: { files: [], accepted: {}, verdicts: null } };
    expect(
      steps(none)
        .filter((x) => x.wizard === 'drill')
        .map((x) => x.recorded),
    ).toEqual([null, null]);
  });
});
