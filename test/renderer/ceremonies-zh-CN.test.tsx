/**
 * The Ceremonies screen and one ceremony's screen in Chinese (issue #32): the list, where an open
 * ceremony stands, the step rail and the open step's title and intro all come from the catalogue.
 */
import { screensIn } from '../helpers/screens-language';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HISTORY_PAGE } from '../../common/ceremony/history';

import { useCeremonies } from '../../renderer/src/store/ceremonies';

import { useProfiles } from '../../renderer/src/store/profiles';
import { CeremoniesView } from '../../renderer/src/views/CeremoniesView';
import { CeremonyView } from '../../renderer/src/views/CeremonyView';
import { installFakeBridge } from '../helpers/fake-bridge';
import { newCeremony } from '../fixtures/ceremony';

// The open step's own content is its screen's, tested there: here only what surrounds it.
vi.mock('../../renderer/src/steps/GroupsStep', () => ({ GroupsStep: () => null }));

// A KeyGen whose vault is chosen: it stands at the step that chooses its Main Key.
const open = newCeremony({ vaultName: 'Treasury', selection: { ...newCeremony().selection, vaultId: 'v' } });

beforeEach(async () => {
  screensIn('zh-CN');
  useProfiles.setState({ profiles: [], missingSecret: [], problem: null, loaded: false });
  useCeremonies.setState({
    ceremonies: {},
    damaged: [],
    openId: null,
    draftKind: null,
    error: null,
    historyLimit: HISTORY_PAGE,
    historyTotal: 0,
  });
  installFakeBridge((channel: string) =>
    channel === 'ceremony.list'
      ? { ceremonies: [open], damaged: [], historyTotal: 0, recordIndex: null }
      : channel === 'profiles.list'
        ? { profiles: [], missingSecret: [], problem: null }
        : null,
  );
});
afterEach(() => {
  cleanup();
  screensIn('en');
});

describe('the ceremonies in Chinese', () => {
  it('lists the ceremonies to start and the open ones, with where each stands', async () => {
    render(<CeremoniesView />);
    expect(await screen.findByRole('heading', { name: '进行中的仪式' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '仪式' }).closest('[lang]')).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByRole('list', { name: '开始仪式' })).toBeInTheDocument();
    expect(screen.getByTestId('standing')).toHaveTextContent('准备中。下一步：主控私钥');
    const item = screen.getByTestId('open-ceremony');
    expect(item).toHaveTextContent('Treasury · 离线沙盒 · 开始于');
    expect(screen.getByRole('button', { name: '继续' })).toBeInTheDocument();
    for (const english of ['Ceremonies', 'Open ceremonies', 'Resume', 'Offline sandbox'])
      expect(screen.queryByText(english)).toBeNull();
    expect(item).not.toHaveTextContent(/started|Being prepared/);
  });

  it('shows a ceremony’s steps, the open one’s title and intro, and the rehearsal banner', async () => {
    render(<CeremonyView ceremony={open} onLeave={() => undefined} />);
    const rail = await screen.findByRole('navigation', { name: '仪式步骤' });
    expect(rail).toHaveTextContent('环境与配置');
    expect(rail).toHaveTextContent('审核并发送');
    expect(screen.getByRole('heading', { name: '主控私钥', level: 3 })).toBeInTheDocument();
    expect(
      screen.getByText('选择将持有私钥分片的主控私钥。它必须处于新建状态：KeyGen 只执行一次。'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('env-banner')).toHaveTextContent('演练 — 本机上的离线沙盒。没有真实的私钥。');
    expect(screen.getByRole('button', { name: '← 所有仪式' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '执行单：打印此仪式的脚本…' })).toBeInTheDocument();
    for (const english of ['Environment and profile', 'Review and send', 'Main Key', '← All ceremonies'])
      expect(screen.queryByText(english)).toBeNull();
  });
});
