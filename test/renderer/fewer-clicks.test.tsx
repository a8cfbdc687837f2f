/**
 * Fewer steps for the same safety (issue #29, item 14): the close offers the ceremony the vault needs
 * next, started with the vault and the key chosen; a key with one holder of yours has that holder as
 * its designated signer as soon as they are added.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ceremony, GroupDesign, GroupView } from '../../common/contract';
import { CloseStep } from '../../renderer/src/steps/CloseStep';
import { DesignStep } from '../../renderer/src/steps/DesignStep';
import type { StepProps } from '../../renderer/src/steps/StepProps';
import { useCeremonies } from '../../renderer/src/store/ceremonies';
import { newCeremony } from '../fixtures/ceremony';
import { group, holder, selection } from '../fixtures/groups';
import { installFakeBridge } from '../helpers/fake-bridge';

const cobo = holder('Cobo', { type: 'Cobo' });
const keyed = { status: 'Valid', has_keys: true } as const;
const main = group('main', 'MainGroup', [cobo, holder('Alice')], keyed);
const vault = { vault_id: 'v', name: 'Treasury', type: 'Org-Controlled', root_pubkeys: [], problem: null };

const run = vi.fn(async (action: () => Promise<unknown>) => {
  await action();
  return null;
});
const props = (ceremony: Ceremony, groups: GroupView[]): StepProps => ({
  ceremony,
  data: { groups, nodes: [], cobo: [cobo], error: null, loaded: true, reload: () => {} },
  run,
  busy: false,
});

beforeEach(() => useCeremonies.setState({ ceremonies: {}, openId: null, draftKind: null }));
afterEach(cleanup);

describe('the close says what the vault needs next', () => {
  const closed = newCeremony({
    kind: 'GroupSetup',
    phase: 'closed',
    outcome: 'success',
    vaultName: 'Treasury',
    selection: selection({ vaultId: 'v' }),
  });

  it('offers giving the new key its shares, and starts it with that key chosen', async () => {
    const waiting = group('rec-new', 'RecoveryGroup', [cobo, holder('Chen'), holder('Dana')]);
    const next = newCeremony({ kind: 'KeyGenFromKeyGroup' });
    const calls = installFakeBridge((c: string) =>
      c === 'cobo.vaults'
        ? { vaults: [vault] }
        : c === 'cobo.groups'
          ? { groups: [main, waiting] }
          : c.startsWith('ceremony.')
            ? next
            : null,
    );
    render(<CloseStep {...props(closed, [main, waiting])} />);
    const offer = await screen.findByTestId('next-for-vault');
    expect(offer).toHaveTextContent(
      'Next for “Treasury”: A Recovery Key is set up (status New) and holds no key shares yet.',
    );
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: 'Give the new Recovery Key its key shares for Treasury' }),
      );
    });
    expect(calls.filter(([c]) => c.startsWith('ceremony.'))).toEqual([
      ['ceremony.start', { kind: 'KeyGenFromKeyGroup', profileId: closed.profileId }],
      ['ceremony.select', { id: next.id, selection: { vaultId: 'v' } }],
      ['ceremony.select', { id: next.id, selection: { targetGroupId: 'rec-new' } }],
    ]);
    expect(useCeremonies.getState().openId).toBe(next.id);
  });

  it('offers a key set-up with the key’s type and standard shape chosen', async () => {
    const next = newCeremony({ kind: 'GroupSetup' });
    const calls = installFakeBridge((c: string) =>
      c === 'cobo.vaults'
        ? { vaults: [vault] }
        : c === 'cobo.groups'
          ? { groups: [main] }
          : c.startsWith('ceremony.')
            ? next
            : null,
    );
    render(<CloseStep {...props(closed, [main])} />);
    const button = await screen.findByRole('button', { name: 'Set up a Recovery Key for Treasury' });
    await act(async () => {
      fireEvent.click(button);
    });
    expect(calls.filter(([c]) => c === 'ceremony.select').at(-1)).toEqual([
      'ceremony.select',
      {
        id: next.id,
        selection: { design: { type: 'RecoveryGroup', threshold: 2, participants: 3, holders: [] } },
      },
    ]);
  });

  it('says nothing before the close, when nothing is waiting, or when Cobo cannot be asked', async () => {
    const recovery = group('rec', 'RecoveryGroup', [cobo, holder('Chen'), holder('Dana')], keyed);
    for (const [ceremony, answer] of [
      [{ ...closed, phase: 'finished' as const }, { groups: [main] }],
      [closed, { groups: [main, recovery] }],
      [closed, new Error('unreachable')],
    ] as const) {
      const calls = installFakeBridge((c: string) => {
        if (c === 'cobo.vaults') return { vaults: [vault] };
        if (c !== 'cobo.groups') return null;
        if (answer instanceof Error) throw answer;
        return answer;
      });
      render(<CloseStep {...props(ceremony, [main])} />);
      await new Promise((r) => setTimeout(r, 30));
      expect(screen.queryByTestId('next-for-vault')).toBeNull();
      if (ceremony.phase !== 'closed') expect(calls.some(([c]) => c === 'cobo.vaults')).toBe(false);
      cleanup();
    }
  });
});

describe('a key with one holder of yours', () => {
  const design = (d: Partial<GroupDesign>) =>
    newCeremony({
      kind: 'GroupSetup',
      selection: selection({
        design: { type: 'MainGroup', threshold: 2, participants: 2, holders: [], ...d },
      }),
    });
  const added = async (ceremony: Ceremony) => {
    const calls = installFakeBridge();
    render(<DesignStep {...props(ceremony, [])} />);
    fireEvent.change(screen.getByLabelText('Holder’s name'), { target: { value: 'Alice' } });
    fireEvent.change(screen.getByLabelText('TSS node ID'), { target: { value: 'node-alice-0001' } });
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Add this holder' }));
    });
    const sent = calls.find(([c]) => c === 'ceremony.select')?.[1] as { selection: { design: GroupDesign } };
    cleanup();
    return sent.selection.design.holders.map((h) => [h.name, h.signer]);
  };

  it('makes the only holder of a 2/2 Main or Signing Key its designated signer as they are added', async () => {
    expect(await added(design({}))).toEqual([['Alice', true]]);
    expect(await added(design({ type: 'SigningGroup' }))).toEqual([['Alice', true]]);
  });

  it('leaves the choice to the officer where there are several, or no signer at all', async () => {
    // An advanced vault's 2-of-3 Main Key: two holders of yours, either may sign.
    expect(await added(design({ participants: 3, advanced: true }))).toEqual([['Alice', false]]);
    // A Recovery Key signs nothing.
    expect(await added(design({ type: 'RecoveryGroup', participants: 3 }))).toEqual([['Alice', false]]);
  });
});

describe('the holders of the last key set-up that did not make its key', () => {
  const typed = [
    { tss_node_id: 'node-chen-typed', name: 'Chen', type: 'Mobile' as const, signer: false },
    {
      tss_node_id: 'node-dana-typed',
      name: 'Dana',
      type: 'Mobile' as const,
      signer: false,
      thirdParty: true,
    },
  ];
  const earlier = (outcome: Ceremony['outcome'], vaultId = 'v') =>
    newCeremony({
      id: '7c1f8c2e-1d2a-4b7a-9c1e-1f2e3d4c5b6a',
      kind: 'GroupSetup',
      outcome,
      phase: outcome ? 'abandoned' : 'preparing',
      createdAt: '2026-01-01T00:00:00.000Z',
      selection: selection({
        vaultId,
        design: { type: 'RecoveryGroup', threshold: 2, participants: 3, holders: typed },
      }),
    });
  const now = newCeremony({
    kind: 'GroupSetup',
    createdAt: '2026-01-02T00:00:00.000Z',
    selection: selection({ design: { type: 'RecoveryGroup', threshold: 2, participants: 3, holders: [] } }),
  });

  it('offers them again by name and ID, and adds one as it was typed', async () => {
    useCeremonies.setState({ ceremonies: { [earlier('abandoned').id]: earlier('abandoned') } });
    const calls = installFakeBridge();
    render(<DesignStep {...props(now, [main])} />);
    expect(screen.getByTestId('last-roster')).toHaveTextContent('Add Chen again (Mobile, node-chen-typed)');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /^Add Dana again/ }));
    });
    const sent = calls.find(([c]) => c === 'ceremony.select')?.[1] as { selection: { design: GroupDesign } };
    // Added as typed; whether Dana holds a third party's share is the officer's to mark again.
    expect(sent.selection.design.holders).toEqual([
      { tss_node_id: 'node-dana-typed', name: 'Dana', type: 'Mobile', signer: false },
    ]);
  });

  it('offers none after a set-up that made its key, of another vault, or ones Cobo lists or already added', () => {
    for (const state of [earlier('success'), earlier('abandoned', 'other')]) {
      useCeremonies.setState({ ceremonies: { [state.id]: state } });
      render(<DesignStep {...props(now, [main])} />);
      expect(screen.queryByTestId('last-roster')).toBeNull();
      cleanup();
    }
    useCeremonies.setState({ ceremonies: { x: earlier('abandoned') } });
    const listed = group('sign', 'SigningGroup', [cobo, holder('Chen', { tss_node_id: 'node-chen-typed' })]);
    const withDana = {
      ...now,
      selection: selection({
        design: { type: 'RecoveryGroup', threshold: 2, participants: 3, holders: [typed[1]!] },
      }),
    };
    render(<DesignStep {...props(withDana, [main, listed])} />);
    expect(screen.queryByTestId('last-roster')).toBeNull();
  });
});
