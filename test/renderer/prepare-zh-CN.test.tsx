/**
 * The steps that prepare a ceremony in Chinese (issue #32): the profile step and the choice of a key,
 * with its card, speak the language chosen, in Cobo's own terms; their English is gone.
 */
import { screensIn } from '../helpers/screens-language';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GroupsStep } from '../../renderer/src/steps/GroupsStep';
import { ProfileStep } from '../../renderer/src/steps/ProfileStep';
import { useLanguage } from '../../renderer/src/store/language';
import { useProfiles } from '../../renderer/src/store/profiles';

import { newCeremony } from '../fixtures/ceremony';
import { group, holder, selection } from '../fixtures/groups';
import { profile } from '../fixtures/profiles';
import { installFakeBridge } from '../helpers/fake-bridge';

const one = profile('1b1f8c2e-1d2a-4b7a-9c1e-1f2e3d4c5b6a', 'Rehearsal');
const two = profile('2b1f8c2e-1d2a-4b7a-9c1e-1f2e3d4c5b6a', 'Treasury ops');
const run = vi.fn(async (action: () => Promise<unknown>) => {
  await action();
  return null;
});

/** The fake bridge, with main keeping the language chosen: the screens switch as About switches them. */
async function inChinese(answer: (channel: string) => unknown = () => null) {
  installFakeBridge((c: string) => (c === 'app.setLanguage' ? { chosen: 'zh-CN' } : answer(c)));
  await act(async () => useLanguage.getState().choose('zh-CN'));
}

beforeEach(() => useProfiles.setState({ profiles: [], missingSecret: [], problem: null, loaded: false }));
afterEach(() => {
  cleanup();
  screensIn('en');
});

describe('the preparing steps in Chinese', () => {
  it('asks for the profile to sign with, in Chinese', async () => {
    await inChinese((c) =>
      c === 'profiles.list' ? { profiles: [one, two], missingSecret: [], problem: null } : null,
    );
    render(<ProfileStep kind="KeyGen" onBack={() => undefined} />);
    expect(await screen.findByRole('group', { name: '用于签名的配置' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '开始仪式' })).toBeDisabled();
    expect(screen.queryByText('Profile to sign with')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Start the ceremony' })).toBeNull();
  });

  it('shows the Main Key to give shares to, with its holders, in Cobo’s Chinese terms', async () => {
    await inChinese();
    const cobo = holder('Cobo', { type: 'Cobo' });
    const main = group('m1', 'MainGroup', [cobo, holder('Alice')]);
    const other = group('m2', 'MainGroup', [cobo, holder('Bilal')]);
    render(
      <GroupsStep
        ceremony={newCeremony({ kind: 'KeyGen', selection: selection({ vaultId: 'v' }) })}
        data={{ groups: [main, other], nodes: [], cobo: [cobo], error: null, loaded: true, reload: () => {} }}
        run={run}
        busy={false}
      />,
    );
    expect(screen.getByRole('group', { name: '主控私钥' })).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader', { name: '持有者' })).toHaveLength(2);
    expect(screen.getAllByRole('columnheader', { name: '签名人' })).toHaveLength(2);
    expect(screen.getAllByTestId('signing-threshold')[0]).toHaveTextContent(/^之后签名：/);
    expect(screen.queryByRole('columnheader', { name: 'Holder' })).toBeNull();
    expect(screen.queryByText(/Signing afterwards/)).toBeNull();
  });
});
