// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TSS_REQUEST_STATUSES } from '../../../common/cobo-enums';
import { buildTimeline, describeStatus, statusInWords } from '../../../common/ceremony/status';
import { EN } from '../../../common/i18n/translate';
import { DEFAULT_POLLING, initialPolling, nextPoll } from '../../../main/ceremony/polling';
import { checkDesign, checkSelection, quorum, requestBody } from '../../../common/ceremony/rules';
import type { GroupView, HolderView, Selection } from '../../../common/contract';
import { group as groupWithId, holder, selection } from '../../fixtures/groups';

/** Here each group's id is made from its type. */
const group = (type: string, holders: HolderView[], over: Partial<GroupView> = {}) =>
  groupWithId(`g-${type}`, type, holders, over);

const cobo = holder('Cobo', { type: 'Cobo', tss_node_id: 'node-cobo' });

describe('quorum', () => {
  it('says in words whether the ceremony can succeed now', () => {
    const q = quorum([holder('Alice'), holder('Bilal', { online: false }), holder('Chen')], 2, EN);
    expect(q.sentence).toBe('2 of the 3 holders must approve; 1 is offline (Bilal); this can succeed now.');
    expect(q.canSucceed).toBe(true);
    const bad = quorum([holder('Alice', { online: false }), holder('Bilal', { status: 'Changed' })], 2, EN);
    expect(bad.canSucceed).toBe(false);
    expect(bad.sentence).toContain('1 cannot take part: Bilal (Changed)');
    expect(bad.sentence).toContain('only 0 can take part, so this cannot succeed now');
  });
});

describe('selection rules per ceremony', () => {
  const main = group('MainGroup', [cobo, holder('Alice'), holder('Bilal')]);
  const validMain = { ...main, status: 'Valid', has_keys: true };
  const signing = group('SigningGroup', [cobo, holder('Api', { type: 'API' })]);

  it('KeyGen wants a New Main Key and a vault without keys', () => {
    expect(
      checkSelection(
        'KeyGen',
        selection({ targetGroupId: main.key_share_holder_group_id }),
        [main],
        false,
        EN,
      ).ok,
    ).toBe(true);
    expect(
      checkSelection('KeyGen', selection({ targetGroupId: main.key_share_holder_group_id }), [main], true, EN)
        .problems[0],
    ).toMatch(/once per vault/);
    expect(
      checkSelection(
        'KeyGen',
        selection({ targetGroupId: signing.key_share_holder_group_id }),
        [signing],
        false,
        EN,
      ).ok,
    ).toBe(false);
    expect(checkSelection('KeyGen', selection({}), [main], false, EN).problems).toEqual([
      'Choose the target group.',
    ]);
  });

  it('KeyGenFromKeyGroup wants a Valid Main Key source with the Cobo node and enough nodes', () => {
    const base = {
      targetGroupId: signing.key_share_holder_group_id,
      sourceGroupId: validMain.key_share_holder_group_id,
    };
    const ok = selection({ ...base, sourceNodeIds: ['node-cobo', 'node-Alice'] });
    expect(checkSelection('KeyGenFromKeyGroup', ok, [validMain, signing], true, EN).ok).toBe(true);
    const noCobo = selection({ ...base, sourceNodeIds: ['node-Alice', 'node-Bilal'] });
    expect(checkSelection('KeyGenFromKeyGroup', noCobo, [validMain, signing], true, EN).problems).toContain(
      'The source nodes must include the Cobo node.',
    );
    const tooFew = selection({ ...base, sourceNodeIds: ['node-cobo'] });
    expect(
      checkSelection('KeyGenFromKeyGroup', tooFew, [validMain, signing], true, EN).problems.join(),
    ).toMatch(/at least 2 source nodes/);
    expect(checkSelection('KeyGenFromKeyGroup', ok, [main, signing], true, EN).problems.join()).toMatch(
      /source group is New/,
    );
  });

  it('Recovery refuses a new Main Key that still holds the lost phone', () => {
    const recovery = group('RecoveryGroup', [holder('Chen'), holder('Dana'), holder('Emeka')], {
      status: 'Valid',
      has_keys: true,
    });
    const s = selection({
      targetGroupId: main.key_share_holder_group_id,
      sourceGroupId: recovery.key_share_holder_group_id,
      sourceNodeIds: ['node-Chen', 'node-Dana'],
      lostNodeId: 'node-Alice',
    });
    expect(checkSelection('Recovery', s, [main, recovery], true, EN).problems).toContain(
      'The new Main Key still contains the lost phone; it must hold the new phone instead.',
    );
  });

  it('checks a group design against the allowed shapes, Cobo’s own node and a signer, and sends only the organisation’s holders', () => {
    const nodes = [cobo, holder('Alice'), holder('Bilal')];
    const own = nodes.slice(1);
    const design = (over: Partial<NonNullable<Selection['design']>>) =>
      selection({
        design: {
          type: 'MainGroup',
          threshold: 2,
          participants: 3,
          advanced: true,
          holders: own.map((n, i) => ({ tss_node_id: n.tss_node_id, signer: i === 0 })),
          ...over,
        },
      });
    expect(checkDesign(design({}), nodes, undefined, [], EN).ok).toBe(true);
    expect(checkDesign(design({ threshold: 1 }), nodes, undefined, [], EN).problems[0]).toMatch(
      /not offered by Cobo/,
    );
    expect(
      checkDesign(
        design({ holders: nodes.map((n) => ({ tss_node_id: n.tss_node_id, signer: n !== cobo })) }),
        nodes,
        undefined,
        [],
        EN,
      ).problems,
    ).toEqual([
      'Add exactly 2 of your holders (3 added); Cobo’s node is one of the 3.',
      'Cobo’s node joins every new key by itself; remove it from your holders.',
    ]);
    expect(
      checkDesign(
        design({ holders: own.map((n) => ({ tss_node_id: n.tss_node_id, signer: false })) }),
        nodes,
        undefined,
        [],
        EN,
      ).problems,
    ).toContain('Choose the designated signer among your holders (Cobo signs too).');
    expect(requestBody('GroupSetup', design({}), '', nodes, [])).toEqual({
      key_share_holder_group_type: 'MainGroup',
      participants: 3,
      threshold: 2,
      key_share_holders: [
        { name: 'Alice', type: 'Mobile', tss_node_id: 'node-Alice', signer: true },
        { name: 'Bilal', type: 'Mobile', tss_node_id: 'node-Bilal', signer: false },
      ],
    });
  });
});

describe('status rules', () => {
  it('knows every spec status and keeps an unknown one as unknown, never final', () => {
    expect(describeStatus('Success')).toMatchObject({ known: true, final: true, outcome: 'success' });
    expect(describeStatus('KeyGenerating')).toMatchObject({ cancellable: false, final: false });
    expect(describeStatus('PendingKeyHolderConfirmation').cancellable).toBe(true);
    expect(describeStatus('QuantumWait')).toMatchObject({ known: false, final: false });
    expect(statusInWords('QuantumWait', EN).title).toBe('Unknown status “QuantumWait”');
  });

  it('builds a timeline from observations in any order, with repeats and unknown values', () => {
    const t0 = Date.parse('2026-01-01T00:00:00Z');
    const at = (s: number) => new Date(t0 + s * 1000).toISOString();
    const timeline = buildTimeline(
      [
        { status: 'KeyGenerating', at: at(10) },
        { status: 'PendingKeyHolderConfirmation', at: at(0) },
        { status: 'PendingKeyHolderConfirmation', at: at(2) },
        { status: 'NewThing', at: at(5) },
        { status: 'Success', at: at(12) },
      ],
      t0 + 60_000,
    );
    expect(timeline.map((s) => [s.status, s.durationMs / 1000, s.known, s.observed])).toEqual([
      ['PendingKeyHolderConfirmation', 5, true, true],
      ['NewThing', 5, false, true],
      ['KeyGenerating', 2, true, true],
      ['Success', 0, true, true],
    ]);
  });

  it('shows the statuses a request passed through between two reads, as passed through, not as seen', () => {
    const t0 = Date.parse('2026-01-01T00:00:00Z');
    const at = (s: number) => new Date(t0 + s * 1000).toISOString();
    const steps = (observed: string[]) =>
      buildTimeline(
        observed.map((status, i) => ({ status, at: at(i) })),
        t0,
      ).map((s) => `${s.status}${s.observed ? '' : ' (unseen)'}`);
    expect(steps(['PendingKeyHolderConfirmation', 'Success'])).toEqual([
      'PendingKeyHolderConfirmation',
      'MPCProcessing (unseen)',
      'KeyGenerating (unseen)',
      'Success',
    ]);
    expect(steps(['MPCProcessing', 'KeyGeneratingFailed'])).toEqual([
      'MPCProcessing',
      'KeyGenerating (unseen)',
      'KeyGeneratingFailed',
    ]);
    // Nothing is implied before a failed confirmation, after an unknown status, or between neighbours.
    expect(steps(['PendingKeyHolderConfirmation', 'KeyHolderConfirmationFailed'])).toEqual([
      'PendingKeyHolderConfirmation',
      'KeyHolderConfirmationFailed',
    ]);
    expect(steps(['NewThing', 'Success'])).toEqual(['NewThing', 'Success']);
    expect(steps(['PendingKeyHolderConfirmation', 'MPCProcessing', 'KeyGenerating', 'Success'])).toEqual([
      'PendingKeyHolderConfirmation',
      'MPCProcessing',
      'KeyGenerating',
      'Success',
    ]);
    const unseen = buildTimeline(
      [
        { status: 'PendingKeyHolderConfirmation', at: at(0) },
        { status: 'KeyGenerating', at: at(9) },
      ],
      t0 + 20_000,
    )[1]!;
    expect(unseen).toMatchObject({ status: 'MPCProcessing', observed: false, durationMs: 0, at: at(9) });
  });
});

describe('adaptive polling', () => {
  it('polls fast while things move and backs off to the slow rate while idle', () => {
    let state = initialPolling();
    let t = 0;
    const delays: number[] = [];
    for (let i = 0; i < 200; i++) {
      state = nextPoll(state, i < 5, t);
      delays.push(state.delayMs);
      t += state.delayMs;
    }
    expect(delays[0]).toBe(DEFAULT_POLLING.fastMs);
    expect(Math.max(...delays)).toBe(DEFAULT_POLLING.slowMs);
    // Idle: at most 6 polls a minute once backed off.
    const idleStart = delays.findIndex((d) => d === DEFAULT_POLLING.slowMs);
    const idle = delays.slice(idleStart, idleStart + 12);
    expect(idle.every((d) => d === 10_000)).toBe(true);
  });

  it('resets to fast on a change', () => {
    let state = initialPolling();
    for (let i = 0; i < 40; i++) state = nextPoll(state, false, i * 1000);
    expect(state.delayMs).toBeGreaterThan(DEFAULT_POLLING.fastMs);
    expect(nextPoll(state, true, 41_000).delayMs).toBe(DEFAULT_POLLING.fastMs);
  });

  it('waits when the budget for the minute is spent', () => {
    const policy = { ...DEFAULT_POLLING, perMinute: 3 };
    let state = initialPolling(policy);
    state = nextPoll(state, true, 0, policy);
    state = nextPoll(state, true, 100, policy);
    state = nextPoll(state, true, 200, policy);
    expect(state.delayMs).toBe(59_800);
  });
});

describe('status meanings, as the README states them', () => {
  const readme = readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\| `(\w+)`\s*\| (yes|no)\s*\| (yes|no)\s*\| (.+?)\s*\|$/gm)].map(
    (m) => ({
      status: m[1]!,
      final: m[2] === 'yes',
      cancellable: m[3] === 'yes',
      actor: m[4]!,
    }),
  );

  it('lists every status Cobo defines, once', () => {
    expect(rows.map((r) => r.status).sort()).toEqual([...TSS_REQUEST_STATUSES].sort());
  });

  it.each(TSS_REQUEST_STATUSES.map((s) => [s]))('%s: final, cancellable and who acts match', (status) => {
    const row = rows.find((r) => r.status === status)!;
    const meaning = describeStatus(status);
    expect({
      final: meaning.final,
      cancellable: meaning.cancellable,
      actor: statusInWords(status, EN).actor,
    }).toEqual({
      final: row.final,
      cancellable: row.cancellable,
      actor: row.actor,
    });
    // A final status always has an outcome; a status still moving has none.
    expect(meaning.outcome === null).toBe(!meaning.final);
    expect(meaning.final && meaning.cancellable).toBe(false);
  });
});

describe('the polling budget', () => {
  it('never holds more than 60 polls in any sliding minute under the default policy, even while every poll sees a change', () => {
    let state = initialPolling();
    let t = 0;
    const times: number[] = [];
    for (let i = 0; i < 400; i++) {
      times.push(t);
      state = nextPoll(state, true, t);
      t += state.delayMs;
    }
    let worst = 0;
    for (let i = 0; i < times.length; i++) {
      const inWindow = times.filter((x) => x >= times[i]! && x < times[i]! + 60_000).length;
      worst = Math.max(worst, inWindow);
    }
    expect(worst).toBeLessThanOrEqual(DEFAULT_POLLING.perMinute);
    // ...and the budget is used, not starved: a moving request is read about once a second.
    expect(worst).toBeGreaterThanOrEqual(DEFAULT_POLLING.perMinute - 1);
  });
});

describe('targets a ceremony may not take', () => {
  const keyedMain = group('MainGroup', [cobo, holder('Alice'), holder('Bilal')], {
    status: 'Valid',
    has_keys: true,
  });
  const otherMain = group('MainGroup', [cobo, holder('Chen'), holder('Dana')], {
    key_share_holder_group_id: 'g-main-2',
  });

  it('refuses a Main Key as the target of KeyGenFromKeyGroup', () => {
    const verdict = checkSelection(
      'KeyGenFromKeyGroup',
      selection({
        targetGroupId: 'g-main-2',
        sourceGroupId: keyedMain.key_share_holder_group_id,
        sourceNodeIds: ['node-cobo', 'node-Alice'],
      }),
      [keyedMain, otherMain],
      true,
      EN,
    );
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toEqual(['The target must be a SigningGroup or RecoveryGroup.']);
  });
});
