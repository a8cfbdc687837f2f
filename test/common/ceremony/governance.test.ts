/** Which ceremonies are governed operations, in Cobo Portal's words (Cobo's manual, guard/introduction). */
import { describe, expect, it } from 'vitest';
import { governanceWords, governedOperation } from '../../../common/ceremony/governance';
import type { CeremonyKind, GroupDesign } from '../../../common/contract';
import { group, holder, selection } from '../../fixtures/groups';
import { EN } from '../../../common/i18n/translate';

const main = group('main', 'MainGroup', [holder('Cobo', { type: 'Cobo' }), holder('Alice')]);
const signing = group('sign', 'SigningGroup', [holder('Cobo', { type: 'Cobo' }), holder('Emeka')]);
const recovery = group('rec', 'RecoveryGroup', [holder('Chen'), holder('Dana')]);
const groups = [main, signing, recovery];
/** The operation in English, as Cobo Portal names it. */
const op = (kind: CeremonyKind, over: Parameters<typeof selection>[0] = {}, seen = groups) => {
  const key = governedOperation({ kind, selection: selection(over) }, seen);
  return key && EN(key);
};
const design = (type: GroupDesign['type']): GroupDesign => ({
  type,
  threshold: 2,
  participants: 2,
  holders: [],
});

describe('governed operations', () => {
  it('names each ceremony that creates, recreates, upgrades or deletes a key as Cobo Portal does', () => {
    expect(op('GroupSetup', { design: design('SigningGroup') })).toBe('Create Signing Key');
    expect(op('GroupSetup', { design: design('RecoveryGroup') })).toBe('Create Recovery Key');
    expect(op('GroupSetup', { design: design('MainGroup') })).toBe('Recreate Main Key');
    expect(op('KeyGenFromKeyGroup', { targetGroupId: 'sign' })).toBe('Create Signing Key');
    expect(op('KeyGenFromKeyGroup', { targetGroupId: 'rec' })).toBe('Create Recovery Key');
    expect(op('Recovery', { targetGroupId: 'main' })).toBe('Recreate Main Key');
    expect(op('GroupUpgrade', { targetGroupId: 'sign' })).toBe('Upgrade Signing Key to Main Key');
    expect(op('GroupRetirement', { targetGroupId: 'sign' })).toBe('Delete active Signing Key');
    expect(op('GroupRetirement', { targetGroupId: 'rec' })).toBe('Delete active Recovery Key');
  });

  it('leaves out what governance does not cover: the vault, its first Main Key and KeyGen', () => {
    expect(op('VaultSetup')).toBeNull();
    expect(op('KeyGen', { targetGroupId: 'main' })).toBeNull();
    expect(op('GroupSetup', { design: design('MainGroup') }, [])).toBeNull();
  });

  it('tells the officer to arrange the Admins’ approval, and what the manual does not say', () => {
    expect(governanceWords('wordsMore.governed.createSigning', EN)).toBe(
      '“Create Signing Key” is subject to your organisation’s governance policy: by default at least half of its Admins approve it in Cobo Guard or Portal Mobile. Cobo’s manual does not say whether a request made with an API key waits for that approval: arrange it with your Admins before you send, and if the request waits, ask them to approve it.',
    );
  });
});
