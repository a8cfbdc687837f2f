// @vitest-environment node
/**
 * Every refusal the selection rules can give, each alone and in its own words; who takes part; the
 * exact bodies; and the views of Cobo's answers with the fields the spec leaves optional absent.
 */
import { describe, expect, it } from 'vitest';
import { groupView, holderView, vaultView } from '../../../main/ceremony/cobo-views';
import {
  checkDesign,
  checkSelection,
  participants,
  quorum,
  recoveryMode,
  requestBody,
  shapeInWords,
} from '../../../common/ceremony/rules';
import type { Selection } from '../../../common/contract';
import { group, holder, selection } from '../../fixtures/groups';
import { KeyShareHolder, KeyShareHolderGroup, MPCVault } from '../../../main/cobo/schemas';
import { EN } from '../../../common/i18n/translate';

const cobo = holder('Cobo', { type: 'Cobo' });

const newMain = group('main', 'MainGroup', [cobo, holder('Alice'), holder('Bilal')]);
const keyedMain = group('keyed', 'MainGroup', [cobo, holder('Chen'), holder('Dana')], {
  status: 'Valid',
  has_keys: true,
});
const signing = group('sign', 'SigningGroup', [cobo, holder('Api', { type: 'API' })]);
const recovery = group('rec', 'RecoveryGroup', [cobo, holder('Fola'), holder('Gita')], {
  status: 'Valid',
  has_keys: true,
});
/** The Main Key Zed's lost phone belonged to, as Cobo reports it once Zed set up a new phone. */
const lostMain = group('old', 'MainGroup', [cobo, holder('Zed', { status: 'Changed' }), holder('Yara')], {
  status: 'Unavailable',
  has_keys: true,
});
const all = [newMain, keyedMain, signing, recovery, lostMain];
const recover = (over: Partial<Selection> = {}) =>
  selection({
    targetGroupId: 'main',
    sourceGroupId: 'rec',
    sourceNodeIds: ['node-Cobo', 'node-Fola'],
    lostNodeId: 'node-Zed',
    ...over,
  });
const reshare = (over: Partial<Selection> = {}) =>
  selection({
    targetGroupId: 'sign',
    sourceGroupId: 'keyed',
    sourceNodeIds: ['node-Cobo', 'node-Chen'],
    ...over,
  });

/** checkSelection's arguments but the language, which is English here. */
type SelectionArgs = Parameters<typeof checkSelection> extends [...infer A, unknown] ? A : never;

describe('selection refusals, one at a time', () => {
  it.each<[string, SelectionArgs, string[]]>([
    [
      'no such target',
      ['KeyGen', selection({ targetGroupId: 'gone' }), all, false],
      ['Choose the target group.'],
    ],
    [
      'a target of the wrong type',
      ['KeyGen', selection({ targetGroupId: 'sign' }), all, false],
      ['The target must be a MainGroup.'],
    ],
    [
      'a target that has keys',
      ['KeyGen', selection({ targetGroupId: 'keyed' }), all, false],
      ['The target group already has key shares; choose a group whose status is New.'],
    ],
    [
      'a New target that somehow has keys',
      ['KeyGen', selection({ targetGroupId: 'main' }), [{ ...newMain, has_keys: true }], false],
      ['The target group already has key shares; choose a group whose status is New.'],
    ],
    [
      'a target with an inactive holder',
      [
        'KeyGen',
        selection({ targetGroupId: 'main' }),
        [group('main', 'MainGroup', [cobo, holder('Alice', { status: 'Changed' })])],
        false,
      ],
      ['Every holder of the target group must be active.'],
    ],
    [
      'KeyGen on a vault with root keys',
      ['KeyGen', selection({ targetGroupId: 'main' }), all, true],
      ['This vault already has root keys: KeyGen is done once per vault.'],
    ],
    [
      'a reshare on a vault without root keys',
      ['KeyGenFromKeyGroup', reshare(), all, false],
      ['This vault has no root keys yet: run KeyGen first.'],
    ],
    [
      'no source group',
      ['KeyGenFromKeyGroup', reshare({ sourceGroupId: 'gone' }), all, true],
      ['Choose the source group.'],
    ],
    [
      'a Recovery Key as the source of a reshare',
      [
        'KeyGenFromKeyGroup',
        reshare({ sourceGroupId: 'rec', sourceNodeIds: ['node-Cobo', 'node-Fola'] }),
        all,
        true,
      ],
      ['The source must be the Main Key.'],
    ],
    [
      'a Main Key as the source of a recovery',
      ['Recovery', recover({ sourceGroupId: 'keyed', sourceNodeIds: ['node-Cobo', 'node-Chen'] }), all, true],
      ['The source must be the Recovery Key.'],
    ],
    [
      'a recovery that does not say whose phone was lost',
      ['Recovery', recover({ lostNodeId: null }), all, true],
      ['Choose whose phone was lost.'],
    ],
    [
      'a recovery for a phone Cobo still counts as in use',
      ['Recovery', recover({ lostNodeId: 'node-Yara' }), all, true],
      [
        'Cobo does not report Yara’s phone as lost: its status is Valid (configured and activated: Cobo counts it as in use), and the Main Key is Unavailable. ' +
          'Cobo marks a phone Changed, and its Main Key Unavailable, once its holder sets up Cobo Guard on a new phone. ' +
          'Have Yara set up Cobo Guard on the new phone first; this step then shows the phone as Changed.',
      ],
    ],
    [
      'a recovery for a phone outside the Main Key',
      ['Recovery', recover({ lostNodeId: 'node-Emeka' }), all, true],
      [
        'Cobo does not list the chosen phone in this vault’s Main Key; choose the lost phone among the Main Key’s holders.',
      ],
    ],
    [
      'a recovery whose sources leave out Cobo’s node (every Recovery Key made since October 2025 holds it)',
      ['Recovery', recover({ sourceNodeIds: ['node-Fola', 'node-Gita'] }), all, true],
      ['The source nodes must include the Cobo node.'],
    ],
    [
      'a source that is not Valid',
      ['KeyGenFromKeyGroup', reshare(), [signing, { ...keyedMain, status: 'Unavailable' }], true],
      ['The source group is Unavailable; it must be Valid.'],
    ],
    [
      'a source node from elsewhere',
      ['KeyGenFromKeyGroup', reshare({ sourceNodeIds: ['node-Cobo', 'node-Chen', 'node-Alice'] }), all, true],
      ['A chosen source node is not in the source group.'],
    ],
    [
      'too few source nodes',
      ['KeyGenFromKeyGroup', reshare({ sourceNodeIds: ['node-Cobo'] }), all, true],
      ['Choose at least 2 source nodes to meet the source group’s threshold (1 chosen).'],
    ],
    [
      'an inactive source node',
      [
        'KeyGenFromKeyGroup',
        reshare(),
        [
          signing,
          group('keyed', 'MainGroup', [cobo, holder('Chen', { status: 'Changed' })], { status: 'Valid' }),
        ],
        true,
      ],
      ['Every chosen source node must be active.'],
    ],
  ])('%s', (_, args, problems) => {
    expect(checkSelection(...args, EN)).toEqual({ ok: false, problems });
  });

  it('accepts what meets every rule, and has nothing to say about a group set-up', () => {
    expect(checkSelection('KeyGenFromKeyGroup', reshare(), all, true, EN)).toEqual({
      ok: true,
      problems: [],
    });
    expect(checkSelection('Recovery', recover(), all, true, EN)).toEqual({ ok: true, problems: [] });
    expect(checkSelection('GroupSetup', selection({}), [], false, EN)).toEqual({ ok: true, problems: [] });
  });
});

describe('design refusals, one at a time', () => {
  const nodes = [cobo, holder('Alice'), holder('Bilal'), holder('Lost', { status: 'Changed' })];
  const alice = { tss_node_id: 'node-Alice', signer: true };
  /** A 2-of-2 Signing Key: Cobo's node (added by Cobo) and Alice as the designated signer. */
  const design = (over: Partial<NonNullable<Selection['design']>>) =>
    selection({ design: { type: 'SigningGroup', threshold: 2, participants: 2, holders: [alice], ...over } });
  const typed = (id: string, name: string, type: 'Mobile' | 'API', signer = true) => ({
    tss_node_id: id,
    name,
    type,
    signer,
  });

  it.each<[string, Selection, string[]]>([
    ['no design', selection({}), ['Choose the group type, its size and its holders.']],
    [
      'a shape Cobo does not offer',
      design({ threshold: 1, participants: 2 }),
      ['1/2 is not offered by Cobo; an advanced MPC vault allows 2/2, 2/3 or 3/3.'],
    ],
    [
      'too few of the organisation’s holders, Cobo counted',
      design({ threshold: 2, participants: 3, advanced: true }),
      ['Add exactly 2 of your holders (1 added); Cobo’s node is one of the 3.'],
    ],
    [
      'Cobo’s node listed by hand',
      design({
        participants: 3,
        advanced: true,
        holders: [{ tss_node_id: 'node-Cobo', signer: false }, alice],
      }),
      ['Cobo’s node joins every new key by itself; remove it from your holders.'],
    ],
    [
      'an inactive holder',
      design({ holders: [{ tss_node_id: 'node-Lost', signer: true }] }),
      ['Every holder must be active (a lost or unset phone cannot hold a share).'],
    ],
    [
      'a holder Cobo does not list, entered without a name or a kind',
      design({ holders: [{ tss_node_id: 'node-Gone', signer: true }] }),
      [
        'Say whether node-Gone is a Mobile Signer (Cobo Guard or Portal Mobile) or a Server Signer (TSS Node).',
        'Give the holder node-Gone a name.',
      ],
    ],
    [
      'a TSS node ID too short to be one',
      design({ holders: [typed('cobo12', 'Zed', 'Mobile')] }),
      ['Zed: A TSS node ID is longer than that (6 characters); check that it is complete.'],
    ],
    [
      'a kind that contradicts Cobo’s list',
      design({ holders: [typed('node-Alice', 'Alice', 'API')] }),
      ['Cobo lists Alice as a Mobile holder, not API.'],
    ],
    [
      'the same holder twice',
      design({
        participants: 3,
        advanced: true,
        holders: [alice, { tss_node_id: 'node-Alice', signer: false }],
      }),
      ['The same TSS node ID is added twice.'],
    ],
    [
      'no designated signer',
      design({ holders: [{ tss_node_id: 'node-Alice', signer: false }] }),
      ['Choose the designated signer among your holders (Cobo signs too).'],
    ],
    [
      'a Recovery Key with Cobo’s node among the organisation’s holders',
      design({
        type: 'RecoveryGroup',
        participants: 3,
        holders: [{ tss_node_id: 'node-Cobo', signer: false }, alice],
      }),
      ['Cobo’s node joins every new key by itself; remove it from your holders.'],
    ],
  ])('%s', (_, s, problems) => {
    expect(checkDesign(s, nodes, [cobo], [], EN)).toEqual({ ok: false, problems });
  });

  const recoveryOfTwo = design({
    type: 'RecoveryGroup',
    participants: 3,
    holders: [
      { tss_node_id: 'node-Alice', signer: false },
      { tss_node_id: 'node-Bilal', signer: false },
    ],
  });

  it('lets a Recovery Key go without a signer: Cobo plus two of the organisation’s holders', () => {
    expect(checkDesign(recoveryOfTwo, nodes, [cobo], [], EN)).toEqual({ ok: true, problems: [] });
    expect(shapeInWords(recoveryOfTwo.design!, EN)).toBe(
      '2-of-3: Cobo plus 2 of your holders; any 2 of the 3 approve',
    );
  });

  it('takes Self or Third-Party Recovery: at most one trusted third party, beside one holder of the organisation', () => {
    const third = (holders: Array<{ name: string; thirdParty?: boolean }>, type = 'RecoveryGroup' as const) =>
      design({
        type,
        participants: 3,
        holders: holders.map((h) => ({
          tss_node_id: `node-${h.name}`,
          signer: true,
          thirdParty: h.thirdParty,
        })),
      });
    const selfRecovery = third([{ name: 'Alice' }, { name: 'Bilal' }]);
    const thirdParty = third([{ name: 'Alice' }, { name: 'Bilal', thirdParty: true }]);
    expect(recoveryMode(selfRecovery.design!)).toBe('Self Recovery');
    expect(recoveryMode(thirdParty.design!)).toBe('Third-Party Recovery');
    expect(checkDesign(thirdParty, nodes, [cobo], [], EN)).toEqual({ ok: true, problems: [] });
    expect(
      checkDesign(
        third([
          { name: 'Alice', thirdParty: true },
          { name: 'Bilal', thirdParty: true },
        ]),
        nodes,
        [cobo],
        [],
        EN,
      ).problems,
    ).toEqual([
      'Third-Party Recovery is one holder of your organisation and one trusted third party: mark one third party, and keep one holder of your own.',
    ]);
    expect(
      checkDesign(
        design({
          participants: 3,
          advanced: true,
          holders: [alice, { tss_node_id: 'node-Bilal', signer: false, thirdParty: true }],
        }),
        nodes,
        [cobo],
        [],
        EN,
      ).problems,
    ).toEqual(['Only a Recovery Key can hold a trusted third party’s share; unmark the third party.']);
  });

  it('refuses a Recovery Key when Cobo lists no node of its own to put in it', () => {
    expect(checkDesign(recoveryOfTwo, nodes, [], [], EN).problems).toEqual([
      'Cobo lists no node of its own for this organisation, and a Recovery Key needs Cobo’s share: check the connection and the profile, then look again.',
    ]);
    expect(checkDesign(recoveryOfTwo, nodes, [{ ...cobo, status: 'Changed' }], [], EN).ok).toBe(false);
    // Where Cobo's list is not known (the step's own completeness), the rest is still checked.
    expect(checkDesign(recoveryOfTwo, nodes, undefined, [], EN).ok).toBe(true);
  });

  it('accepts a holder entered by TSS node ID that Cobo does not list yet', () => {
    const fola = typed('coboFola9XyZ7kLm', 'Fola', 'Mobile', false);
    expect(
      checkDesign(
        selection({
          design: {
            type: 'MainGroup',
            threshold: 2,
            participants: 3,
            advanced: true,
            holders: [alice, fola],
          },
        }),
        nodes,
        undefined,
        [],
        EN,
      ),
    ).toEqual({ ok: true, problems: [] });
  });
});

describe('who takes part, and what is sent', () => {
  it('counts the target’s holders and the source nodes once each, Cobo aside', () => {
    const people = participants(
      'KeyGenFromKeyGroup',
      reshare({ sourceNodeIds: ['node-Cobo', 'node-Chen', 'node-Dana'] }),
      all,
      [],
    );
    expect(people.map((p) => p.name)).toEqual(['Api', 'Chen', 'Dana']);
    const designed = participants(
      'GroupSetup',
      selection({
        design: {
          type: 'SigningGroup',
          threshold: 2,
          participants: 2,
          holders: [
            { tss_node_id: 'node-Cobo', signer: false },
            { tss_node_id: 'node-New', signer: true },
          ],
        },
      }),
      [],
      [cobo, holder('New')],
    );
    expect(designed.map((p) => p.name)).toEqual(['New']);
    expect(participants('KeyGen', selection({ targetGroupId: 'gone' }), all, [])).toEqual([]);
    expect(participants('GroupSetup', selection({}), all, [])).toEqual([]);
  });

  it('sends exactly the fields of each kind', () => {
    expect(requestBody('KeyGen', selection({ targetGroupId: 'main' }), 'why', [], [])).toEqual({
      type: 'KeyGen',
      target_key_share_holder_group_id: 'main',
      description: 'why',
    });
    expect(
      requestBody('Recovery', reshare({ targetGroupId: 'main', sourceGroupId: 'rec' }), 'd', [], []),
    ).toEqual({
      type: 'Recovery',
      target_key_share_holder_group_id: 'main',
      source_key_share_holder_group: {
        key_share_holder_group_id: 'rec',
        tss_node_ids: ['node-Cobo', 'node-Chen'],
      },
      description: 'd',
    });
    expect(() => requestBody('GroupSetup', selection({}), '', [], [])).toThrow('no design');
    expect(
      requestBody(
        'GroupSetup',
        selection({
          design: {
            type: 'RecoveryGroup',
            threshold: 2,
            participants: 2,
            holders: [{ tss_node_id: 'node-X', signer: true }],
          },
        }),
        '',
        [],
        [cobo],
      ),
    ).toEqual({
      key_share_holder_group_type: 'RecoveryGroup',
      participants: 2,
      threshold: 2,
      // Cobo's node is listed for a Recovery Key (Cobo adds it only to Main and Signing Keys).
      key_share_holders: [
        { name: 'Cobo', type: 'Cobo', tss_node_id: 'node-Cobo', signer: false },
        { name: '', type: '', tss_node_id: 'node-X', signer: false },
      ],
    });
  });

  it('says in one sentence who is offline and who cannot take part', () => {
    expect(
      quorum([holder('A'), holder('B', { online: false }), holder('C', { online: false })], 1, EN).sentence,
    ).toBe('1 of the 3 holders must approve; 2 are offline (B, C); this can succeed now.');
    expect(quorum([holder('A', { online: false })], 1, EN)).toMatchObject({
      available: 0,
      offline: ['A'],
      unusable: [],
      canSucceed: false,
      sentence:
        'The one holder must approve; 1 is offline (A); only 0 can take part, so this cannot succeed now.',
    });
    expect(quorum([holder('A'), holder('B')], 2, EN)).toMatchObject({
      needed: 2,
      available: 2,
      canSucceed: true,
    });
  });
});

describe('views of Cobo’s answers', () => {
  it('fills what the spec leaves optional with plain defaults', () => {
    expect(holderView({ tss_node_id: 'n1' } as never)).toEqual({
      tss_node_id: 'n1',
      name: 'n1',
      type: 'Unknown',
      online: false,
      signer: false,
      status: 'Unknown',
      problem: null,
    });
    expect(vaultView({ vault_id: 'v1' } as never)).toEqual({
      vault_id: 'v1',
      name: 'v1',
      type: 'Unknown',
      root_pubkeys: [],
      problem: null,
    });
    expect(
      vaultView({
        vault_id: 'v1',
        name: 'Treasury',
        type: 'Org-Controlled',
        root_pubkeys: [
          { curve: 'SECP256K1', root_pubkey: 'xpub1' },
          { curve: 'ED25519' },
          { root_pubkey: 'xpub2' },
        ],
      } as never),
    ).toEqual({
      vault_id: 'v1',
      name: 'Treasury',
      type: 'Org-Controlled',
      root_pubkeys: [
        { curve: 'SECP256K1', root_pubkey: 'xpub1' },
        { curve: 'Unknown', root_pubkey: 'xpub2' },
      ],
      problem: null,
    });
    expect(groupView({ key_share_holder_group_id: 'g', type: 'MainGroup', status: 'New' } as never)).toEqual({
      key_share_holder_group_id: 'g',
      type: 'MainGroup',
      status: 'New',
      threshold: 0,
      participants: 0,
      holders: [],
      has_keys: false,
      // No creation time from Cobo: not taken as made under the earlier rules.
      earlier_rules: false,
      problem: null,
    });
  });

  it('shows an item that lacks what a ceremony needs with what is missing, so it cannot be chosen', () => {
    expect(
      holderView(KeyShareHolder.parse({ name: 'Fola', type: 'Mobile', status: 'NotActivated' })),
    ).toMatchObject({
      tss_node_id: '',
      name: 'Fola',
      problem: 'Cobo lists no TSS node ID for this holder yet (its phone may not be activated).',
    });
    expect(vaultView(MPCVault.parse({ name: 'Treasury' }))).toMatchObject({
      vault_id: '',
      problem: 'Cobo sent this vault without its ID.',
    });
    expect(
      groupView(KeyShareHolderGroup.parse({ key_share_holder_group_id: 'g', type: 'MainGroup' })),
    ).toMatchObject({
      status: 'Unknown',
      problem: 'Cobo did not report this group’s status.',
    });
    expect(groupView(KeyShareHolderGroup.parse({ type: 'MainGroup', status: null })).problem).toBe(
      'Cobo sent this group without its ID.',
    );
    expect(
      groupView(KeyShareHolderGroup.parse({ key_share_holder_group_id: 'g', status: 'New' })).problem,
    ).toBe('Cobo did not say which kind of group this is.');
  });

  it('keeps what Cobo says when it says it', () => {
    expect(
      holderView({
        tss_node_id: 'n',
        name: 'Alice',
        type: 'Mobile',
        online: true,
        signer: true,
        status: 'Valid',
      } as never),
    ).toEqual({
      tss_node_id: 'n',
      name: 'Alice',
      type: 'Mobile',
      online: true,
      signer: true,
      status: 'Valid',
      problem: null,
    });
    expect(
      groupView({
        key_share_holder_group_id: 'g',
        type: 'MainGroup',
        status: 'Valid',
        threshold: 2,
        key_share_holders: [{ tss_node_id: 'a' }, { tss_node_id: 'b' }, { tss_node_id: 'c' }],
        tss_key_share_groups: [{ tss_key_share_group_id: 'k' }],
      } as never),
    ).toMatchObject({
      threshold: 2,
      participants: 3,
      has_keys: true,
      holders: [{ tss_node_id: 'a' }, {}, {}],
    });
  });
});
