/**
 * Cobo's rules for a vault's keys since October 2025, as the app checks them before anything is sent:
 * standard and advanced shapes, one node for one key, and what custodians do at each status.
 */
import { describe, expect, it } from 'vitest';
import {
  allowedShapes,
  keyHoldingNode,
  keyName,
  madeUnderEarlierRules,
  RULES_CHANGED_AT,
  shapeProblem,
  STANDARD_SHAPES,
} from '../../../common/ceremony/key-rules';
import { checkRetirement, groupLabel, leavesNoSigningKey } from '../../../common/ceremony/group-life';
import { checkDesign } from '../../../common/ceremony/rules';
import { custodiansDo, statusInWords } from '../../../common/ceremony/status';
import { EN } from '../../../common/i18n/translate';
import type { GroupView, HolderView, Selection } from '../../../common/contract';
import { selection } from '../../fixtures/groups';

const holder = (name: string, type = 'Mobile'): HolderView => ({
  tss_node_id: `node-${name}`,
  name,
  type,
  online: true,
  signer: false,
  status: 'Valid',
  problem: null,
});
const key = (type: string, status: string, names: string[]): GroupView => ({
  key_share_holder_group_id: `${type}-0000-id`,
  type,
  status,
  threshold: 2,
  participants: names.length,
  holders: names.map((n) => holder(n, n === 'Cobo' ? 'Cobo' : 'Mobile')),
  has_keys: status === 'Valid',
  problem: null,
});
const design = (over: Partial<NonNullable<Selection['design']>>): Selection => ({
  vaultId: 'v',
  targetGroupId: null,
  sourceGroupId: null,
  sourceNodeIds: [],
  lostNodeId: null,
  newVault: null,
  mainGroupHandling: null,
  retireConfirmation: null,
  retireWithoutRecovery: false,
  retireWithoutReplacement: false,
  design: {
    type: 'SigningGroup',
    ...STANDARD_SHAPES.SigningGroup,
    holders: [{ tss_node_id: 'node-Emeka', signer: true }],
    ...over,
  },
});
const nodes = ['Cobo', 'Alice', 'Bilal', 'Chen', 'Dana', 'Emeka'].map((n) =>
  holder(n, n === 'Cobo' ? 'Cobo' : 'Mobile'),
);

describe('standard and advanced vaults', () => {
  it('offers a standard vault 2/2 Main and Signing Keys and a 2/3 Recovery Key, and nothing else', () => {
    expect(allowedShapes('MainGroup', false)).toEqual([{ threshold: 2, participants: 2 }]);
    expect(allowedShapes('SigningGroup', false)).toEqual([{ threshold: 2, participants: 2 }]);
    expect(allowedShapes('RecoveryGroup', false)).toEqual([{ threshold: 2, participants: 3 }]);
    expect(shapeProblem('MainGroup', { threshold: 2, participants: 2 }, false, EN)).toBeNull();
    expect(shapeProblem('MainGroup', { threshold: 2, participants: 3 }, false, EN)).toBe(
      'In a standard MPC vault a Main Key is 2/2 (Cobo plus one of your holders); 2/3 needs an advanced MPC vault, which Cobo activates on request.',
    );
    expect(shapeProblem('SigningGroup', { threshold: 3, participants: 3 }, false, EN)).toMatch(
      /^In a standard MPC vault a Signing Key is 2\/2/,
    );
  });

  it('offers an advanced vault Cobo’s other shapes for Main and Signing Keys, and keeps every Recovery Key 2/3', () => {
    expect(allowedShapes('MainGroup', true)).toHaveLength(3);
    expect(shapeProblem('MainGroup', { threshold: 2, participants: 3 }, true, EN)).toBeNull();
    expect(shapeProblem('SigningGroup', { threshold: 3, participants: 3 }, true, EN)).toBeNull();
    expect(shapeProblem('SigningGroup', { threshold: 3, participants: 4 }, true, EN)).toBe(
      '3/4 is not offered by Cobo; an advanced MPC vault allows 2/2, 2/3 or 3/3.',
    );
    for (const advanced of [false, true])
      expect(shapeProblem('RecoveryGroup', { threshold: 2, participants: 2 }, advanced, EN)).toBe(
        'A Recovery Key is 2/3: Cobo’s share and two others; 2/2 is not offered.',
      );
  });

  it('checks a design’s shape by what the officer says of the vault', () => {
    const mainOfThree = design({
      type: 'MainGroup',
      threshold: 2,
      participants: 3,
      holders: [
        { tss_node_id: 'node-Alice', signer: true },
        { tss_node_id: 'node-Bilal', signer: false },
      ],
    });
    expect(checkDesign(mainOfThree, nodes, undefined, [], EN).problems).toEqual([
      'In a standard MPC vault a Main Key is 2/2 (Cobo plus one of your holders); 2/3 needs an advanced MPC vault, which Cobo activates on request.',
    ]);
    expect(
      checkDesign(
        { ...mainOfThree, design: { ...mainOfThree.design!, advanced: true } },
        nodes,
        undefined,
        [],
        EN,
      ).ok,
    ).toBe(true);
  });

  it('tells a key made under the earlier rules by Cobo’s creation time: before 1 October 2025', () => {
    expect(madeUnderEarlierRules(RULES_CHANGED_AT - 1)).toBe(true);
    expect(madeUnderEarlierRules(RULES_CHANGED_AT)).toBe(false);
    expect(madeUnderEarlierRules(undefined)).toBe(false);
  });

  it('names keys as Cobo Portal does', () => {
    expect(['MainGroup', 'SigningGroup', 'RecoveryGroup', 'Other'].map((type) => keyName(type, EN))).toEqual([
      'Main Key',
      'Signing Key',
      'Recovery Key',
      'Other',
    ]);
  });
});

describe('one node, one key of a vault', () => {
  const main = key('MainGroup', 'Valid', ['Cobo', 'Alice']);
  const recovery = key('RecoveryGroup', 'New', ['Cobo', 'Chen', 'Dana']);
  const gone = key('SigningGroup', 'Unavailable', ['Cobo', 'Emeka']);

  it('finds the live key that already holds a node, a New one included, and ignores an Unavailable one', () => {
    expect(keyHoldingNode('node-Alice', [main, recovery, gone])).toBe(main);
    expect(keyHoldingNode('node-Chen', [main, recovery, gone])).toBe(recovery);
    expect(keyHoldingNode('node-Emeka', [main, recovery, gone])).toBeUndefined();
    expect(keyHoldingNode('node-Bilal', [main, recovery, gone])).toBeUndefined();
  });

  it('refuses a design with a holder of another live key, naming the key, and never for Cobo’s node', () => {
    const withAlice = design({ holders: [{ tss_node_id: 'node-Alice', signer: true }] });
    expect(checkDesign(withAlice, nodes, undefined, [main, recovery], EN).problems).toEqual([
      'Alice already holds a share of this vault’s Main Key (MainGrou): since October 2025 a node holds shares in one key of a vault only. Choose a holder of no other key of this vault.',
    ]);
    expect(checkDesign(design({}), nodes, undefined, [main, recovery, gone], EN).ok).toBe(true);
    const recoveryDesign = design({
      type: 'RecoveryGroup',
      ...STANDARD_SHAPES.RecoveryGroup,
      holders: [
        { tss_node_id: 'node-Bilal', signer: false },
        { tss_node_id: 'node-Emeka', signer: false },
      ],
    });
    expect(checkDesign(recoveryDesign, nodes, [holder('Cobo', 'Cobo')], [main, gone], EN).ok).toBe(true);
  });
});

describe('what custodians do at each status: act once, then keep the app open', () => {
  it('asks for Start Key Gen only while the request waits for its holders', () => {
    expect(custodiansDo('PendingKeyHolderConfirmation')).toBe('start');
    expect(custodiansDo('MPCProcessing')).toBe('keep open');
    expect(custodiansDo('KeyGenerating')).toBe('keep open');
    for (const s of ['Success', 'KeyGeneratingFailed', 'KeyHolderConfirmationFailed', 'Odd'])
      expect(custodiansDo(s)).toBeNull();
    expect(statusInWords('PendingKeyHolderConfirmation', EN).meaning).toContain(
      'Group Information › Start Key Gen (Portal Mobile: Approvals › Start)',
    );
    expect(statusInWords('MPCProcessing', EN).meaning).toContain('nothing more to tap');
    // Nothing tells a custodian to act a second time.
    for (const s of ['MPCProcessing', 'KeyGenerating'])
      expect(statusInWords(s, EN).meaning).not.toMatch(/again|approve/i);
  });
});

describe('a key share transfer: the new key first, the old one retired after', () => {
  const signing = (id: string, status = 'Valid') => ({
    ...key('SigningGroup', status, ['Cobo', id]),
    key_share_holder_group_id: id,
  });
  const retire = (target: ReturnType<typeof signing>, confirm = false) =>
    selection({
      targetGroupId: target.key_share_holder_group_id,
      retireConfirmation: groupLabel(target),
      retireWithoutReplacement: confirm,
    });

  it('asks the officer to confirm retiring the only active Signing Key, and lets it go once its replacement holds shares', () => {
    const old = signing('old-emeka');
    expect(leavesNoSigningKey(old, [old])).toBe(true);
    expect(checkRetirement(retire(old), [old], EN).problems).toEqual([
      'No other Signing Key is active: if its holder is leaving, set up the new Signing Key (on nodes of no other key of this vault: a node holds one key only) and give it its key shares first, then delete this one (Cobo’s key share transfer order). To delete it anyway, confirm that too.',
    ]);
    expect(checkRetirement(retire(old, true), [old], EN).ok).toBe(true);
    // The new key set up but without shares yet (New) does not count; once Valid, the order is kept.
    expect(checkRetirement(retire(old), [old, signing('new-fola', 'New')], EN).ok).toBe(false);
    expect(checkRetirement(retire(old), [old, signing('new-fola')], EN).ok).toBe(true);
    // Only a Signing Key is held to this order (a Recovery Key has its own confirmation).
    const recoveryKey = { ...key('RecoveryGroup', 'Valid', ['Cobo', 'Chen', 'Dana']), has_keys: true };
    expect(leavesNoSigningKey(recoveryKey, [recoveryKey])).toBe(false);
    // A Signing Key no longer usable (a lost phone) is not what keeps the vault signing.
    const unusable = signing('lost', 'Unavailable');
    expect(leavesNoSigningKey(unusable, [unusable])).toBe(false);
  });
});
