/**
 * Guidance the officer should not have to find in the README: what a lost phone means, with the way
 * back offered at once (Holder phones), and where each vault stands with the next sensible ceremony.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ceremony, GroupView, Profile, SandboxHolder, VaultView } from '../../common/contract';
import { VaultStandings } from '../../renderer/src/components/VaultStandings';
import { useCeremonies } from '../../renderer/src/store/ceremonies';
import { useProfiles } from '../../renderer/src/store/profiles';
import { useSandboxHolders } from '../../renderer/src/store/sandbox-holders';
import { useScreen } from '../../renderer/src/store/screen';
import { HolderPhonesView } from '../../renderer/src/views/HolderPhonesView';
import { VerifyStep } from '../../renderer/src/steps/VerifyStep';
import { newCeremony } from '../fixtures/ceremony';
import { group, holder, selection } from '../fixtures/groups';
import { installFakeBridge } from '../helpers/fake-bridge';

afterEach(cleanup);
beforeEach(() => {
  useCeremonies.setState({ ceremonies: {}, openId: null, draftKind: null });
  useSandboxHolders.setState({ holders: [], loaded: false });
  useScreen.setState({ view: 'holders' });
  useProfiles.setState({ problem: null });
});

const phone = (name: string, over: Partial<SandboxHolder> = {}): SandboxHolder => ({
  tss_node_id: `node-${name}`,
  name,
  type: 'Mobile',
  online: true,
  status: 'Valid',
  replaces: null,
  frozen: false,
  pending: [],
  ...over,
});

describe('after a lost phone, on Holder phones', () => {
  it('says what it means and starts the way back', async () => {
    installFakeBridge((channel: string) =>
      channel === 'sandbox.holders'
        ? {
            holders: [
              phone('Alice', { status: 'Changed' }),
              phone('Alice', { tss_node_id: 'node-Alice-2', replaces: 'node-Alice' }),
              phone('Bilal'),
            ],
            manualApproval: false,
            adminApproval: false,
            awaitingAdmins: [],
            vaults: [],
          }
        : null,
    );
    await act(async () => {
      render(<HolderPhonesView />);
    });
    const meanings = screen.getAllByTestId('lost-phone-meaning');
    // Said once, on the lost phone's card; not on the new phone's nor Bilal's.
    expect(meanings).toHaveLength(1);
    expect(meanings[0]).toHaveTextContent(
      'Cobo now reports Alice’s old phone as Changed, and the groups that hold a key share on it as Unavailable: they cannot be used until the way back is done.',
    );
    fireEvent.click(
      within(meanings[0]!).getByRole('button', {
        name: 'Start the way back: Recovery after Alice’s lost phone',
      }),
    );
    expect(useCeremonies.getState().draftKind).toBe('Recovery');
    expect(useScreen.getState().view).toBe('ceremonies');
  });
});

const profile: Profile = {
  id: '7b1f8c2e-1d2a-4b7a-9c1e-1f2e3d4c5b6a',
  name: 'Rehearsal',
  environment: 'sandbox',
  fingerprint: 'AAAA-BBBB-CCCC-DDDD',
} as Profile;
const vault = (id: string, name: string, keys = 0): VaultView => ({
  vault_id: id,
  name,
  type: 'Org-Controlled',
  root_pubkeys: Array.from({ length: keys }, () => ({ root_pubkey: 'xpub', curve: 'SECP256K1' })),
  problem: null,
});
const cobo = holder('Cobo', { type: 'Cobo' });

describe('where each vault stands, on the Ceremonies screen', () => {
  const groupsOf: Record<string, GroupView[]> = {
    fresh: [],
    lost: [
      group('m', 'MainGroup', [cobo, holder('Alice', { status: 'Changed' })], {
        status: 'Unavailable',
        has_keys: true,
      }),
    ],
  };
  let calls: Array<[string, unknown]>;
  const show = async (vaults: VaultView[], ceremonies: Ceremony[] = []) => {
    const created = newCeremony({ id: '2c1f8c2e-1d2a-4b7a-9c1e-1f2e3d4c5b6a' });
    let asked = '';
    calls = installFakeBridge((channel: string) => {
      if (channel === 'cobo.vaults') return { vaults };
      if (channel === 'cobo.groups') return { groups: groupsOf[asked] ?? [], nodes: [], cobo: [] };
      return channel.startsWith('ceremony.') ? created : null;
    });
    // The fake answers by channel only: remember which vault was asked for.
    const invoke = (window as unknown as { keyCeremony: { invoke: Record<string, (i: unknown) => unknown> } })
      .keyCeremony.invoke;
    const plain = invoke['cobo.groups']!;
    (window as unknown as { keyCeremony: { invoke: unknown } }).keyCeremony.invoke = new Proxy(invoke, {
      get: (t, channel: string) =>
        channel === 'cobo.groups'
          ? (i: { vaultId: string }) => {
              asked = i.vaultId;
              return plain(i);
            }
          : t[channel],
    });
    useProfiles.setState({ profiles: [profile], loaded: true });
    useCeremonies.setState({ ceremonies: Object.fromEntries(ceremonies.map((c) => [c.id, c])) });
    await act(async () => {
      render(<VaultStandings />);
    });
    return created;
  };

  it('a vault with nothing yet: one line, and the set-up of its Main Key offered, started with that vault', async () => {
    const created = await show([vault('fresh', 'Treasury')]);
    const row = screen.getByTestId('vault-standing');
    expect(row).toHaveTextContent('Treasury: no root keys yet; no Main Key.');
    expect(within(row).getByTestId('vault-next')).toHaveTextContent('Next: KeyGen needs a Main Key first.');
    await act(async () => {
      fireEvent.click(within(row).getByRole('button', { name: 'Set up the Main Key for Treasury' }));
    });
    expect(calls.filter(([c]) => c.startsWith('ceremony.'))).toEqual([
      ['ceremony.start', { kind: 'GroupSetup', profileId: profile.id }],
      ['ceremony.select', { id: created.id, selection: { vaultId: 'fresh' } }],
      [
        'ceremony.select',
        {
          id: created.id,
          // A standard vault's Main Key, 2/2: the shape the design step offers first.
          selection: { design: { type: 'MainGroup', threshold: 2, participants: 2, holders: [] } },
        },
      ],
    ]);
    expect(useCeremonies.getState().openId).toBe(created.id);
  });

  it('after a lost phone, the way back', async () => {
    await show([vault('lost', 'Treasury', 2)]);
    const row = screen.getByTestId('vault-standing');
    expect(row).toHaveTextContent(
      'Treasury: root keys made; Main Key Unavailable (2-of-2); lost phone: Alice',
    );
    expect(
      within(row).getByRole('button', { name: 'Start the way back: Recovery for Treasury' }),
    ).toBeEnabled();
  });

  it('a ceremony open for the vault: resume it rather than start another', async () => {
    const open = newCeremony({
      kind: 'KeyGen',
      phase: 'preparing',
      selection: selection({ vaultId: 'fresh' }),
    });
    await show([vault('fresh', 'Treasury')], [open]);
    const row = screen.getByTestId('vault-standing');
    expect(within(row).getByTestId('vault-next')).toHaveTextContent(
      'A KeyGen ceremony is open for this vault: resume it first.',
    );
    expect(within(row).queryByRole('button', { name: /Set up the Main Key/ })).toBeNull();
    fireEvent.click(within(row).getByRole('button', { name: 'Resume KeyGen for Treasury' }));
    expect(useCeremonies.getState().openId).toBe(open.id);
  });

  it('asks Cobo nothing, and says nothing, while the keychain cannot be reached', async () => {
    calls = installFakeBridge(null);
    useProfiles.setState({
      profiles: [profile],
      loaded: true,
      problem: { code: 'keychain.unavailable', message: 'm', hint: 'h' },
    });
    await act(async () => {
      render(<VaultStandings />);
    });
    expect(screen.queryByTestId('vault-standings')).toBeNull();
    expect(calls).toEqual([]);
  });

  it('no vault at all: create one', async () => {
    await show([]);
    expect(screen.getByTestId('vault-standing')).toHaveTextContent('No vault yet.');
    expect(screen.getByRole('button', { name: 'Create a vault' })).toBeEnabled();
  });
});

describe('verifying the root keys', () => {
  const finished = (environment: Ceremony['environment']) =>
    newCeremony({
      environment,
      vaultName: 'Treasury',
      phase: 'finished',
      outcome: 'success',
      rootKeysAfter: [{ curve: 'SECP256K1', root_pubkey: 'xpub661MyMwAqRbcF' }],
    });
  const props = (c: Ceremony) => ({
    ceremony: c,
    data: { groups: [], nodes: [], cobo: [], error: null, loaded: true, reload: () => {} },
    run: async () => null,
    busy: false,
  });

  it('says where the custodians read the keys: Cobo Portal on their own devices, for this vault', () => {
    render(<VerifyStep {...props(finished('development'))} />);
    const where = screen.getByTestId('where-to-compare');
    expect(where).toHaveTextContent(
      'In Cobo Portal, on their own devices: MPC Wallets → “Treasury” → Key Share Management (the icon at the upper right)',
    );
    expect(where).not.toHaveTextContent(/rehearsal/);
  });

  it('in a rehearsal, says there is no Cobo Portal to read from', () => {
    render(<VerifyStep {...props(finished('sandbox'))} />);
    expect(screen.getByTestId('where-to-compare')).toHaveTextContent('This rehearsal has no Cobo Portal');
  });
});
