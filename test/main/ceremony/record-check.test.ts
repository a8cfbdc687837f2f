// @vitest-environment node
/** The state file's choices held to the journal's last choice entry, entry by entry, without a runtime. */
import { unsignedEntry } from '../../helpers/journal';
import { describe, expect, it } from 'vitest';
import type { Ceremony } from '../../../common/contract';
import { stateDisagreement } from '../../../main/ceremony/record-check';
import { newCeremony } from '../../fixtures/ceremony';
import { selection } from '../../fixtures/groups';

const state = (over: Partial<Ceremony> = {}) => newCeremony({ kind: 'Recovery', ...over });
const entry = unsignedEntry;
const started = (c: Ceremony) =>
  entry(1, 'ceremony_started', {
    ceremony_id: c.id,
    kind: c.kind,
    environment: c.environment,
    api_key_fingerprint: c.apiKeyFingerprint,
  });
const chose = (seq: number, chosen: unknown, extra: Record<string, unknown> = {}) =>
  entry(seq, 'step_completed', { step: 'selection', selection: chosen, vault_name: null, ...extra });

describe('the choices in the state file', () => {
  it('agree with a journal that records none when nothing was chosen', () => {
    const c = state();
    expect(stateDisagreement(c.id, c, [started(c)])).toBeNull();
  });

  it('are held to the last choice entry, not an earlier one, naming the choice that differs', () => {
    const c = state({ selection: selection({ vaultId: null, targetGroupId: 'g2' }) });
    const first = chose(2, selection({ vaultId: null, targetGroupId: 'g1' }));
    const last = chose(3, selection({ vaultId: null, targetGroupId: 'g2' }));
    expect(stateDisagreement(c.id, c, [started(c), first, last])).toBeNull();
    expect(stateDisagreement(c.id, c, [started(c), last, { ...first, seq: 3 }])).toEqual(
      expect.objectContaining({
        line: 3,
        kind: 'step_completed',
        field: 'selection',
        reason: 'the state file says the choice targetGroupId is "g2", but the journal records "g1"',
      }),
    );
  });

  it('are read from choice entries only, not from another kind of entry that mentions a selection', () => {
    const c = state({ selection: selection({ vaultId: null }) });
    const note = entry(2, 'note', { step: 'selection', selection: selection({ targetGroupId: 'x' }) });
    expect(stateDisagreement(c.id, c, [started(c), note])).toBeNull();
  });

  it('hold the lost phone’s holder name to the entry that chose the phone', () => {
    const c = state({
      selection: selection({ vaultId: null, lostNodeId: 'n1' }),
      custodianNames: { n1: 'Alice' },
    });
    const named = chose(2, selection({ vaultId: null, lostNodeId: 'n1' }), { lost_holder_name: 'Alice' });
    expect(stateDisagreement(c.id, c, [started(c), named])).toBeNull();
    const unnamed = chose(2, selection({ vaultId: null, lostNodeId: 'n1' }));
    expect(stateDisagreement(c.id, c, [started(c), unnamed])?.reason).toBe(
      'the state file says the choice lostHolderName is "Alice", but the journal records nothing',
    );
  });

  it('say so when the journal’s choice entry cannot be read as choices', () => {
    const c = state();
    expect(stateDisagreement(c.id, c, [started(c), chose(2, 'not choices')])).toEqual(
      expect.objectContaining({
        line: 2,
        kind: 'step_completed',
        field: 'selection',
        reason: 'the journal’s last choice entry cannot be read as the choices of a ceremony',
      }),
    );
  });
});

describe('the confirmed backups in the state file', () => {
  const backedUp = (seq: number, node: string, name: string) =>
    entry(seq, 'backup_confirmed', { tss_node_id: node, name, at: '2026-01-01T00:00:05.000Z' });

  it('agree with the journal’s backup entries, and a backup the journal never recorded is named as such', () => {
    const c = state({ backups: { n1: { name: 'Alice', at: '2026-01-01T00:00:05.000Z' } } });
    expect(stateDisagreement(c.id, c, [started(c), backedUp(2, 'n1', 'Alice')])).toBeNull();
    // A backup added to the state file alone: the officer never confirmed it.
    expect(stateDisagreement(c.id, c, [started(c)])).toEqual(
      expect.objectContaining({
        line: null,
        kind: null,
        field: 'backups',
        reason:
          'the state file says the confirmed backups are {"n1":{"at":"2026-01-01T00:00:05.000Z","name":"Alice"}}, but the journal records {}',
      }),
    );
    // A confirmation removed from the state file, or another holder's put in its place.
    const other = state({ backups: { n2: { name: 'Bilal', at: '2026-01-01T00:00:05.000Z' } } });
    expect(stateDisagreement(other.id, other, [started(other), backedUp(2, 'n1', 'Alice')])).toMatchObject({
      line: 2,
      kind: 'backup_confirmed',
      field: 'backups',
    });
  });
});
