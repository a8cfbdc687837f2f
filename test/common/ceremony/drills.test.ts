// @vitest-environment node
/**
 * What the vault's standing says of its recovery drills (issue #30, item 3): when each key's files were
 * last proven, and whose files are outdated because the key they were proven for was replaced.
 */
import { describe, expect, it } from 'vitest';
import { drillStanding, drillSupersededBy } from '../../../common/ceremony/drills';
import { vaultStanding } from '../../../common/ceremony/vault-standing';
import type { Ceremony, DrillFile } from '../../../common/contract';
import { newCeremony } from '../../fixtures/ceremony';
import { group, holder, selection } from '../../fixtures/groups';
import { EN } from '../../../common/i18n/translate';

const cobo = holder('Cobo', { type: 'Cobo' });
const keyed = { status: 'Valid', has_keys: true } as const;
const main = group('main', 'MainGroup', [cobo, holder('Alice')], keyed);
const recovery = group('rec', 'RecoveryGroup', [cobo, holder('Chen'), holder('Dana')], keyed);

const file = (name: string, failed = false): DrillFile => ({
  file: `${name}.json`,
  sha256: 'ab'.repeat(32),
  nodeId: `node-${name}`,
  holder: name,
  at: '2026-12-01T10:00:00.000Z',
  groups: [
    {
      curve: 'SECP256K1',
      groupId: 'g',
      shareId: '1',
      passed: [],
      failed: failed ? { check: 'password', message: 'm' } : null,
    },
  ],
});
const drill = (target: string, at: string, files: DrillFile[], outcome: Ceremony['outcome'] = 'success') =>
  newCeremony({
    kind: 'RecoveryDrill',
    outcome,
    updatedAt: at,
    selection: selection({ targetGroupId: target }),
    drill: { files, accepted: {}, verdicts: [] },
  });

describe('drills in the vault’s standing', () => {
  it('says when each key’s files were last proven; a failed drill proves nothing', () => {
    const records = [
      drill('rec', '2026-11-01T00:00:00.000Z', [file('Chen'), file('Dana')]),
      drill('rec', '2026-12-02T00:00:00.000Z', [file('Chen'), file('Dana', true), file('Dana')]),
      drill('main', '2026-12-03T00:00:00.000Z', [file('Alice')], 'failed'),
    ];
    expect(drillStanding([main, recovery], records, EN)).toEqual({
      proven: [{ keyId: 'rec', key: 'Recovery Key', at: '2026-12-02T00:00:00.000Z' }],
      outdated: [],
    });
    expect(
      vaultStanding(
        { vault_id: 'v', name: 'T', type: 'Org-Controlled', root_pubkeys: ['x'] as never, problem: null },
        [main, recovery],
        records,
        EN,
      ).line,
    ).toMatch(/Recovery Key’s recovery files proven 2026-12-02/);
  });

  it('says whose proven files are outdated once their key is replaced: destroy them', () => {
    const records = [drill('old-rec', '2026-11-01T00:00:00.000Z', [file('Chen'), file('Emeka', true)])];
    // The Recovery Key the files were proven for is gone (replaced by another with other holders).
    expect(drillStanding([main, recovery], records, EN)).toEqual({ proven: [], outdated: ['Chen'] });
    const line = vaultStanding(
      { vault_id: 'v', name: 'T', type: 'Org-Controlled', root_pubkeys: ['x'] as never, problem: null },
      [main, recovery],
      records,
      EN,
    ).line;
    expect(line).toMatch(
      /recovery files outdated \(proven for a key since replaced; destroy them, they still rebuild the root key\): Chen$/,
    );
  });
});

describe('drills in the standing, at their edges', () => {
  it('keeps the later of two drills, counts only the files that proved, and ignores other kinds', () => {
    const later = drill('rec', '2026-12-05T00:00:00.000Z', [file('Chen'), file('Dana')]);
    const earlier = drill('rec', '2026-11-05T00:00:00.000Z', [file('Chen'), file('Dana')]);
    const keyGen = { ...later, kind: 'KeyGen' as const, updatedAt: '2026-12-31T00:00:00.000Z' };
    expect(drillStanding([main, recovery], [later, earlier, keyGen], EN).proven).toEqual([
      { keyId: 'rec', key: 'Recovery Key', at: '2026-12-05T00:00:00.000Z' },
    ]);
    // A file that did not prove says nothing of its holder: Emeka is not in the key, yet not outdated.
    expect(
      drillStanding([main, recovery], [drill('rec', 'x', [file('Chen'), file('Emeka', true)])], EN),
    ).toEqual({
      proven: [{ keyId: 'rec', key: 'Recovery Key', at: 'x' }],
      outdated: [],
    });
  });

  it('says files are outdated when their key lost its shares, changed its holders, or is no longer Valid', () => {
    const records = [drill('rec', 'x', [file('Chen'), file('Dana')])];
    for (const changed of [
      { ...recovery, has_keys: false },
      { ...recovery, holders: [cobo, holder('Chen'), holder('Fola')] },
      { ...recovery, status: 'Unavailable' },
    ])
      expect(drillStanding([main, changed], records, EN)).toEqual({ proven: [], outdated: ['Chen', 'Dana'] });
  });
});

describe('a drill in History whose key was since replaced or deleted', () => {
  const proven = newCeremony({
    kind: 'RecoveryDrill',
    outcome: 'success',
    createdAt: '2026-11-01T00:00:00.000Z',
    selection: selection({ vaultId: 'v', targetGroupId: 'main' }),
  });
  const later = (over: Partial<Ceremony>, vaultId = 'v') =>
    newCeremony({
      outcome: 'success',
      createdAt: '2026-12-01T00:00:00.000Z',
      ...over,
      selection: selection({ vaultId, targetGroupId: 'new-main', ...over.selection }),
    });

  it('names the Recovery or upgrade that replaced the drilled Main Key, and the deletion of a drilled key', () => {
    expect(drillSupersededBy(proven, [later({ kind: 'Recovery', formerMainGroupId: 'main' })], EN)).toEqual({
      what: 'replaced as the Main Key by a Recovery',
      at: '2026-12-01T00:00:00.000Z',
    });
    expect(
      drillSupersededBy(proven, [later({ kind: 'GroupUpgrade', formerMainGroupId: 'main' })], EN)?.what,
    ).toBe('replaced as the Main Key by “Upgrade a Signing Key”');
    const deleted = later({ kind: 'GroupRetirement', selection: selection({ targetGroupId: 'main' }) });
    expect(drillSupersededBy(proven, [deleted], EN)?.what).toBe('deleted by “Delete a key”');
    // The first ceremony that did it is the one named.
    const earlier = later({
      kind: 'Recovery',
      formerMainGroupId: 'main',
      createdAt: '2026-11-15T00:00:00.000Z',
    });
    expect(drillSupersededBy(proven, [deleted, earlier], EN)?.at).toBe('2026-11-15T00:00:00.000Z');
  });

  it('flags nothing for a ceremony that failed, came before, was on another vault, or replaced another key', () => {
    const replacing = { kind: 'Recovery' as const, formerMainGroupId: 'main' };
    for (const r of [
      later({ ...replacing, outcome: 'failed' }),
      later({ ...replacing, createdAt: '2026-10-01T00:00:00.000Z' }),
      later(replacing, 'other-vault'),
      later({ kind: 'Recovery', formerMainGroupId: 'another-main' }),
      later({ kind: 'KeyGenFromKeyGroup', formerMainGroupId: 'main' }),
      // An upgrade that kept the former Main Key as a Signing Key left its shares, and its files, in use.
      later({
        kind: 'GroupUpgrade',
        formerMainGroupId: 'main',
        selection: selection({ mainGroupHandling: 'ConvertToSigningGroup' }),
      }),
      later({ kind: 'GroupRetirement', selection: selection({ targetGroupId: 'another' }) }),
    ])
      expect(drillSupersededBy(proven, [r], EN)).toBeNull();
    // Only a drill that proved its files is flagged: a failed drill proved nothing to destroy.
    const failedDrill = { ...proven, outcome: 'failed' as const };
    expect(drillSupersededBy(failedDrill, [later(replacing)], EN)).toBeNull();
    expect(drillSupersededBy({ ...proven, kind: 'KeyGen' }, [later(replacing)], EN)).toBeNull();
  });
});
