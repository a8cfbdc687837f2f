import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorPayload } from '../../common/contract';
import { ProfileStep } from '../../renderer/src/steps/ProfileStep';
import { CeremoniesView } from '../../renderer/src/views/CeremoniesView';
import { ProfilesView } from '../../renderer/src/views/ProfilesView';
import { useProfiles } from '../../renderer/src/store/profiles';
import { installFakeBridge } from '../helpers/fake-bridge';
import { profile } from '../fixtures/profiles';

const KEYCHAIN: ErrorPayload = {
  code: 'keychain.unavailable',
  message: 'The system keychain is not available, so no profile can sign a request and none can be created.',
  hint: 'Install and start the system keychain (on Linux, a Secret Service such as GNOME Keyring, in a desktop session you are logged in to), then restart Key Ceremony.',
};

const answers = (problem: ErrorPayload | null) => (channel: string) =>
  channel === 'profiles.list'
    ? { profiles: [], missingSecret: [], problem }
    : channel === 'ceremony.list'
      ? { ceremonies: [], damaged: [], historyTotal: 0 }
      : null;

beforeEach(() => useProfiles.setState({ profiles: [], missingSecret: [], problem: null, loaded: false }));
afterEach(cleanup);

describe('a missing keychain, where the officer looks', () => {
  it('is said on the first screen, with what to do', async () => {
    installFakeBridge(answers(KEYCHAIN));
    render(<CeremoniesView />);
    const notice = await screen.findByTestId('keychain-problem');
    expect(notice).toHaveTextContent(KEYCHAIN.message);
    expect(notice).toHaveTextContent(KEYCHAIN.hint);
  });

  it('is not on the first screen when the keychain answers', async () => {
    installFakeBridge(answers(null));
    render(<CeremoniesView />);
    await screen.findByRole('button', { name: 'Start: KeyGen' });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByTestId('keychain-problem')).toBeNull();
  });

  it('explains the empty profile list of a ceremony’s first step: the keychain, or no profile yet', async () => {
    installFakeBridge(answers(KEYCHAIN));
    render(<ProfileStep kind="KeyGen" onBack={() => undefined} />);
    expect(await screen.findByTestId('no-profiles')).toHaveTextContent(KEYCHAIN.message);
    expect(screen.getByRole('button', { name: 'Start the ceremony' })).toBeDisabled();
    cleanup();
    useProfiles.setState({ profiles: [], problem: null, loaded: false });
    installFakeBridge(answers(null));
    render(<ProfileStep kind="KeyGen" onBack={() => undefined} />);
    expect(await screen.findByTestId('no-profiles')).toHaveTextContent(
      'There is no profile to sign with yet. Create or import one on the Profiles screen',
    );
  });
});

describe('a profile whose secret is gone, where it is offered (issue #29, item 9)', () => {
  const gone = profile('1b1f8c2e-1d2a-4b7a-9c1e-1f2e3d4c5b6a', 'Lost secret');
  const kept = profile('2b1f8c2e-1d2a-4b7a-9c1e-1f2e3d4c5b6a', 'Rehearsal');

  it('is marked in a ceremony’s first step and cannot be chosen; the others can', async () => {
    installFakeBridge((channel: string) =>
      channel === 'profiles.list'
        ? { profiles: [gone, kept], missingSecret: [gone.id], problem: null }
        : null,
    );
    render(<ProfileStep kind="KeyGen" onBack={() => undefined} />);
    const lost = await screen.findByRole('radio', { name: /Lost secret/ });
    expect(lost).toBeDisabled();
    expect(lost).toHaveAccessibleName(
      /Its API secret is no longer in the system keychain, so it cannot sign anything/,
    );
    expect(screen.getByRole('radio', { name: /Rehearsal/ })).toBeEnabled();
    expect(screen.getAllByTestId('secret-missing')).toHaveLength(1);
  });

  it('is marked on the Profiles screen, on its own card only', async () => {
    installFakeBridge((channel: string) =>
      channel === 'profiles.list'
        ? { profiles: [gone, kept], missingSecret: [gone.id], problem: null }
        : null,
    );
    render(<ProfilesView />);
    const cards = await screen.findAllByTestId('profile-card');
    expect(cards).toHaveLength(2);
    expect(cards[0]).toHaveTextContent('Its API secret is no longer in the system keychain');
    expect(cards[1]).not.toHaveTextContent('no longer in the system keychain');
  });
});
