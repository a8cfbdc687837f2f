// @vitest-environment node
/**
 * Which key may be upgraded to the Main Key, and only with the choice for the old one made (issue #27,
 * items 7 and 8); what deleting the last Recovery Key leaves, as it is (issue #29, item 2).
 */
import { describe, expect, it } from 'vitest';
import {
  checkRetirement,
  checkUpgrade,
  groupLabel,
  MAIN_GROUP_HANDLING_WORDS,
  mainGroupHandlingInWords,
  otherWayBack,
  waysBack,
} from '../../../common/ceremony/group-life';
import { group, holder, selection } from '../../fixtures/groups';
import { EN } from '../../../common/i18n/translate';

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
    const v = checkUpgrade(selection({ targetGroupId: 'sign', mainGroupHandling: 'Invalidate' }), groups, EN);
    expect(v.problems).toEqual([]);
  });

  it('refuses a Recovery Key or the Main Key itself: only a Signing Key becomes the Main Key', () => {
    for (const target of ['rec', 'main'])
      expect(
        checkUpgrade(selection({ targetGroupId: target, mainGroupHandling: 'Invalidate' }), groups, EN)
          .problems,
      ).toContain('Only a Signing Key can be upgraded to the Main Key.');
  });

  it('refuses to go on before the choice for the old Main Key is made (nothing is assumed for it)', () => {
    expect(checkUpgrade(selection({ targetGroupId: 'sign' }), groups, EN).problems).toEqual([
      'Choose what becomes of the current Main Key.',
    ]);
  });
});

describe('deleting the last Recovery Key', () => {
  const confirmed = (extra: Partial<Parameters<typeof selection>[0]> = {}) =>
    selection({ targetGroupId: 'rec', retireConfirmation: groupLabel(recovery), ...extra });

  it('with an active Signing Key beside it, says only an upgrade could bring the Main Key back', () => {
    expect(checkRetirement(confirmed(), groups, EN).problems).toEqual([
      'After deleting it, the vault keeps no usable Recovery Key: after a lost Main Key phone without a backup, only upgrading a Signing Key could bring the Main Key back. Confirm that too.',
    ]);
    expect(checkRetirement(confirmed({ retireWithoutRecovery: true }), groups, EN).ok).toBe(true);
  });

  it('with no active Signing Key, says no way back would remain (issue #29, item 2)', () => {
    const inactive = group('sign', 'SigningGroup', [cobo, holder('Bo', { status: 'Changed' })], active);
    for (const others of [[main], [main, inactive]])
      expect(checkRetirement(confirmed(), [...others, recovery], EN).problems).toEqual([
        'After deleting it, the vault keeps no usable Recovery Key and has no active Signing Key: after a lost Main Key phone without a backup, no way back would remain (neither a Recovery nor an upgrade). Confirm that too.',
      ]);
  });

  it('says nothing of it while another usable Recovery Key stays', () => {
    const second = group('rec2', 'RecoveryGroup', [cobo, holder('Eve')], active);
    expect(checkRetirement(confirmed(), [main, recovery, second], EN).ok).toBe(true);
  });
});

describe('the ways back after a lost phone', () => {
  const newMain = group('new', 'MainGroup', [cobo, holder('Alice2')]);
  const lostSigning = group('sign2', 'SigningGroup', [cobo, holder('Bo', { status: 'Changed' })], active);

  it('Recovery needs a usable Recovery Key and a new Main Key; each missing piece is said', () => {
    expect(waysBack([main, newMain], EN).recovery).toEqual({
      possible: false,
      why: 'No usable Recovery Key: Recovery is not possible.',
    });
    expect(waysBack([main, recovery], EN).recovery).toEqual({
      possible: false,
      why: 'A usable Recovery Key exists, but the new Main Key (with the new phone) must be set up first.',
    });
    expect(waysBack([main, recovery, newMain], EN).recovery).toEqual({
      possible: true,
      why: 'A usable Recovery Key and a new Main Key exist: Recovery is possible now.',
    });
    // A Recovery Key that is not Valid, holds no shares, or has a problem is not usable; a Valid Main Key is no new one.
    for (const unusable of [
      { ...recovery, status: 'Unavailable' },
      { ...recovery, has_keys: false },
      { ...recovery, problem: 'x' },
    ])
      expect(waysBack([main, unusable, newMain], EN).recovery.possible).toBe(false);
    expect(
      waysBack([main, recovery, { ...main, key_share_holder_group_id: 'm2' }], EN).recovery.possible,
    ).toBe(false);
  });

  it('an upgrade needs an active Signing Key whose holders are all active, and names its holders', () => {
    expect(waysBack([main, recovery], EN).upgrade).toEqual({
      possible: false,
      why: 'No Signing Key is active with all its holders: an upgrade is not possible.',
    });
    expect(waysBack([main, lostSigning, { ...signing, has_keys: false }], EN).upgrade.possible).toBe(false);
    expect(waysBack([main, signing, lostSigning], EN).upgrade).toEqual({
      possible: true,
      why: 'An active Signing Key without the lost phone exists (Cobo, Server): upgrading it is the quicker way back.',
    });
  });

  it('only a Recovery and an upgrade give way to each other', () => {
    expect(otherWayBack('Recovery')).toBe('GroupUpgrade');
    expect(otherWayBack('GroupUpgrade')).toBe('Recovery');
    for (const kind of [
      'KeyGen',
      'KeyGenFromKeyGroup',
      'GroupSetup',
      'GroupRetirement',
      'VaultSetup',
    ] as const)
      expect(otherWayBack(kind)).toBeNull();
  });
});

describe('the rules’ other refusals, word for word', () => {
  it('names a key by its type and the first eight characters of its ID', () => {
    expect(groupLabel({ type: 'RecoveryGroup', key_share_holder_group_id: '0123456789abcdef' })).toBe(
      'Recovery Key 01234567',
    );
  });

  it('an upgrade: no key chosen, a key without shares, a key holding an inactive phone', () => {
    expect(checkUpgrade(selection({ mainGroupHandling: 'Invalidate' }), groups, EN).problems).toEqual([
      'Choose the Signing Key to upgrade.',
    ]);
    const choose = (g: typeof signing) =>
      checkUpgrade(
        selection({ targetGroupId: g.key_share_holder_group_id, mainGroupHandling: 'Invalidate' }),
        [g],
        EN,
      );
    expect(choose({ ...signing, has_keys: false }).problems).toEqual([
      'The Signing Key is Valid; only an active group with key shares can be upgraded.',
    ]);
    expect(choose({ ...signing, problem: 'odd' }).ok).toBe(false);
    const withLost = group('sign', 'SigningGroup', [cobo, holder('Bo', { status: 'Changed' })], active);
    expect(choose(withLost).problems).toEqual([
      'This Signing Key holds a lost or inactive phone (Bo); choose one whose holders are all active.',
    ]);
  });

  it('a deletion: no key chosen, and the typed name missing', () => {
    expect(checkRetirement(selection({}), groups, EN).problems).toEqual(['Choose the key to delete.']);
    expect(
      checkRetirement(
        selection({ targetGroupId: 'sign', retireWithoutReplacement: true }),
        [main, signing, recovery],
        EN,
      ).problems,
    ).toEqual([`Type the key’s name, “${groupLabel(signing)}”, to confirm which key is deleted.`]);
  });

  it('what becomes of the Main Key: the plain words unless it is converted while it holds a lost phone', () => {
    expect(mainGroupHandlingInWords('ConvertToSigningGroup', null, EN)).toBe(
      EN(MAIN_GROUP_HANDLING_WORDS.ConvertToSigningGroup),
    );
    const lost = { ...main, status: 'Unavailable', holders: [cobo, holder('Alice', { status: 'Changed' })] };
    expect(mainGroupHandlingInWords('Invalidate', lost, EN)).toBe(EN(MAIN_GROUP_HANDLING_WORDS.Invalidate));
    // Cobo's own node is never "a lost phone", whatever status it has.
    const coboOdd = {
      ...main,
      holders: [holder('Cobo', { type: 'Cobo', status: 'NotActivated' }), holder('Alice')],
    };
    expect(mainGroupHandlingInWords('ConvertToSigningGroup', coboOdd, EN)).toBe(
      EN(MAIN_GROUP_HANDLING_WORDS.ConvertToSigningGroup),
    );
    // Unavailable with no phone marked lost: it cannot sign, and no holder is named.
    expect(mainGroupHandlingInWords('ConvertToSigningGroup', { ...main, status: 'Unavailable' }, EN)).toBe(
      'The current Main Key becomes a Signing Key that cannot sign: Cobo reports it as Unavailable. Its other holders keep their key shares; delete it (“Delete a key”) once the new Main Key works.',
    );
    // Valid, but holding an inactive phone: said too.
    expect(
      mainGroupHandlingInWords(
        'ConvertToSigningGroup',
        {
          ...main,
          holders: [cobo, holder('Alice', { status: 'Changed' })],
        },
        EN,
      ),
    ).toMatch(/cannot sign: Cobo reports it as Valid, and it holds the lost phone of Alice\./);
  });
});
