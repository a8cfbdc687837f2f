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

  it('says why the key history does not verify in Chinese, in the notice and in how the keychain’s key is known', async () => {
    const problemSaid = { key: 'records.keyHistory.notSigned', values: { statement: '1' } };
    installFakeBridge((channel: string) =>
      channel === 'app.installationKey'
        ? { publicKey: 'ab', fingerprint: '7K2M-Q9XD-4HTB-W3PA' }
        : channel === 'app.keyHistory'
          ? {
              keys: [
                {
                  fingerprint: '7K2M-Q9XD-4HTB-W3PA',
                  standing: 'unattested',
                  since: null,
                  until: null,
                  how: 'the key the keychain holds; the key history does not verify (statement 1 is not signed by the key it introduces)',
                  howSaid: { key: 'profiles.keyHow.historyBroken', values: { problem: problemSaid } },
                },
              ],
              problem: 'statement 1 is not signed by the key it introduces',
              problemSaid,
            }
          : null,
    );
    render(<TranscriptKeyPanel />);
    const notice = await screen.findByTestId('key-history-problem');
    expect(notice).toHaveTextContent('本安装实例的密钥历史未通过验证：第 1 条声明并非由它引入的密钥签名。');
    expect(notice.textContent).not.toMatch(/[A-Za-z]{2,}/);
    expect(screen.getByTestId('key-history')).toHaveTextContent(
      '钥匙串中保存的密钥；密钥历史无法通过验证（第 1 条声明并非由它引入的密钥签名）',
    );
    expect(screen.queryByText(/statement 1/)).toBeNull();
  });
});
