/** Which holders back up after a ceremony, and how each kind of signer does it (Cobo's manual). */
import { describe, expect, it } from 'vitest';
import {
  asksForBackups,
  backupStanding,
  backupSteps,
  holdersToBackUp,
  makesKeyShares,
} from '../../../common/ceremony/backups';
import { group, holder, selection } from '../../fixtures/groups';
import { EN } from '../../../common/i18n/translate';

describe('backups after key generation', () => {
  it('are asked for after a KeyGen, KeyGenFromKeyGroup or Recovery that succeeded, and after nothing else', () => {
    for (const kind of ['KeyGen', 'KeyGenFromKeyGroup', 'Recovery'] as const) {
      expect(makesKeyShares(kind)).toBe(true);
      expect(asksForBackups({ kind, outcome: 'success' })).toBe(true);
      expect(asksForBackups({ kind, outcome: 'failed' })).toBe(false);
      expect(asksForBackups({ kind, outcome: null })).toBe(false);
    }
    for (const kind of ['VaultSetup', 'GroupSetup', 'GroupUpgrade', 'GroupRetirement'] as const)
      expect(asksForBackups({ kind, outcome: 'success' })).toBe(false);
  });

  it('are made by the target group’s holders, Cobo’s node aside', () => {
    const target = group('t', 'RecoveryGroup', [
      holder('Cobo', { type: 'Cobo' }),
      holder('Chen'),
      holder('Dana'),
    ]);
    const other = group('o', 'MainGroup', [holder('Cobo', { type: 'Cobo' }), holder('Alice')]);
    expect(
      holdersToBackUp({ selection: selection({ targetGroupId: 't' }) }, [other, target]).map((h) => h.name),
    ).toEqual(['Chen', 'Dana']);
    expect(holdersToBackUp({ selection: selection({ targetGroupId: 'gone' }) }, [other, target])).toEqual([]);
  });

  it('say, per kind of signer, what the manual asks', () => {
    const mobile = backupSteps('Mobile', EN).join(' ');
    expect(mobile).toMatch(/Cobo Guard: tap Back Up Now .* iCloud .* recovery passphrase/);
    expect(mobile).toMatch(/Portal Mobile: .*iCloud, Google Drive or a local file.*at least 16 characters/);
    const server = backupSteps('API', EN).join(' ');
    expect(server).toMatch(/db\/secrets\.db .* password; store the two on separate devices/);
    expect(server).toMatch(/\.\/tss-node\.sh export-share --group-ids/);
    expect(server).not.toMatch(/iCloud/);
  });
});

describe('whose backups the records show missing', () => {
  const cobo = holder('Cobo', { type: 'Cobo' });
  const keyed = (id: string, type: string, names: string[]) =>
    group(id, type, [cobo, ...names.map((n) => holder(n))], { status: 'Valid', has_keys: true });
  const made = (target: string, backups: string[], outcome: 'success' | 'failed' = 'success') => ({
    kind: 'KeyGenFromKeyGroup' as const,
    outcome,
    selection: selection({ targetGroupId: target }),
    backups: Object.fromEntries(backups.map((n) => [`node-${n}`, { name: n, at: '2026-01-01T00:00:00Z' }])),
  });

  it('names a holder of a key made on the record who never confirmed a backup of it', () => {
    const groups = [keyed('r', 'RecoveryGroup', ['Chen', 'Dana'])];
    expect(backupStanding(groups, [made('r', ['Chen'])])).toEqual({ outstanding: ['Dana'], outdated: [] });
    expect(backupStanding(groups, [made('r', ['Chen', 'Dana'])])).toEqual({ outstanding: [], outdated: [] });
  });

  it('calls a backup made for a key since replaced outdated', () => {
    // Alice backed up the old Main Key; its replacement (after a reshare into a new key) has none.
    const groups = [keyed('new-main', 'MainGroup', ['Alice'])];
    expect(backupStanding(groups, [made('old-main', ['Alice']), made('new-main', [])])).toEqual({
      outstanding: [],
      outdated: ['Alice'],
    });
  });

  it('calls a backup of another key still in use no backup of this one: not confirmed, not outdated', () => {
    // Bilal holds two keys (a legacy organisation): his Signing Key backup does not cover the Main Key.
    const groups = [keyed('main', 'MainGroup', ['Bilal']), keyed('sign', 'SigningGroup', ['Bilal'])];
    expect(backupStanding(groups, [made('main', []), made('sign', ['Bilal'])])).toEqual({
      outstanding: ['Bilal'],
      outdated: [],
    });
  });

  it('says nothing of keys no ceremony on the record made, of keys not in use, or of failed ceremonies', () => {
    const unavailable = group('u', 'MainGroup', [cobo, holder('Bilal')], {
      status: 'Unavailable',
      has_keys: true,
    });
    expect(
      backupStanding([keyed('elsewhere', 'SigningGroup', ['Emeka']), unavailable], [made('u', [])]),
    ).toEqual({ outstanding: [], outdated: [] });
    expect(backupStanding([keyed('r', 'RecoveryGroup', ['Chen'])], [made('r', [], 'failed')])).toEqual({
      outstanding: [],
      outdated: [],
    });
  });
});
