/** Which holders back up after a ceremony, and how each kind of signer does it (Cobo's manual). */
import { describe, expect, it } from 'vitest';
import {
  asksForBackups,
  backupSteps,
  holdersToBackUp,
  makesKeyShares,
} from '../../../common/ceremony/backups';
import { group, holder, selection } from '../../fixtures/groups';

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
    const mobile = backupSteps('Mobile').join(' ');
    expect(mobile).toMatch(/Cobo Guard: tap Back Up Now .* iCloud .* recovery passphrase/);
    expect(mobile).toMatch(/Portal Mobile: .*iCloud, Google Drive or a local file.*at least 16 characters/);
    const server = backupSteps('API').join(' ');
    expect(server).toMatch(/db\/secrets\.db .* password; store the two on separate devices/);
    expect(server).toMatch(/\.\/tss-node\.sh export-share --group-ids/);
    expect(server).not.toMatch(/iCloud/);
  });
});
