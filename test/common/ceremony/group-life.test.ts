// @vitest-environment node
/** Which key may be upgraded to the Main Key, and only with the choice for the old one made (issue #27, items 7 and 8). */
import { describe, expect, it } from 'vitest';
import { checkUpgrade } from '../../../common/ceremony/group-life';
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
