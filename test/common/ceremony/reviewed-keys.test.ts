// @vitest-environment node
/**
 * The record keeps what Cobo's IDs do not say (issue #29, item 15): each key's type at the review, and
 * the Main Key an upgrade or a Recovery replaces, which Cobo no longer lists afterwards.
 */
import { describe, expect, it } from 'vitest';
import { reviewedKeys } from '../../../common/ceremony/reviewed-keys';
import { group, holder, selection } from '../../fixtures/groups';

const cobo = holder('Cobo', { type: 'Cobo' });
const keyed = { status: 'Valid', has_keys: true } as const;
const main = group('main', 'MainGroup', [cobo, holder('Alice')], keyed);
const signing = group('sign', 'SigningGroup', [cobo, holder('Server', { type: 'API' })], keyed);
const recovery = group('rec', 'RecoveryGroup', [cobo, holder('Chen'), holder('Dana')], keyed);

describe('the keys a reviewed request acts on', () => {
  it('an upgrade: the Signing Key and the Main Key it replaces', () => {
    expect(
      reviewedKeys({ kind: 'GroupUpgrade', selection: selection({ targetGroupId: 'sign' }) }, [
        main,
        signing,
        recovery,
      ]),
    ).toEqual({ keyTypes: { main: 'MainGroup', sign: 'SigningGroup' }, formerMainGroupId: 'main' });
  });

  it('a Recovery: the new Main Key, the Recovery Key, and the Main Key that held the lost phone', () => {
    const lost = { ...main, status: 'Unavailable' };
    const fresh = group('new', 'MainGroup', [cobo, holder('Alice', { tss_node_id: 'node-new' })]);
    expect(
      reviewedKeys(
        { kind: 'Recovery', selection: selection({ targetGroupId: 'new', sourceGroupId: 'rec' }) },
        [fresh, lost, recovery],
      ),
    ).toEqual({
      keyTypes: { new: 'MainGroup', rec: 'RecoveryGroup', main: 'MainGroup' },
      formerMainGroupId: 'main',
    });
  });

  it('key shares given, or a key deleted: no Main Key is replaced', () => {
    const fresh = group('sign2', 'SigningGroup', [cobo, holder('Server2', { type: 'API' })]);
    expect(
      reviewedKeys(
        {
          kind: 'KeyGenFromKeyGroup',
          selection: selection({ targetGroupId: 'sign2', sourceGroupId: 'main' }),
        },
        [main, fresh],
      ),
    ).toEqual({ keyTypes: { sign2: 'SigningGroup', main: 'MainGroup' }, formerMainGroupId: null });
    expect(
      reviewedKeys({ kind: 'GroupRetirement', selection: selection({ targetGroupId: 'rec' }) }, [
        main,
        recovery,
      ]),
    ).toEqual({ keyTypes: { rec: 'RecoveryGroup' }, formerMainGroupId: null });
  });
});
