/**
 * The Recovery path on screen: whose phone was lost as Cobo reports it, the new Main Key's set-up
 * started from the Recovery and returning to it, the new phone named as such, and the source rule.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ceremony, GroupDesign, GroupView } from '../../common/contract';
import { CheckinStep } from '../../renderer/src/steps/CheckinStep';
import { CloseStep } from '../../renderer/src/steps/CloseStep';
import { DesignStep } from '../../renderer/src/steps/DesignStep';
import { GroupsStep } from '../../renderer/src/steps/GroupsStep';
import { LostHolderStep } from '../../renderer/src/steps/LostHolderStep';
import { ReviewStep } from '../../renderer/src/steps/ReviewStep';
import type { StepProps } from '../../renderer/src/steps/StepProps';
import { useCeremonies } from '../../renderer/src/store/ceremonies';
import { actedOn } from '../../common/ceremony/acted-on';
import { newCeremony } from '../fixtures/ceremony';
import { group, holder, selection } from '../fixtures/groups';
import { installFakeBridge } from '../helpers/fake-bridge';
import { EN } from '../../common/i18n/translate';

const cobo = holder('Cobo', { type: 'Cobo' });
const keyed = { status: 'Valid', has_keys: true } as const;
const alice = holder('Alice', { status: 'Changed' });
const bilal = holder('Bilal', { signer: true });
const lostMain = group('old', 'MainGroup', [cobo, alice, bilal], { ...keyed, status: 'Unavailable' });
const validMain = group('old', 'MainGroup', [cobo, holder('Alice'), bilal], keyed);
// A Recovery Key made before October 2025, without Cobo's node (organisations set up then keep theirs).
const recoveryGroup = group('rec', 'RecoveryGroup', [holder('Dana'), holder('Emeka'), holder('Fola')], keyed);
const newAlice = holder('Alice', { tss_node_id: 'node-Alice-new' });
const newMain = group('new', 'MainGroup', [cobo, newAlice, bilal]);

const RECOVERY_ID = '0b1f8c2e-1d2a-4b7a-9c1e-1f2e3d4c5b6a';
const recovery = (over: Partial<Ceremony> = {}) =>
  newCeremony({
    id: RECOVERY_ID,
    kind: 'Recovery',
    vaultName: 'Treasury',
    ...over,
    selection: selection({ vaultId: 'v', ...over.selection }),
  });
/** A Recovery with everything chosen: Alice's lost phone, the new Main Key, Dana and Emeka as sources. */
const chosen = (over: Partial<Ceremony> = {}) =>
  recovery({
    ...over,
    selection: selection({
      lostNodeId: 'node-Alice',
      targetGroupId: 'new',
      sourceGroupId: 'rec',
      sourceNodeIds: ['node-Dana', 'node-Emeka'],
    }),
  });

let calls: Array<[string, unknown]>;
const started = newCeremony({ id: '1c1f8c2e-1d2a-4b7a-9c1e-1f2e3d4c5b6a', kind: 'GroupSetup' });
beforeEach(() => {
  calls = installFakeBridge((channel: string) => (channel.startsWith('ceremony.') ? started : null));
  useCeremonies.setState({ ceremonies: {}, openId: null, draftKind: null });
});
afterEach(cleanup);

const run = vi.fn(async (action: () => Promise<unknown>) => {
  await action();
  return null;
});
const props = (ceremony: Ceremony, groups: GroupView[]): StepProps => ({
  ceremony,
  data: {
    groups,
    nodes: groups.flatMap((g) => g.holders),
    cobo: [cobo],
    error: null,
    loaded: true,
    reload: () => {},
  },
  run,
  busy: false,
});

/** The Recovery after Alice's lost phone, with the vault's Recovery Key and no new Main Key yet. */
const showAliceLost = () =>
  render(
    <LostHolderStep
      {...props(recovery({ selection: selection({ lostNodeId: alice.tss_node_id }) }), [
        lostMain,
        recoveryGroup,
      ])}
    />,
  );

describe('who lost what', () => {
  it('says what Cobo reports of each phone, and for a Changed phone what it means for its group', () => {
    render(
      <LostHolderStep
        {...props(recovery({ selection: selection({ lostNodeId: alice.tss_node_id }) }), [
          lostMain,
          recoveryGroup,
          newMain,
        ])}
      />,
    );
    expect(screen.getByRole('radio', { name: /Alice/ })).toHaveAccessibleName(
      /^Alice — Cobo Guard phone\. Cobo reports it as Changed: its holder has set up Cobo Guard on a new phone/,
    );
    expect(screen.getByRole('radio', { name: /Bilal/ })).toHaveAccessibleName(
      'Bilal — Cobo Guard phone. Cobo reports it as Valid: configured and activated: Cobo counts it as in use.',
    );
    const explanation = screen.getByTestId('recovery-explanation');
    expect(explanation).toHaveTextContent(
      'Cobo reports Alice’s old phone as Changed, and the Main Key it belongs to as Unavailable: one of its holders is moving to a new phone, so the group cannot be used until that is finished.',
    );
    // Never "now Valid" for the group of a lost phone, and the new phone named by its node.
    expect(explanation).not.toHaveTextContent(/now Valid/);
    expect(explanation).toHaveTextContent('holds Alice’s new phone (TSS node node-Alice-new)');
    expect(screen.queryByTestId('lost-phone-not-reported')).toBeNull();
    // A new Main Key exists already: nothing to set up.
    expect(screen.queryByTestId('new-main-needed')).toBeNull();
  });

  it('stops at a phone Cobo does not report as lost, saying what to do; in a rehearsal, where', () => {
    render(
      <LostHolderStep
        {...props(recovery({ selection: selection({ lostNodeId: 'node-Alice' }) }), [
          validMain,
          recoveryGroup,
        ])}
      />,
    );
    const stop = screen.getByTestId('lost-phone-not-reported');
    expect(stop).toHaveTextContent(
      'Cobo does not report Alice’s phone as lost: its status is Valid (configured and activated: Cobo counts it as in use), and the Main Key is Valid.',
    );
    expect(stop).toHaveTextContent('Have Alice set up Cobo Guard on the new phone first');
    expect(stop).toHaveTextContent('In this rehearsal, the Holder phones screen plays that part');
    expect(screen.queryByTestId('recovery-explanation')).toBeNull();
    cleanup();
    render(
      <LostHolderStep
        {...props(
          recovery({
            environment: 'development',
            selection: selection({ lostNodeId: 'node-Alice' }),
          }),
          [validMain],
        )}
      />,
    );
    expect(screen.getByTestId('lost-phone-not-reported')).not.toHaveTextContent(/rehearsal/);
  });

  it('taking the upgrade instead abandons this Recovery on the record first, after asking once more', async () => {
    const signing = group('sig', 'SigningGroup', [cobo, holder('Carla'), holder('Dev')], keyed);
    render(
      <LostHolderStep
        {...props(recovery({ selection: selection({ lostNodeId: alice.tss_node_id }) }), [
          lostMain,
          recoveryGroup,
          signing,
        ])}
      />,
    );
    expect(document.querySelectorAll('.button-primary')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Upgrade a Signing Key instead' }));
    expect(screen.getByTestId('upgrade-instead-confirm')).toHaveTextContent(
      'This Recovery has sent nothing; it is abandoned on the record, with the upgrade named as the reason',
    );
    expect(screen.getByRole('button', { name: 'Abandon this Recovery and upgrade' })).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Keep the Recovery' }));
    expect(calls).toEqual([]);
    expect(useCeremonies.getState().draftKind).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Upgrade a Signing Key instead' }));
    // One clear primary action at a time: setting up the new Main Key, not the abandonment.
    expect(document.querySelectorAll('.button-primary')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Set up the new Main Key' })).toHaveClass('button-primary');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Abandon this Recovery and upgrade' }));
    });
    expect(calls).toEqual([['ceremony.abandon', { id: RECOVERY_ID, instead: 'GroupUpgrade' }]]);
    expect(useCeremonies.getState().draftKind).toBe('GroupUpgrade');
  });

  it('a resumed Recovery whose lost phone is no longer in the Main Key says it has nothing left to do', () => {
    // The Signing Key was upgraded meanwhile: Carla and Dev hold the Main Key, the old one is converted.
    const upgraded = group('sig', 'MainGroup', [cobo, holder('Carla'), holder('Dev')], keyed);
    const converted = group('old', 'SigningGroup', [cobo, alice, bilal], keyed);
    render(
      <LostHolderStep
        {...props(recovery({ selection: selection({ lostNodeId: alice.tss_node_id }) }), [
          upgraded,
          converted,
          recoveryGroup,
        ])}
      />,
    );
    expect(screen.getByTestId('recovery-premise-gone')).toHaveTextContent(
      'This Recovery has nothing left to do' +
        'The phone chosen as lost (TSS node node-Alice) is no longer a holder of this vault’s Main Key: the Main Key was replaced after this Recovery was prepared, by upgrading a Signing Key or by another Recovery.' +
        'Nothing has been sent for it. Abandon it (below)',
    );
    expect(screen.queryByRole('group', { name: 'Whose phone was lost?' })).toBeNull();
    cleanup();
    // A Main Key of server signers only: no phone of it can be lost, so no empty list of choices.
    const servers = group('srv', 'MainGroup', [cobo, holder('Api', { type: 'API' })], keyed);
    render(<LostHolderStep {...props(recovery(), [servers, recoveryGroup])} />);
    expect(screen.getByTestId('recovery-premise-gone')).toHaveTextContent(
      'This vault’s Main Key has no custodian’s phone (Cobo Guard or Portal Mobile), so none of its phones can be lost.',
    );
    expect(screen.queryByRole('radio')).toBeNull();
    cleanup();
    // While the chosen phone is still in the Main Key, the Recovery goes on as before.
    showAliceLost();
    expect(screen.queryByTestId('recovery-premise-gone')).toBeNull();
    expect(screen.getAllByRole('radio')).toHaveLength(2);
  });

  it('says nothing of the vault before Cobo has answered', () => {
    const p = props(recovery(), []);
    render(<LostHolderStep {...p} data={{ ...p.data, loaded: false }} />);
    expect(screen.getByText('Asking Cobo for the vault’s groups…')).toBeInTheDocument();
    expect(screen.queryByText(/nothing to recover/)).toBeNull();
  });

  it('starts the new Main Key’s set-up from here: same vault, Cobo plus the new phone (2/2), no holder of the old key carried over', async () => {
    showAliceLost();
    expect(screen.getByTestId('new-main-needed')).toHaveTextContent(
      'closing the group set-up brings you back',
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Set up the new Main Key' }));
    });
    expect(calls).toEqual([
      ['ceremony.start', { kind: 'GroupSetup', profileId: started.profileId }],
      ['ceremony.select', { id: started.id, selection: { vaultId: 'v' } }],
      [
        'ceremony.select',
        {
          id: started.id,
          selection: {
            // Bilal, of the old 2-of-3 Main Key, is not carried over: never a node of a live key.
            design: { type: 'MainGroup', threshold: 2, participants: 2, holders: [] },
          },
        },
      ],
    ]);
    expect(useCeremonies.getState().openId).toBe(started.id);
  });
});

describe('the new Main Key’s set-up', () => {
  const setup = (over: Partial<Ceremony> = {}) =>
    newCeremony({
      id: started.id,
      kind: 'GroupSetup',
      vaultName: 'Treasury',
      ...over,
      selection: selection({
        vaultId: 'v',
        design: {
          type: 'MainGroup',
          threshold: 2,
          participants: 3,
          holders: [{ tss_node_id: 'node-Bilal', signer: true }],
        },
        ...over.selection,
      }),
    });

  it('asks for the lost holder’s new phone, then labels it new in the design and the review', () => {
    render(<DesignStep {...props(setup(), [lostMain])} />);
    expect(screen.getByTestId('add-new-phone')).toHaveTextContent(
      'Alice’s phone was lost (Cobo reports it Changed). Add Alice’s new phone below',
    );
    cleanup();
    const withNew = setup({
      selection: selection({
        design: {
          type: 'MainGroup',
          threshold: 2,
          participants: 3,
          holders: [
            { tss_node_id: 'node-Bilal', signer: true },
            { tss_node_id: 'node-Alice-new', name: 'Alice', type: 'Mobile', signer: false },
          ],
        },
      }),
    });
    render(<DesignStep {...props(withNew, [lostMain])} />);
    expect(screen.queryByTestId('add-new-phone')).toBeNull();
    const rows = screen.getAllByTestId('design-holder');
    expect(rows[1]).toHaveTextContent('New phone, replacing the lost one');
    expect(rows[0]).not.toHaveTextContent('New phone');
    cleanup();
    render(<ReviewStep {...props({ ...withNew, reviewedAt: 't', requestBody: {} }, [lostMain])} />);
    expect(screen.getByTestId('review-words')).toHaveTextContent(
      'holders Bilal (signer), Alice (new phone), and Cobo’s node',
    );
  });

  it('the Recovery’s review names the new phone among the new Main Key’s holders', () => {
    const c = chosen({ reviewedAt: 't', requestBody: {} });
    render(<ReviewStep {...props(c, [lostMain, recoveryGroup, newMain])} />);
    expect(screen.getByTestId('review-words')).toHaveTextContent(
      'for the new Main Key (Cobo, Alice (new phone), Bilal)',
    );
  });

  it('the Recovery’s check-in asks for the new phone, not the lost one', () => {
    const c = chosen();
    render(<CheckinStep {...props(c, [lostMain, recoveryGroup, newMain])} />);
    const list = screen.getByRole('list', { name: 'Custodians taking part' });
    expect(list).toHaveTextContent('Alice (Cobo Guard on the new phone, not the lost one)');
    expect(list).toHaveTextContent('Bilal (Cobo Guard phone)');
    expect(list).toHaveTextContent('Dana (Cobo Guard phone)');
  });

  it('closes and returns to the Recovery waiting for it; says so before', async () => {
    const waiting = recovery();
    const done = setup({ phase: 'finished', outcome: 'success', witnesses: ['W'] });
    useCeremonies.setState({ ceremonies: { [waiting.id]: waiting, [done.id]: done }, openId: done.id });
    render(<CloseStep {...props(done, [])} />);
    expect(screen.getByTestId('returns-to-recovery')).toHaveTextContent(
      'The Recovery of “Treasury” waits for this new Main Key: closing this ceremony takes you back to it.',
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Close and return to the Recovery' }));
    });
    // Besides reading the officer's key names, the one call is the close.
    expect(calls.filter(([channel]) => channel !== 'keys.names')).toEqual([
      ['ceremony.close', { id: done.id }],
    ]);
    expect(useCeremonies.getState().openId).toBe(RECOVERY_ID);
  });

  it('leaves other set-ups alone: a Signing Key, a failed set-up, another vault, a Recovery already sent', () => {
    const cases: Array<[Ceremony, Ceremony]> = [
      [
        setup({
          phase: 'finished',
          outcome: 'success',
          selection: selection({
            design: { type: 'SigningGroup', threshold: 2, participants: 2, holders: [] },
          }),
        }),
        recovery(),
      ],
      [setup({ phase: 'finished', outcome: 'failed' }), recovery()],
      [
        setup({ phase: 'finished', outcome: 'success' }),
        recovery({ selection: selection({ vaultId: 'other' }) }),
      ],
      [setup({ phase: 'finished', outcome: 'success' }), recovery({ phase: 'tracking' })],
    ];
    for (const [done, waiting] of cases) {
      useCeremonies.setState({ ceremonies: { [waiting.id]: waiting, [done.id]: done } });
      render(<CloseStep {...props(done, [])} />);
      expect(screen.queryByTestId('returns-to-recovery')).toBeNull();
      expect(screen.getByRole('button', { name: 'Close the ceremony' })).toBeInTheDocument();
      cleanup();
    }
  });
});

describe('the source nodes’ rule', () => {
  it('asks for Cobo’s node only where the source group has one', () => {
    const c = recovery({
      selection: selection({
        lostNodeId: 'node-Alice',
        targetGroupId: 'new',
        sourceGroupId: 'rec',
        sourceNodeIds: [],
      }),
    });
    render(<GroupsStep {...props(c, [lostMain, recoveryGroup, newMain])} />);
    expect(screen.getByText(/^Source TSS nodes taking part/)).toHaveTextContent(
      'Source TSS nodes taking part (at least 2)',
    );
    // The new Main Key's card marks Alice's new phone; the Recovery Key's threshold is for recovering.
    const tags = screen.getAllByTestId('new-phone');
    expect(tags).toHaveLength(1);
    expect(tags[0]!.closest('tr')).toHaveTextContent(/^Alice new phone/);
    expect(screen.getAllByTestId('signing-threshold').map((p) => p.textContent)).toEqual([
      'Signing afterwards: any 2 of the group’s 3, Cobo’s node counted.',
      'Recovering afterwards: any 2 of the group’s 3 re-create a Main Key, no Cobo node in it (a group made before Cobo’s October 2025 rules).',
    ]);
    cleanup();
    // A Recovery Key made under today's rules holds Cobo's share: Cobo's node must be a source.
    const today = group('rec', 'RecoveryGroup', [cobo, holder('Emeka'), holder('Fola')], {
      status: 'Valid',
      has_keys: true,
    });
    render(<GroupsStep {...props(c, [lostMain, today, newMain])} />);
    expect(screen.getByText(/^Source TSS nodes taking part/)).toHaveTextContent(
      'Source TSS nodes taking part (at least 2; Cobo’s node must be one)',
    );
    expect(screen.getAllByTestId('signing-threshold')[1]).toHaveTextContent(
      'Recovering afterwards: any 2 of the group’s 3 re-create a Main Key, Cobo’s node counted.',
    );
    cleanup();
    const reshare = newCeremony({
      kind: 'KeyGenFromKeyGroup',
      selection: selection({
        vaultId: 'v',
        targetGroupId: 'rec2',
        sourceGroupId: 'old',
        sourceNodeIds: [],
      }),
    });
    render(
      <GroupsStep
        {...props(reshare, [validMain, group('rec2', 'RecoveryGroup', [holder('Gita'), holder('Hana')])])}
      />,
    );
    expect(screen.getByText(/^Source TSS nodes taking part/)).toHaveTextContent(
      'Source TSS nodes taking part (at least 2; Cobo’s node must be one)',
    );
  });

  it('never says a choice meets the rules while the lost phone is not reported lost', () => {
    const c = chosen();
    render(<GroupsStep {...props(c, [validMain, recoveryGroup, newMain])} />);
    expect(screen.getByTestId('selection-verdict')).toHaveTextContent(
      'Cobo does not report Alice’s phone as lost',
    );
    expect(screen.getByTestId('selection-verdict')).not.toHaveTextContent('meets the rules');
  });

  it('offers Self and Third-Party Recovery for a Recovery Key, and marks the third party’s holder', () => {
    const design = (thirdParty?: boolean) =>
      newCeremony({
        kind: 'GroupSetup',
        selection: selection({
          vaultId: 'v',
          design: {
            type: 'RecoveryGroup',
            threshold: 2,
            participants: 3,
            holders: [
              { tss_node_id: 'node-Dana', name: 'Dana', type: 'Mobile', signer: false },
              { tss_node_id: 'node-Fola', name: 'Fola', type: 'Mobile', signer: false, thirdParty },
            ],
          },
        }),
      });
    const groups = [validMain];
    render(<DesignStep {...props(design(), groups)} />);
    expect(screen.getByTestId('recovery-mode')).toHaveTextContent(
      /^Self Recovery: Cobo’s share and two of your organisation’s/,
    );
    expect(screen.getByTestId('cobo-holder')).toHaveTextContent(
      'since October 2025 recovery always needs Cobo’s share',
    );
    expect(screen.queryByRole('radio', { name: /designated signer/ })).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'a trusted third party’s: Fola' }));
    const sent = calls.find(([c]) => c === 'ceremony.select')![1] as { selection: { design: GroupDesign } };
    expect(sent.selection.design.holders.map((h) => [h.name, h.thirdParty ?? false])).toEqual([
      ['Dana', false],
      ['Fola', true],
    ]);
    cleanup();
    const marked = design(true);
    render(<DesignStep {...props(marked, groups)} />);
    expect(screen.getByTestId('recovery-mode')).toHaveTextContent(
      /^Third-Party Recovery: Cobo’s share, one of your organisation’s and one of the trusted third party/,
    );
    cleanup();
    render(<ReviewStep {...props({ ...marked, reviewedAt: 't', requestBody: {} }, groups)} />);
    expect(screen.getByTestId('review-words')).toHaveTextContent(
      'holders Dana, Fola (trusted third party), and Cobo’s node, listed in the request; Third-Party Recovery.',
    );
    expect(actedOn({ ...marked, createdGroupId: 'g-new' }, {}, EN)).toContainEqual([
      'How the Recovery Key is held',
      'Third-Party Recovery: Cobo’s share and one of your organisation’s and one of a trusted third party (Fola)',
    ]);
  });
});
