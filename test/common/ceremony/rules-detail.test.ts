// @vitest-environment node
/** The fine print of the rules: who must approve per kind, the polling rhythm, status words, quorum. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLLING, initialPolling, nextPoll } from '../../../main/ceremony/polling';
import { CEREMONY_KINDS } from '../../../common/ceremony/kinds';
import { quorum } from '../../../common/ceremony/rules';
import { buildTimeline, describeStatus, statusInWords, stepTitle } from '../../../common/ceremony/status';
import { EN } from '../../../common/i18n/translate';
import type { HolderView } from '../../../common/contract';
import { group as groupOf, holder as holderOf } from '../../fixtures/groups';

const holder = (name: string, type = 'Mobile', over: Partial<HolderView> = {}) =>
  holderOf(name, { type, ...over });
const group = (holders: HolderView[]) => groupOf('g', 'MainGroup', holders);

describe('who of the target must approve', () => {
  it('is every holder but Cobo’s node, for each TSS ceremony, and nobody for a set-up', () => {
    const g = group([holder('Cobo', 'Cobo'), holder('Alice'), holder('Api', 'API')]);
    expect(CEREMONY_KINDS.KeyGen.targetNeeded(g)).toBe(2);
    expect(CEREMONY_KINDS.KeyGenFromKeyGroup.targetNeeded(g)).toBe(2);
    expect(CEREMONY_KINDS.Recovery.targetNeeded(g)).toBe(2);
    expect(CEREMONY_KINDS.Recovery.targetNeeded(group([holder('A'), holder('B'), holder('C')]))).toBe(3);
    expect(CEREMONY_KINDS.GroupSetup.targetNeeded(g)).toBe(0);
  });
});

describe('the polling rhythm', () => {
  it('stays fast for exactly `patience` unchanged polls, then backs off by the factor up to the slow rate', () => {
    let state = initialPolling();
    expect(state).toEqual({ delayMs: DEFAULT_POLLING.fastMs, unchanged: 0, recent: [] });
    const delays: number[] = [];
    for (let i = 0; i < DEFAULT_POLLING.patience + 4; i++) {
      state = nextPoll(state, false, i * 100_000);
      delays.push(state.delayMs);
    }
    expect(delays.slice(0, DEFAULT_POLLING.patience)).toEqual(Array(DEFAULT_POLLING.patience).fill(900));
    expect(delays.slice(DEFAULT_POLLING.patience).map(Math.round)).toEqual([1440, 2304, 3686, 5898]);
    expect(state.unchanged).toBe(DEFAULT_POLLING.patience + 4);
    // A change brings back the fast rate at once and starts the count again.
    expect(nextPoll(state, true, 10_000_000)).toMatchObject({ delayMs: 900, unchanged: 0 });
  });

  it('remembers the polls of the last minute only, the one a minute ago excluded', () => {
    let state = initialPolling();
    state = nextPoll(state, true, 0);
    state = nextPoll(state, true, 30_000);
    state = nextPoll(state, true, 60_000);
    expect(state.recent).toEqual([30_000, 60_000]);
    expect(nextPoll(state, true, 90_001).recent).toEqual([60_000, 90_001]);
  });
});

describe('status words', () => {
  it('names an unknown status, cut at 60 characters, and keeps following it', () => {
    const odd = describeStatus('X'.repeat(80));
    expect(odd).toMatchObject({ known: false, final: false, cancellable: false, outcome: null });
    const words = statusInWords('X'.repeat(80), EN);
    expect(words.title).toBe(`Unknown status “${'X'.repeat(60)}”`);
    expect(words.meaning).toMatch(/^Cobo reported a status this version of the app does not know\./);
    expect(words.actor).toBe('nobody can tell: check Cobo Portal');
  });

  it('gives the current status its time so far, and a final one none', () => {
    const t0 = Date.parse('2026-01-01T00:00:00Z');
    const at = (s: number) => new Date(t0 + s * 1000).toISOString();
    const open = buildTimeline([{ status: 'MPCProcessing', at: at(0) }], t0 + 7_000);
    expect(open).toEqual([
      {
        status: 'MPCProcessing',
        titleKey: describeStatus('MPCProcessing').titleKey,
        titleValues: {},
        known: true,
        at: at(0),
        durationMs: 7_000,
        observed: true,
      },
    ]);
    expect(buildTimeline([{ status: 'Success', at: at(0) }], t0 + 7_000)[0]!.durationMs).toBe(0);
    expect(buildTimeline([{ status: 'Odd', at: at(5) }], t0)[0]!.durationMs).toBe(0);
    expect(buildTimeline([], t0)).toEqual([]);
  });

  it('after a cancel, says the final status is Cobo’s answer to it, and only the final one', () => {
    const t0 = Date.parse('2026-01-01T00:00:00Z');
    const at = (s: number) => new Date(t0 + s * 1000).toISOString();
    const seen = [
      { status: 'PendingKeyHolderConfirmation', at: at(0) },
      { status: 'KeyHolderConfirmationFailed', at: at(4) },
    ];
    expect(buildTimeline(seen, t0, true).map((s) => [s.status, stepTitle(s, EN)])).toEqual([
      ['PendingKeyHolderConfirmation', statusInWords('PendingKeyHolderConfirmation', EN).title],
      [
        'KeyHolderConfirmationFailed',
        'Cancelled by the officer (Cobo now reports KeyHolderConfirmationFailed)',
      ],
    ]);
    // Without a cancel, the same status is the holders' refusal.
    expect(stepTitle(buildTimeline(seen, t0).at(-1)!, EN)).toBe(
      statusInWords('KeyHolderConfirmationFailed', EN).title,
    );
    // A cancel whose final status could not be read leaves the last seen one as it was.
    expect(stepTitle(buildTimeline(seen.slice(0, 1), t0, true)[0]!, EN)).toBe(
      statusInWords('PendingKeyHolderConfirmation', EN).title,
    );
  });
});

describe('the quorum sentence', () => {
  it('counts an inactive holder as unusable, not as offline, even when its phone is off', () => {
    const q = quorum([holder('A'), holder('B', 'Mobile', { status: 'Changed', online: false })], 1, EN);
    expect(q.offline).toEqual([]);
    expect(q.unusable).toEqual(['B (Changed)']);
    expect(q.sentence).toBe(
      '1 of the 2 holders must approve; 1 cannot take part: B (Changed); this can succeed now.',
    );
    expect(quorum([holder('A')], 1, EN).sentence).toBe('The one holder must approve; this can succeed now.');
    // Every holder taking part: said as all of them, not as a threshold.
    expect(quorum([holder('A'), holder('B'), holder('C')], 3, EN).sentence).toBe(
      'All 3 holders must approve; this can succeed now.',
    );
  });
});
