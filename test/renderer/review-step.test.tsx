import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ceremony, HolderView } from '../../common/contract';
import { ReviewStep } from '../../renderer/src/steps/ReviewStep';
import type { CoboData } from '../../renderer/src/steps/use-cobo-data';
import { newCeremony } from '../fixtures/ceremony';
import { installFakeBridge } from '../helpers/fake-bridge';
import { group, holder as holderOf } from '../fixtures/groups';

const holder = (name: string, type = 'Mobile') => holderOf(name, { type });

const main = group('g-main', 'MainGroup', [holder('Cobo', 'Cobo'), holder('Alice'), holder('Bilal')]);
const signing = group('g-sign', 'SigningGroup', [holder('Cobo', 'Cobo'), holder('Api', 'API')]);
const recovery = group('g-rec', 'RecoveryGroup', [holder('Chen'), holder('Dana'), holder('Emeka')]);
const data: CoboData = {
  groups: [main, signing],
  nodes: [],
  cobo: [],
  error: null,
  loaded: true,
  reload: () => {},
};

const BODY = { type: 'KeyGen', target_key_share_holder_group_id: 'g-main', description: 'd' };
const reviewed = (over: Partial<Ceremony> = {}) =>
  newCeremony({
    kind: 'KeyGen',
    vaultName: 'Treasury',
    reviewedAt: '2026-01-01T00:00:00.000Z',
    requestBody: BODY,
    ...over,
    selection: { vaultId: 'v', targetGroupId: 'g-main', ...over.selection },
  } as Partial<Ceremony>);

let calls: Array<[string, unknown]>;
beforeEach(() => {
  calls = installFakeBridge();
});
afterEach(cleanup);

const run = vi.fn(async (action: () => Promise<unknown>) => {
  await action();
  return null;
});
const show = (ceremony: Ceremony, busy = false, seen: Partial<CoboData> = {}) =>
  render(<ReviewStep ceremony={ceremony} data={{ ...data, ...seen }} run={run} busy={busy} />);
/** A reviewed Recovery into the Main Key from these Recovery Key nodes, with Cobo listing `lost`. */
const showRecovery = (sourceNodeIds: string[], lost?: HolderView) =>
  show(
    reviewed({
      kind: 'Recovery',
      selection: {
        targetGroupId: 'g-main',
        sourceGroupId: 'g-rec',
        sourceNodeIds,
        lostNodeId: lost?.tss_node_id ?? null,
      } as Ceremony['selection'],
    }),
    false,
    { groups: [main, signing, recovery], nodes: lost ? [lost] : [] },
  );
const send = () => screen.getByRole('button', { name: /Send the TSS request|Create the group/ });

describe('the review step', () => {
  it('asks main to prepare the review as the step opens, once, and again on request (issue #29, item 14)', async () => {
    const view = show(newCeremony({ kind: 'KeyGen', selection: { vaultId: 'v' } as Ceremony['selection'] }));
    expect(screen.queryByTestId('review-body')).toBeNull();
    const review = ['ceremony.review', { id: newCeremony().id }];
    await vi.waitFor(() => expect(calls).toEqual([review]));
    view.rerender(
      <ReviewStep
        ceremony={newCeremony({ kind: 'KeyGen', selection: { vaultId: 'v' } as Ceremony['selection'] })}
        data={data}
        run={run}
        busy={false}
      />,
    );
    expect(calls).toEqual([review]);
    fireEvent.click(screen.getByRole('button', { name: 'Prepare the review again' }));
    await vi.waitFor(() => expect(calls).toEqual([review, review]));
  });

  it('prepares nothing for a ceremony already reviewed or already sent', async () => {
    show(reviewed());
    cleanup();
    show(reviewed({ reviewedAt: null, phase: 'tracking' }));
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toEqual([]);
  });

  it('shows in words and as the exact body what will be sent, and sends it in the sandbox without a typed name', async () => {
    show(reviewed());
    expect(screen.getByTestId('review-words')).toHaveTextContent(
      'Create the root keys of “Treasury” and key shares for its Main Key (Cobo, Alice, Bilal).',
    );
    expect(screen.getByTestId('review-body').textContent).toBe(JSON.stringify(BODY, null, 2));
    expect(screen.queryByLabelText(/This is Production/)).toBeNull();
    expect(
      screen.getByText(
        // The environment's code is an element of its own (kept as it is in every language).
        (_, el) => el?.tagName === 'P' && /^Environment: sandbox; profile/.test(el.textContent ?? ''),
      ).textContent,
    ).toBe('Environment: sandbox; profile “Rehearsal” (API key fingerprint AAAA-BBBB-CCCC-DDDD).');
    expect(send()).toHaveAccessibleName('Send the TSS request');
    expect(send()).toBeEnabled();
    fireEvent.click(send());
    await vi.waitFor(() => expect(calls).toEqual([['ceremony.submit', { id: newCeremony().id }]]));
  });

  it('in Production, sends only once the vault’s name is typed (surrounding spaces allowed), and sends what was typed', async () => {
    show(reviewed({ environment: 'production' }));
    const box = screen.getByLabelText('This is Production. Type the vault’s name, “Treasury”, to send.');
    expect(box).toHaveValue('');
    expect(send()).toBeDisabled();
    // Enter in the box, with the name not yet typed, sends nothing either.
    fireEvent.submit(send().closest('form')!);
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toEqual([]);
    fireEvent.change(box, { target: { value: 'Treasure' } });
    expect(send()).toBeDisabled();
    fireEvent.change(box, { target: { value: 'treasury' } });
    expect(send()).toBeDisabled();
    fireEvent.change(box, { target: { value: '  Treasury ' } });
    expect(send()).toBeEnabled();
    fireEvent.click(send());
    await vi.waitFor(() => expect(calls.length).toBeGreaterThan(0));
    // Main checks the name again; the page passes on exactly what the officer typed.
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual(['ceremony.submit', { id: newCeremony().id, confirmVaultName: '  Treasury ' }]);
  });

  it('cannot send while another action runs', () => {
    show(reviewed(), true);
    expect(send()).toBeDisabled();
  });

  it('says a submitted ceremony is never sent twice, and offers no button', () => {
    for (const phase of ['submitting', 'tracking', 'undecided', 'finished'] as const) {
      show(reviewed({ phase }));
      expect(screen.getByText(/It is never sent twice/)).toBeInTheDocument();
      expect(screen.queryByRole('button')).toBeNull();
      cleanup();
    }
  });

  it('describes a reshare and a group creation in words', () => {
    show(
      reviewed({
        kind: 'KeyGenFromKeyGroup',
        selection: {
          targetGroupId: 'g-sign',
          sourceGroupId: 'g-main',
          sourceNodeIds: ['node-Cobo', 'node-Alice'],
        } as Ceremony['selection'],
      }),
    );
    expect(screen.getByTestId('review-words').textContent).toMatch(
      /^Use Main Key nodes Cobo, Alice to create key shares of the same root keys for the Signing Key \(Cobo, Api\)\.$/,
    );
    cleanup();
    show(
      reviewed({
        kind: 'GroupSetup',
        selection: {
          targetGroupId: null,
          design: {
            type: 'SigningGroup',
            threshold: 2,
            participants: 2,
            holders: [{ tss_node_id: 'node-Api', signer: true }],
          },
        } as Ceremony['selection'],
      }),
    );
    expect(screen.getByTestId('review-words')).toHaveTextContent(
      'Create a Signing Key in “Treasury”: 2-of-2: Cobo plus one of your holders; all 2 approve; holders Api (signer), and Cobo’s node, which Cobo adds.',
    );
    cleanup();
    show(
      reviewed({
        kind: 'GroupSetup',
        selection: {
          targetGroupId: null,
          design: {
            type: 'RecoveryGroup',
            threshold: 2,
            participants: 3,
            holders: [
              { tss_node_id: 'cobo-chen-0001', name: 'Chen', type: 'Mobile', signer: false },
              { tss_node_id: 'cobo-dana-0002', name: 'Dana', type: 'Mobile', signer: false },
            ],
          },
        } as Ceremony['selection'],
      }),
    );
    expect(screen.getByTestId('review-words')).toHaveTextContent(
      'Create a Recovery Key in “Treasury”: 2-of-3: Cobo plus 2 of your holders; any 2 of the 3 approve; holders Chen, Dana, and Cobo’s node, listed in the request; Self Recovery.',
    );
    expect(send()).toHaveTextContent('Create the group');
  });

  it('shows the call with its body: the method and the path with the group it acts on (issue #29, item 10)', () => {
    show(
      reviewed({
        kind: 'GroupRetirement',
        requestBody: {},
        requestCall: { method: 'POST', path: '/wallets/mpc/vaults/v/key_share_holder_groups/g-sign/delete' },
        selection: { targetGroupId: 'g-sign' } as Ceremony['selection'],
      }),
    );
    expect(screen.getByTestId('review-call').textContent).toBe(
      'POST /wallets/mpc/vaults/v/key_share_holder_groups/g-sign/delete',
    );
    expect(screen.getByTestId('review-body').textContent).toBe('{}');
  });

  it('describes an upgrade (either handling), a retirement and a new vault in words, each with its button', () => {
    const upgrade = (mainGroupHandling: 'Invalidate' | 'ConvertToSigningGroup' | null) =>
      reviewed({
        kind: 'GroupUpgrade',
        selection: { targetGroupId: 'g-sign', mainGroupHandling } as Ceremony['selection'],
      });
    show(upgrade('ConvertToSigningGroup'));
    expect(screen.getByTestId('review-words').textContent).toBe(
      'Upgrade the Signing Key (Cobo, Api) to the Main Key of “Treasury”. The current Main Key becomes a Signing Key: its holders keep their key shares and can sign, but no longer hold the Main Key’s role. The root keys stay the same; the app checks that.',
    );
    screen.getByRole('button', { name: 'Upgrade the group' });
    cleanup();
    // No handling recorded reads as Cobo's default: invalidation.
    show(upgrade(null));
    expect(screen.getByTestId('review-words')).toHaveTextContent(
      'The current Main Key is invalidated permanently: its holders’ key shares can never be used again.',
    );
    cleanup();
    show(
      reviewed({ kind: 'GroupRetirement', selection: { targetGroupId: 'g-sign' } as Ceremony['selection'] }),
    );
    expect(screen.getByTestId('review-words').textContent).toBe(
      'Delete the Signing Key g-sign of “Treasury”: Cobo, Api will no longer receive signature requests for it; reinstating them needs a new key generation.',
    );
    screen.getByRole('button', { name: 'Delete the key' });
    cleanup();
    show(
      reviewed({
        kind: 'VaultSetup',
        vaultName: 'Reserve',
        selection: { vaultId: null, newVault: { name: 'Reserve' } } as Ceremony['selection'],
      }),
    );
    expect(screen.getByTestId('review-words').textContent).toBe(
      'Create an Org-Controlled vault named “Reserve”.',
    );
    screen.getByRole('button', { name: 'Create the vault' });
  });

  it('marks the new phone that replaces a lost one among the holders, and no other', () => {
    const lost = holderOf('Alice', { status: 'Changed' });
    const oldMain = group('g-old', 'MainGroup', [holder('Cobo', 'Cobo'), lost, holder('Bilal')], {
      status: 'Unavailable',
    });
    const newMain = group('g-new', 'MainGroup', [
      holder('Cobo', 'Cobo'),
      holderOf('Alice', { tss_node_id: 'node-Alice-2' }),
      holder('Bilal'),
    ]);
    show(
      reviewed({
        kind: 'KeyGen',
        selection: { targetGroupId: 'g-new' } as Ceremony['selection'],
      }),
      false,
      { groups: [oldMain, newMain] },
    );
    expect(screen.getByTestId('review-words').textContent).toBe(
      'Create the root keys of “Treasury” and key shares for its Main Key (Cobo, Alice (new phone), Bilal).',
    );
  });

  it('names the Recovery Key as the source and falls back to the node id for a node Cobo did not list', () => {
    showRecovery(['node-Chen', 'node-unknown']);
    expect(screen.getByTestId('review-words').textContent).toBe(
      'Use Recovery Key nodes Chen, node-unknown to create key shares of the same root keys for the new Main Key (Cobo, Alice, Bilal).',
    );
  });

  it('names the lost phone in a Recovery, and says the old Main Key will be replaced', () => {
    const lost = holder('Bilal-old');
    showRecovery(['node-Chen', 'node-Dana'], lost);
    expect(screen.getByTestId('review-words').textContent).toMatch(
      /\. This replaces the Main Key that held the lost phone of Bilal-old: once it succeeds, the new Main Key signs and the old one no longer does\.$/,
    );
  });

  it('shows the step before Cobo’s groups have loaded and before a group is designed, without failing', () => {
    for (const kind of ['GroupSetup', 'KeyGen', 'KeyGenFromKeyGroup', 'Recovery'] as const) {
      show(newCeremony({ kind, selection: { vaultId: 'v' } as Ceremony['selection'] }), false, {
        groups: [],
      });
      expect(screen.getByRole('button', { name: 'Prepare the review again' })).toBeEnabled();
      cleanup();
    }
  });
});

describe('governance at the review', () => {
  it('tells the officer to arrange the Admins’ approval of a governed operation, and says nothing for KeyGen', () => {
    show(
      reviewed({
        kind: 'KeyGenFromKeyGroup',
        selection: { targetGroupId: 'g-sign', sourceGroupId: 'g-main', sourceNodeIds: [] } as never,
      }),
    );
    expect(screen.getByTestId('governance')).toHaveTextContent(
      '“Create Signing Key” is subject to your organisation’s governance policy',
    );
    cleanup();
    show(reviewed());
    expect(screen.queryByTestId('governance')).toBeNull();
  });
});

describe('the keys a reviewed request names (issue #29, item 15)', () => {
  it('says beside each ID what key it is, and the officer’s name for it', async () => {
    calls = installFakeBridge((c: string) => (c === 'keys.names' ? { names: { 'g-sign': 'Ops' } } : null));
    show(
      reviewed({
        kind: 'GroupUpgrade',
        keyTypes: { 'g-sign': 'SigningGroup', 'g-main': 'MainGroup' },
        formerMainGroupId: 'g-main',
        selection: { targetGroupId: 'g-sign' } as Ceremony['selection'],
      }),
    );
    const keys = screen.getByRole('list', { name: 'The keys these IDs are' });
    expect(keys).toHaveTextContent('g-main: Main Key');
    await vi.waitFor(() => expect(keys).toHaveTextContent('g-sign: Signing Key “Ops”'));
    cleanup();
    // A review from before the record kept the types: nothing claimed.
    show(reviewed());
    expect(screen.queryByTestId('review-keys')).toBeNull();
  });
});
