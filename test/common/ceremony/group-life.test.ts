// @vitest-environment node
/**
 * Which key may be upgraded to the Main Key, and only with the choice for the old one made (issue #27,
 * items 7 and 8); what deleting the last Recovery Key leaves, as it is (issue #29, item 2).
 */
import { describe, expect, it } from 'vitest';
import { checkRetirement, checkUpgrade, groupLabel } from '../../../common/ceremony/group-life';
import { group, holder, selection } from '../../fixtures/groups';

const cobo = holder('Cobo', { type: 'Cobo' });
const active = { status: 'Valid', has_keys: true } as const;
const main = group('main', 'MainGroup', [cobo, holder('Alice')], active);
const signing = group(
  'sign',
  'SigningGroup',
  [cobo, holder('Server', { type: 'API', signer: true })],
  active,
);
const recovery = group('rec', 'RecoveryGroup', [cobo, holder('Chen'), holder('Dana')], active);
const groups = [main, signing, recovery];

describe('the upgrade target', () => {
  it('takes an active Signing Key with the choice for the old Main Key made', () => {
    const v = checkUpgrade(selection({ targetGroupId: 'sign', mainGroupHandling: 'Invalidate' }), groups);
    expect(v.problems).toEqual([]);
  });

  it('refuses a Recovery Key or the Main Key itself: only a Signing Key becomes the Main Key', () => {
    for (const target of ['rec', 'main'])
      expect(
        checkUpgrade(selection({ targetGroupId: target, mainGroupHandling: 'Invalidate' }), groups).problems,
      ).toContain('Only a Signing Key can be upgraded to the Main Key.');
  });

  it('refuses to go on before the choice for the old Main Key is made (nothing is assumed for it)', () => {
    expect(checkUpgrade(selection({ targetGroupId: 'sign' }), groups).problems).toEqual([
      'Choose what becomes of the current Main Key.',
    ]);
  });
});

describe('deleting the last Recovery Key', () => {
  const confirmed = (extra: Partial<Parameters<typeof selection>[0]> = {}) =>
    selection({ targetGroupId: 'rec', retireConfirmation: groupLabel(recovery), ...extra });

  it('with an active Signing Key beside it, says only an upgrade could bring the Main Key back', () => {
    expect(checkRetirement(confirmed(), groups).problems).toEqual([
      'After deleting it, the vault keeps no usable Recovery Key: after a lost Main Key phone without a backup, only upgrading a Signing Key could bring the Main Key back. Confirm that too.',
    ]);
    expect(checkRetirement(confirmed({ retireWithoutRecovery: true }), groups).ok).toBe(true);
  });

  it('with no active Signing Key, says no way back would remain (issue #29, item 2)', () => {
    const inactive = group('sign', 'SigningGroup', [cobo, holder('Bo', { status: 'Changed' })], active);
    for (const others of [[main], [main, inactive]])
      expect(checkRetirement(confirmed(), [...others, recovery]).problems).toEqual([
        'After deleting it, the vault keeps no usable Recovery Key and has no active Signing Key: after a lost Main Key phone without a backup, no way back would remain (neither a Recovery nor an upgrade). Confirm that too.',
      ]);
  });

  it('says nothing of it while another usable Recovery Key stays', () => {
    const second = group('rec2', 'RecoveryGroup', [cobo, holder('Eve')], active);
    expect(checkRetirement(confirmed(), [main, recovery, second]).ok).toBe(true);
  });
});
