/**
 * The screens' language (issue #32, item 3): chosen in About and kept by main, the page's `lang` and
 * the screens' words following it at once; "as the system asks" following the system again.
 */
import { screensIn } from '../helpers/screens-language';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/App';
import { VerifyView } from '../../renderer/src/views/VerifyView';
import { useAppInfo } from '../../renderer/src/store/app-info';

import { installFakeBridge } from '../helpers/fake-bridge';

const info = {
  name: 'Key Ceremony',
  version: '0.1.0',
  commit: 'abc',
  frontEnd: 'browser',
  versions: { electron: null, chromium: null, node: '24' },
  environments: [],
};

function bridge(chosen: string | null) {
  let kept = chosen;
  return installFakeBridge((channel: string, input: unknown) => {
    if (channel === 'app.info') return info;
    if (channel === 'app.language') return { chosen: kept };
    if (channel === 'app.setLanguage') {
      kept = (input as { locale: string | null }).locale;
      return { chosen: kept };
    }
    if (channel === 'ceremony.list')
      return { ceremonies: [], damaged: [], historyTotal: 0, recordIndex: null };
    return null;
  });
}

beforeEach(() => {
  screensIn('en');
  useAppInfo.setState({ info: null, error: null });
  window.location.hash = '#about';
});
afterEach(() => {
  cleanup();
  document.documentElement.lang = '';
});

describe('the screens’ language', () => {
  it('is chosen in About, kept by main, and the screens and the page’s lang follow it', async () => {
    const calls = bridge(null);
    render(<App />);
    const choice = await screen.findByLabelText('Language of the screens');
    expect(screen.getByRole('navigation', { name: 'Main' })).toHaveTextContent('History');
    fireEvent.change(choice, { target: { value: 'zh-CN' } });
    const nav = await screen.findByRole('navigation', { name: '主菜单' });
    expect(calls).toContainEqual(['app.setLanguage', { locale: 'zh-CN' }]);
    // The screens and the page say their language.
    expect(nav).toHaveAttribute('lang', 'zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(screen.getByTestId('language-choice').closest('section[lang]')).toHaveAttribute('lang', 'zh-CN');
    expect(within(nav).getByRole('button', { name: '历史记录' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '关于 Key Ceremony' })).toBeInTheDocument();
    expect(screen.getByText('已选择：简体中文。界面将从现在起使用该语言。')).toBeInTheDocument();
    // Following the system again (English here): the screens go back to it, and main keeps no choice.
    fireEvent.change(screen.getByLabelText('界面语言'), { target: { value: 'system' } });
    await waitFor(() =>
      expect(screen.getByRole('navigation', { name: 'Main' })).toHaveAttribute('lang', 'en'),
    );
    expect(calls).toContainEqual(['app.setLanguage', { locale: null }]);
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { name: 'About Key Ceremony' })).toBeInTheDocument();
  });

  it('starts in the language main kept for this installation', async () => {
    bridge('zh-CN');
    render(<App />);
    expect(await screen.findByRole('heading', { name: '关于 Key Ceremony' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: '主菜单' })).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByText('跳到主要内容')).toBeInTheDocument();
  });

  it('shows the Verify screen in Chinese, with main’s own summary kept as it is and marked English', async () => {
    installFakeBridge((channel: string) =>
      channel === 'app.installationKey'
        ? { publicKey: 'ab', fingerprint: '7K2M-Q9XD-4HTB-W3PA' }
        : channel === 'transcript.verify'
          ? {
              status: 'damaged',
              ok: false,
              head: null,
              problem: 'p',
              entry: { line: 7, kind: 'witnesses', field: 'sig' },
              fingerprint: null,
              summary: 'NOT VERIFIED: journal entry 7 (witnesses), field sig: changed',
              signer: null,
              signerHow: [],
              witnesses: null,
            }
          : null,
    );
    screensIn('zh-CN');
    render(<VerifyView />);
    expect(await screen.findByText('7K2M-Q9XD-4HTB-W3PA')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('记录文件（.json）'), {
      target: { files: [new File(['{}'], 't.json', { type: 'application/json' })] },
    });
    expect(await screen.findByTestId('verdict-entry')).toHaveTextContent(
      '位置：日志第 7 条（witnesses），字段 sig',
    );
    expect(screen.getByTestId('damage-advice')).toHaveTextContent(
      /^应对方法：不要依赖此记录文件中的任何内容。/,
    );
    expect(screen.getByText(/^NOT VERIFIED/)).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('heading', { name: '验证记录文件' }).closest('[lang]')).toHaveAttribute(
      'lang',
      'zh-CN',
    );
  });
});
