// @vitest-environment node
/** A vault's keys for the officer, and what this installation's ceremonies changed (issue #29, item 15). */
import { describe, expect, it } from 'vitest';
import { vaultInventory } from '../../../common/ceremony/inventory';
import type { Ceremony } from '../../../common/contract';
import { newCeremony } from '../../fixtures/ceremony';
import { group, holder } from '../../fixtures/groups';
import { EN } from '../../../common/i18n/translate';

const cobo = holder('Cobo', { type: 'Cobo' });
const keyed = { status: 'Valid', has_keys: true } as const;

describe('the vault inventory', () => {
  it('lists every key Main first, with its shape, status and holders by signer type', () => {
    const { keys } = vaultInventory(
      [
        group('rec', 'RecoveryGroup', [cobo, holder('Chen'), holder('Dana')]),
        group('sign', 'SigningGroup', [cobo, holder('Server', { type: 'API', signer: true })], keyed),
        group('main', 'MainGroup', [cobo, holder('Alice', { signer: true })], keyed),
      ],
      [],
      EN,
    );
    expect(keys).toEqual([
      {
        id: 'main',
        name: 'Main Key',
        shape: '2-of-2',
        status: 'Valid',
        holders: ['Cobo (Cobo’s node)', 'Alice (Cobo Guard or Portal Mobile, signer)'],
      },
      {
        id: 'sign',
        name: 'Signing Key',
        shape: '2-of-2',
        status: 'Valid',
        holders: ['Cobo (Cobo’s node)', 'Server (Server Signer, signer)'],
      },
      expect.objectContaining({ id: 'rec', name: 'Recovery Key', status: 'New, no key shares yet' }),
    ]);
  });

  it('names the keys this installation’s ceremonies deleted, upgraded or recovered into, newest first, and only those that succeeded', () => {
    const record = (kind: Ceremony['kind'], outcome: Ceremony['outcome'], createdAt: string, extra = {}) =>
      newCeremony({
        kind,
        outcome,
        createdAt,
        selection: { targetGroupId: `g-${kind}`, ...extra } as Ceremony['selection'],
      });
    const { past } = vaultInventory(
      [],
      [
        record('GroupRetirement', 'success', '2026-01-01T00:00:00.000Z'),
        record('GroupUpgrade', 'success', '2026-02-01T00:00:00.000Z', {
          mainGroupHandling: 'ConvertToSigningGroup',
        }),
        record('Recovery', 'success', '2026-03-01T00:00:00.000Z'),
        record('GroupRetirement', 'abandoned', '2026-04-01T00:00:00.000Z'),
        record('KeyGen', 'success', '2026-05-01T00:00:00.000Z'),
      ],
      EN,
    );
    expect(past.map((p) => [p.id, p.what])).toEqual([
      ['g-Recovery', 'became the Main Key by a Recovery, replacing the one that held the lost phone'],
      [
        'g-GroupUpgrade',
        'upgraded from Signing Key to Main Key by “Upgrade a Signing Key”; the Main Key before it was converted to a Signing Key',
      ],
      ['g-GroupRetirement', 'deleted by “Delete a key”'],
    ]);
  });

  it('names the replaced Main Key by its ID where the record kept it', () => {
    const record = (kind: Ceremony['kind'], extra = {}) =>
      newCeremony({
        kind,
        outcome: 'success',
        formerMainGroupId: 'g-old',
        selection: { targetGroupId: `g-${kind}`, ...extra } as Ceremony['selection'],
      });
    const { past } = vaultInventory(
      [],
      [record('Recovery'), record('GroupUpgrade', { mainGroupHandling: 'Invalidate' })],
      EN,
    );
    expect(past.map((p) => p.what).sort()).toEqual([
      'became the Main Key by a Recovery, replacing the Main Key g-old, which held the lost phone',
      'upgraded from Signing Key to Main Key by “Upgrade a Signing Key”; the Main Key before it (g-old) was invalidated',
    ]);
  });
});
