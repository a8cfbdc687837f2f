/**
 * History in Simplified Chinese (issue #32): headings, filters, a ceremony's line and a damaged record
 * come from the catalogue; main's own summary of the damage is kept as it is and marked English.
 */
import { screensIn } from '../helpers/screens-language';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_PAGE } from '../../common/ceremony/history';
import { useCeremonies } from '../../renderer/src/store/ceremonies';

import { HistoryView } from '../../renderer/src/views/HistoryView';

import { installFakeBridge } from '../helpers/fake-bridge';
import { newCeremony } from '../fixtures/ceremony';

beforeEach(async () => {
  useCeremonies.setState({ ceremonies: {}, damaged: [], historyLimit: HISTORY_PAGE, historyTotal: 0 });
  screensIn('zh-CN');
});
afterEach(() => {
  cleanup();
  screensIn('en');
});

describe('History in Chinese', () => {
  it('shows the list, its filters and a damaged record in Chinese', async () => {
    const closed = newCeremony({
      id: '00000000-0000-4000-8000-000000000001',
      phase: 'closed',
      outcome: 'success',
      vaultName: 'Treasury',
    });
    installFakeBridge((channel: string) =>
      channel === 'ceremony.list'
        ? {
            ceremonies: [closed],
            damaged: [
              {
                id: 'broken',
                kind: 'KeyGen',
                environment: 'sandbox',
                vaultName: 'Old',
                startedAt: null,
                entries: 3,
                problem: { line: 4, entryKind: 'status', field: 'at', reason: 'changed' },
                summary: 'Journal line 4 was changed.',
              },
            ],
            historyTotal: 1,
            recordIndex: null,
          }
        : null,
    );
    render(<HistoryView />);
    expect(await screen.findByRole('heading', { name: '1 条记录已损坏' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '历史记录' }).closest('[lang]')).toHaveAttribute(
      'lang',
      'zh-CN',
    );
    expect(screen.getByTestId('damage-where')).toHaveTextContent('位置：日志第 4 行（status），字段 at');
    expect(screen.getByText('Journal line 4 was changed.')).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('search', { name: '搜索历史记录' })).toBeInTheDocument();
    expect(screen.getByLabelText('结果')).toHaveTextContent('成功');
    expect(screen.getByTestId('history-item')).toHaveTextContent('结果 成功');
    expect(screen.getByRole('button', { name: /^导出已签名的记录文件/ })).toBeInTheDocument();
    for (const english of ['History', 'One record is damaged', 'Printable report', 'Read the journal'])
      expect(screen.queryByText(english)).toBeNull();
  });

  it('says why the signed index of the ceremonies is not trusted in Chinese, main’s English as the fallback', async () => {
    const english =
      'the installation’s index of its ceremonies was replaced by an older one (version 3; the keychain remembers version 5): ceremonies may have been rolled back or removed';
    const listing = (recordIndexSaid: unknown) => ({
      ceremonies: [],
      damaged: [],
      historyTotal: 0,
      recordIndex: english,
      recordIndexSaid,
    });
    installFakeBridge((channel: string) =>
      channel === 'ceremony.list'
        ? listing({ key: 'records.index.older', values: { found: '3', version: '5' } })
        : null,
    );
    render(<HistoryView />);
    const notice = await screen.findByTestId('record-index-problem');
    expect(notice).toHaveTextContent(
      '记录可能已被回滚或删除：本安装实例的仪式索引被替换为较旧的一份（版本 3；钥匙串记得的是版本 5）：仪式可能已被回滚或删除。',
    );
    expect(notice.textContent).not.toMatch(/[A-Za-z]{2,}/);
    cleanup();
    // A key this build does not know: main's English is shown rather than nothing.
    installFakeBridge((channel: string) =>
      channel === 'ceremony.list' ? listing({ key: 'records.index.fromLaterBuild' }) : null,
    );
    render(<HistoryView />);
    expect(await screen.findByTestId('record-index-problem')).toHaveTextContent(english);
  });
});
