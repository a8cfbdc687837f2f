// @vitest-environment node
/** Where a vault stands and what comes next, in the order of Cobo's manuals. */
import { describe, expect, it } from 'vitest';
import { vaultStanding } from '../../../common/ceremony/vault-standing';
import type { GroupView, VaultView } from '../../../common/contract';
import { group, holder, selection } from '../../fixtures/groups';
import { EN } from '../../../common/i18n/translate';

const vault = (keys: number): VaultView => ({
  vault_id: 'v',
  name: 'Treasury',
  type: 'Org-Controlled',
  root_pubkeys: Array.from({ length: keys }, (_, i) => ({ root_pubkey: `xpub${i}`, curve: 'SECP256K1' })),
  problem: null,
});
const cobo = holder('Cobo', { type: 'Cobo' });
const keyed = { status: 'Valid', has_keys: true } as const;
const main = group('main', 'MainGroup', [cobo, holder('Alice'), holder('Bilal')], keyed);
const signing = group('sign', 'SigningGroup', [cobo, holder('Chen')], keyed);
const recovery = group('rec', 'RecoveryGroup', [holder('Dana'), holder('Emeka')], keyed);
const standing = (keys: number, groups: GroupView[]) => vaultStanding(vault(keys), groups, [], EN);

describe('where a vault stands', () => {
  it('a vault with nothing: set up the Main Key first', () => {
    expect(standing(0, [])).toEqual({
      line: 'no root keys yet; no Main Key',
      next: {
        kind: 'GroupSetup',
        label: 'Set up the Main Key',
        why: 'KeyGen needs a Main Key first.',
        groupType: 'MainGroup',
      },
    });
  });

  it('a Main Key waiting for its shares: KeyGen', () => {
    const s = standing(0, [group('m', 'MainGroup', [cobo, holder('Alice')])]);
    expect(s.line).toBe('no root keys yet; Main Key New (2-of-2)');
    expect(s.next?.kind).toBe('KeyGen');
    expect(s.next?.label).toBe('Create the root keys: KeyGen');
  });

  it('root keys and a new Signing or Recovery Key: give it its shares', () => {
    const fresh = group('s2', 'RecoveryGroup', [holder('Dana'), holder('Emeka')]);
    const s = standing(2, [main, signing, fresh]);
    // Never "no Recovery Key" beside "a Recovery Key is set up" (issue #29, item 5).
    expect(s.line).toBe(
      'root keys made; Main Key Valid (2-of-3); 1 Signing Key; a Recovery Key set up, waiting for key shares',
    );
    expect(s.next).toMatchObject({
      kind: 'KeyGenFromKeyGroup',
      label: 'Give the new Recovery Key its key shares',
      // Started from the standing or a close, the ceremony opens with that key chosen.
      targetGroupId: 's2',
    });
  });

  it('root keys but no Recovery Key: set one up, and why', () => {
    const s = standing(2, [main, signing]);
    expect(s.next).toEqual({
      kind: 'GroupSetup',
      label: 'Set up a Recovery Key',
      why: 'Without one, a lost Main Key phone without a backup can only be answered by upgrading a Signing Key to Main.',
      groupType: 'RecoveryGroup',
    });
    expect(standing(2, [main]).next?.why).toBe(
      'Without one, and with no active Signing Key, a lost Main Key phone without a backup would have no way back.',
    );
  });

  it('a new Signing Key beside none with shares, or beside one, is said as set up and waiting', () => {
    const fresh = group('s2', 'SigningGroup', [cobo, holder('Fola')]);
    expect(standing(2, [main, fresh, recovery]).line).toBe(
      'root keys made; Main Key Valid (2-of-3); a Signing Key set up, waiting for key shares; a Recovery Key',
    );
    expect(standing(2, [main, signing, fresh, recovery]).line).toBe(
      'root keys made; Main Key Valid (2-of-3); 1 Signing Key, and one more set up, waiting for key shares; a Recovery Key',
    );
    const another = group('s3', 'SigningGroup', [cobo, holder('Gita')]);
    expect(standing(2, [main, fresh, another, recovery]).line).toContain(
      '2 Signing Keys set up, waiting for key shares',
    );
  });

  it('a complete vault: nothing waits', () => {
    const s = standing(2, [
      main,
      signing,
      group('s2', 'SigningGroup', [cobo, holder('Fola')], keyed),
      recovery,
    ]);
    expect(s).toEqual({
      line: 'root keys made; Main Key Valid (2-of-3); 2 Signing Keys; a Recovery Key',
      next: null,
    });
  });

  it('after a lost phone, the way back comes before anything else, naming whose phone', () => {
    const lost = {
      ...main,
      status: 'Unavailable',
      holders: [cobo, holder('Alice', { status: 'Changed' }), holder('Bilal')],
    };
    const fresh = group('s2', 'SigningGroup', [cobo, holder('Fola')]);
    const s = standing(2, [lost, signing, recovery, fresh]);
    expect(s.line).toBe(
      'root keys made; Main Key Unavailable (2-of-3); lost phone: Alice; 1 Signing Key, and one more set up, waiting for key shares; a Recovery Key',
    );
    expect(s.next).toEqual({
      kind: 'Recovery',
      label: 'Start the way back: Recovery',
      why: 'The Main Key is Unavailable after Alice’s lost phone: the Recovery’s first step says whether a Recovery or a Signing Key upgrade brings it back.',
    });
    // The new Main Key set up for the Recovery does not hide the old one's state.
    expect(
      standing(2, [group('n', 'MainGroup', [cobo, holder('Alice', { tss_node_id: 'a2' })]), lost]).next?.kind,
    ).toBe('Recovery');
  });

  it('counts only groups that hold key shares and are Valid; says none as “no”', () => {
    const waiting = group('s2', 'SigningGroup', [cobo, holder('Fola')]);
    const gone = group('s3', 'SigningGroup', [cobo, holder('Gita')], {
      status: 'Unavailable',
      has_keys: true,
    });
    const noKeys = group('s4', 'SigningGroup', [cobo, holder('Hana')], { status: 'Valid' });
    expect(standing(2, [main, gone, noKeys, recovery]).line).toBe(
      'root keys made; Main Key Valid (2-of-3); no Signing Keys; a Recovery Key',
    );
    expect(standing(2, [main, waiting, gone, noKeys, recovery]).line).toBe(
      'root keys made; Main Key Valid (2-of-3); a Signing Key set up, waiting for key shares; a Recovery Key',
    );
    // A Main Key is not a Signing Key, whatever it holds.
    expect(standing(2, [main]).line).toBe(
      'root keys made; Main Key Valid (2-of-3); no Signing Keys; no Recovery Key',
    );
  });

  it('reads the Main Key that holds the keys, not a new one set up beside it, whatever the order', () => {
    const newMain = group('n', 'MainGroup', [cobo, holder('Alice', { tss_node_id: 'a2' })], {
      participants: 2,
    });
    expect(standing(2, [recovery, newMain, main]).line).toBe(
      'root keys made; Main Key Valid (2-of-3); no Signing Keys; a Recovery Key',
    );
    // A lost phone counts only in a Main Key with key shares, not in one being set up.
    const oddNew = group('n', 'MainGroup', [cobo, holder('Zed', { status: 'Changed' })]);
    expect(standing(0, [oddNew]).line).toBe('no root keys yet; Main Key New (2-of-2)');
    // Nor in another kind of group.
    const signingLost = group('s', 'SigningGroup', [cobo, holder('Zed', { status: 'Changed' })], keyed);
    expect(standing(2, [main, signingLost, recovery]).next).toBeNull();
  });

  it('an Unavailable Main Key with no phone marked lost still needs the way back', () => {
    const s = standing(2, [{ ...main, status: 'Unavailable' }, recovery]);
    expect(s.next).toMatchObject({
      kind: 'Recovery',
      why: 'The Main Key is Unavailable: the Recovery’s first step says whether a Recovery or a Signing Key upgrade brings it back.',
    });
  });

  it('root keys known only from the vault still count', () => {
    expect(standing(2, [{ ...main, has_keys: false }, recovery]).line).toMatch(/^root keys made;/);
  });

  it('counts root keys from the groups when Cobo leaves the vault’s list empty', () => {
    expect(standing(0, [main, signing, recovery]).line).toMatch(/^root keys made;/);
  });
});

describe('backups in a vault’s standing', () => {
  it('says whose backups of the current key shares are not confirmed or outdated, as the records show', () => {
    const record = (target: string, names: string[]) => ({
      kind: 'KeyGenFromKeyGroup' as const,
      outcome: 'success' as const,
      selection: selection({ targetGroupId: target }),
      backups: Object.fromEntries(names.map((n) => [`node-${n}`, { name: n, at: '2026-01-01T00:00:00Z' }])),
    });
    const line = vaultStanding(
      vault(2),
      [main, signing],
      [record('main', ['Alice']), record('old', ['Chen']), record('sign', [])],
      EN,
    ).line;
    expect(line).toBe(
      'root keys made; Main Key Valid (2-of-3); 1 Signing Key; no Recovery Key; backups not confirmed: Bilal; backups outdated (made for an earlier key): Chen',
    );
    // Without records, nothing is said of backups.
    expect(standing(2, [main, signing]).line).not.toMatch(/backup/);
  });
});
