/**
 * The Profiles screen and the transcript key in Simplified Chinese (issue #32): its headings, labels
 * and buttons come from the catalogue, with the profile's own name and fingerprint kept as they are.
 */
import { screensIn } from '../helpers/screens-language';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProfilesView } from '../../renderer/src/views/ProfilesView';
import { TranscriptKeyPanel } from '../../renderer/src/components/TranscriptKeyPanel';
import { useProfiles } from '../../renderer/src/store/profiles';

import { installFakeBridge } from '../helpers/fake-bridge';
import { profile } from '../fixtures/profiles';

beforeEach(async () => {
  useProfiles.setState({ profiles: [], missingSecret: [], problem: null, loaded: false });
  screensIn('zh-CN');
});
afterEach(() => {
  cleanup();
  screensIn('en');
});

describe('Profiles in Chinese', () => {
  it('shows the screen, a profile and the form to add one in Chinese', async () => {
    installFakeBridge((channel: string) =>
      channel === 'profiles.list'
        ? {
            profiles: [profile('00000000-0000-4000-8000-000000000001', 'Treasury')],
            missingSecret: [],
            problem: null,
          }
        : null,
    );
    render(<ProfilesView />);
    expect(await screen.findByRole('heading', { name: 'Treasury' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '配置' }).closest('[lang]')).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByRole('heading', { name: '添加配置' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '测试连接：“Treasury”' })).toBeInTheDocument();
    expect(screen.getByLabelText('配置名称')).toBeInTheDocument();
    expect(screen.getByText('AAAA-BBBB')).toBeInTheDocument();
    for (const english of ['Profiles', 'Add a profile', 'Rename', 'Generate a new API key here'])
      expect(screen.queryByText(english)).toBeNull();
  });

  it('shows the transcript key and its history in Chinese', async () => {
    installFakeBridge((channel: string) =>
      channel === 'app.installationKey'
        ? { publicKey: 'ab', fingerprint: '7K2M-Q9XD-4HTB-W3PA' }
        : channel === 'app.keyHistory'
          ? {
              keys: [
                {
                  fingerprint: '7K2M-Q9XD-4HTB-W3PA',
                  standing: 'attested',
                  since: null,
                  until: null,
                  how: 'first key',
                },
              ],
              problem: null,
            }
          : null,
    );
    render(<TranscriptKeyPanel />);
    expect(await screen.findByRole('button', { name: '更换记录文件签名密钥…' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '记录文件签名密钥' })).toBeInTheDocument();
    expect(screen.getByText('已由签名证明')).toBeInTheDocument();
    expect(screen.getByTestId('installation-fingerprint')).toHaveTextContent('7K2M-Q9XD-4HTB-W3PA');
    expect(screen.queryByText('Transcript key')).toBeNull();
  });
});
