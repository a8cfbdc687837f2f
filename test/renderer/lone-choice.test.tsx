/**
 * A choice with one possible answer is made for the officer and said (issue #29, item 14): the only
 * profile that can sign, the only vault, the only key waiting for shares. Never with several, never
 * over a choice already recorded.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GroupsStep } from '../../renderer/src/steps/GroupsStep';
import { ProfileStep } from '../../renderer/src/steps/ProfileStep';
import { VaultStep } from '../../renderer/src/steps/VaultStep';
import { useProfiles } from '../../renderer/src/store/profiles';
import { newCeremony } from '../fixtures/ceremony';
import { group, holder, selection } from '../fixtures/groups';
import { installFakeBridge } from '../helpers/fake-bridge';
import { profile } from '../fixtures/profiles';

const one = profile('1b1f8c2e-1d2a-4b7a-9c1e-1f2e3d4c5b6a', 'Rehearsal');
const two = profile('2b1f8c2e-1d2a-4b7a-9c1e-1f2e3d4c5b6a', 'Treasury ops');
const vault = (id: string, name: string) => ({
  vault_id: id,
  name,
  type: 'Org-Controlled',
  root_pubkeys: [],
  problem: null,
});

beforeEach(() => useProfiles.setState({ profiles: [], missingSecret: [], problem: null, loaded: false }));
afterEach(cleanup);

const run = vi.fn(async (action: () => Promise<unknown>) => {
  await action();
  return null;
});

describe('the only profile', () => {
  it('is chosen and said; with two, neither is', async () => {
    const calls = installFakeBridge((c: string) =>
      c === 'profiles.list' ? { profiles: [one], missingSecret: [], problem: null } : null,
    );
    render(<ProfileStep kind="KeyGen" onBack={() => undefined} />);
    expect(await screen.findByTestId('lone-choice')).toHaveTextContent(
      'The only profile that can sign, “Rehearsal”, is chosen.',
    );
    expect(screen.getByRole('radio', { name: /Rehearsal/ })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Start the ceremony' })).toBeEnabled();
    // A profile without its officer's name asks for it, once (issue #29, item 17).
    expect(screen.getByTestId('officer-name')).toHaveTextContent('Your name, as the security officer');
    fireEvent.change(screen.getByLabelText(/^Your name, as the security officer/), {
      target: { value: ' Olga Officer ' },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save my name' }));
    });
    expect(calls.slice(-2)).toEqual([
      ['profiles.setOfficer', { id: one.id, officerName: 'Olga Officer' }],
      ['profiles.list', {}],
    ]);
    cleanup();
    useProfiles.setState({ profiles: [], missingSecret: [], problem: null, loaded: false });
    installFakeBridge((c: string) =>
      c === 'profiles.list' ? { profiles: [one, two], missingSecret: [], problem: null } : null,
    );
    render(<ProfileStep kind="KeyGen" onBack={() => undefined} />);
    await screen.findByRole('radio', { name: /Treasury ops/ });
    expect(screen.queryByTestId('lone-choice')).toBeNull();
    expect(screen.getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked)).toHaveLength(0);
  });

  it('starts the ceremony at once when its officer was named before the step opened, and only then', async () => {
    const named = { ...one, officerName: 'Olga Officer' };
    const started = (profiles: (typeof one)[], missingSecret: string[] = []) => {
      cleanup();
      // As the Ceremonies screen leaves it: the profiles read before a kind is chosen.
      useProfiles.setState({ profiles, missingSecret, problem: null, loaded: true });
      const calls = installFakeBridge((c: string) =>
        c === 'profiles.list'
          ? { profiles, missingSecret, problem: null }
          : c === 'ceremony.start'
            ? newCeremony({ kind: 'KeyGen' })
            : null,
      );
      render(<ProfileStep kind="KeyGen" onBack={() => undefined} />);
      return calls;
    };
    const once = started([named]);
    await screen.findByTestId('starts-itself');
    expect(await screen.findByTestId('starts-itself')).toHaveTextContent(
      'The ceremony starts with “Rehearsal”, the only profile that can sign, in Offline sandbox.',
    );
    await vi.waitFor(() =>
      expect(once.filter(([c]) => c === 'ceremony.start')).toEqual([
        ['ceremony.start', { kind: 'KeyGen', profileId: one.id }],
      ]),
    );
    await new Promise((r) => setTimeout(r, 30));
    expect(once.filter(([c]) => c === 'ceremony.start')).toHaveLength(1);
    // Unnamed, two that can sign, or the named one without its secret: the officer starts by hand.
    for (const calls of [
      started([one]),
      started([named, { ...two, officerName: 'Olga Officer' }]),
      started([named, two], [one.id]),
    ]) {
      await screen.findAllByRole('radio');
      await new Promise((r) => setTimeout(r, 30));
      expect(calls.filter(([c]) => c === 'ceremony.start')).toEqual([]);
      expect(screen.getByRole('button', { name: 'Start the ceremony' })).toBeInTheDocument();
      expect(screen.queryByTestId('starts-itself')).toBeNull();
    }
  });

  it('waits for the officer who typed their name in the step', async () => {
    let named = false;
    const calls = installFakeBridge((c: string) => {
      if (c === 'profiles.setOfficer') named = true;
      return c === 'profiles.list'
        ? {
            profiles: [named ? { ...one, officerName: 'Olga Officer' } : one],
            missingSecret: [],
            problem: null,
          }
        : null;
    });
    render(<ProfileStep kind="KeyGen" onBack={() => undefined} />);
    fireEvent.change(await screen.findByLabelText(/^Your name, as the security officer/), {
      target: { value: 'Olga Officer' },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save my name' }));
    });
    await vi.waitFor(() => expect(screen.queryByTestId('officer-name')).toBeNull());
    await new Promise((r) => setTimeout(r, 30));
    expect(calls.filter(([c]) => c === 'ceremony.start')).toEqual([]);
    expect(screen.queryByTestId('starts-itself')).toBeNull();
  });

  it('is the only one that can sign: a profile without its secret does not count', async () => {
    installFakeBridge((c: string) =>
      c === 'profiles.list' ? { profiles: [one, two], missingSecret: [one.id], problem: null } : null,
    );
    render(<ProfileStep kind="KeyGen" onBack={() => undefined} />);
    expect(await screen.findByTestId('lone-choice')).toHaveTextContent('“Treasury ops”');
    expect(screen.getByRole('radio', { name: /Treasury ops/ })).toBeChecked();
  });
});

describe('the only vault and the only key waiting for shares', () => {
  it('chooses the only vault, and not over one already chosen', async () => {
    const calls = installFakeBridge((c: string) =>
      c === 'cobo.vaults' ? { vaults: [vault('v1', 'Treasury')] } : null,
    );
    const ceremony = newCeremony({ kind: 'KeyGen', selection: selection({ vaultId: null }) });
    render(<VaultStep ceremony={ceremony} data={{} as never} run={run} busy={false} />);
    await vi.waitFor(() =>
      expect(calls).toContainEqual(['ceremony.select', { id: ceremony.id, selection: { vaultId: 'v1' } }]),
    );
    cleanup();
    const resumed = installFakeBridge((c: string) =>
      c === 'cobo.vaults' ? { vaults: [vault('v1', 'Treasury')] } : null,
    );
    render(
      <VaultStep
        ceremony={newCeremony({
          kind: 'KeyGen',
          vaultName: 'Treasury',
          selection: selection({ vaultId: 'v1' }),
        })}
        data={{} as never}
        run={run}
        busy={false}
      />,
    );
    expect(await screen.findByTestId('lone-choice')).toHaveTextContent(
      'The organisation’s only vault, “Treasury”, is chosen.',
    );
    expect(resumed.filter(([c]) => c === 'ceremony.select')).toEqual([]);
  });

  it('chooses the only Main Key waiting for KeyGen, never one of two', async () => {
    const cobo = holder('Cobo', { type: 'Cobo' });
    const main = group('m1', 'MainGroup', [cobo, holder('Alice')]);
    const data = (groups: ReturnType<typeof group>[]) => ({
      groups,
      nodes: [],
      cobo: [cobo],
      error: null,
      loaded: true,
      reload: () => {},
    });
    const ceremony = newCeremony({ kind: 'KeyGen', selection: selection({ vaultId: 'v' }) });
    const calls = installFakeBridge();
    render(<GroupsStep ceremony={ceremony} data={data([main])} run={run} busy={false} />);
    await vi.waitFor(() =>
      expect(calls).toEqual([['ceremony.select', { id: ceremony.id, selection: { targetGroupId: 'm1' } }]]),
    );
    cleanup();
    const none = installFakeBridge();
    const other = group('m2', 'MainGroup', [cobo, holder('Bilal')]);
    render(<GroupsStep ceremony={ceremony} data={data([main, other])} run={run} busy={false} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(none).toEqual([]);
    expect(screen.queryByTestId('lone-choice')).toBeNull();
  });

  it('chooses the only Main Key to give shares from, Cobo’s node and the first holders up to the threshold', async () => {
    const cobo = holder('Cobo', { type: 'Cobo' });
    const main = group('m1', 'MainGroup', [cobo, holder('Alice'), holder('Bilal')], {
      status: 'Valid',
      has_keys: true,
      participants: 3,
    });
    const target = group('r1', 'RecoveryGroup', [cobo, holder('Chen'), holder('Dana')]);
    const data = (groups: ReturnType<typeof group>[]) => ({
      groups,
      nodes: [],
      cobo: [cobo],
      error: null,
      loaded: true,
      reload: () => {},
    });
    const ceremony = newCeremony({
      kind: 'KeyGenFromKeyGroup',
      selection: selection({ vaultId: 'v', targetGroupId: 'r1' }),
    });
    const calls = installFakeBridge();
    render(<GroupsStep ceremony={ceremony} data={data([main, target])} run={run} busy={false} />);
    await vi.waitFor(() =>
      expect(calls).toEqual([
        [
          'ceremony.select',
          { id: ceremony.id, selection: { sourceGroupId: 'm1', sourceNodeIds: ['node-Cobo', 'node-Alice'] } },
        ],
      ]),
    );
    cleanup();
    // Two Main Keys (a new one set up beside the old): the officer chooses.
    const none = installFakeBridge();
    const other = group('m2', 'MainGroup', [cobo, holder('Emeka')], { status: 'Valid', has_keys: true });
    render(<GroupsStep ceremony={ceremony} data={data([main, other, target])} run={run} busy={false} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(none).toEqual([]);
    expect(screen.queryByTestId('lone-source')).toBeNull();
  });
});
