/**
 * A damaged record's reason and a ceremony's failure in Simplified Chinese (issue #32): main sends
 * them as message keys beside its English, and the page says them in its language; a sentence this
 * build cannot say shows main's English.
 */
import { screensIn } from '../helpers/screens-language';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ceremony, DamagedRecord } from '../../common/contract';
import { HISTORY_PAGE } from '../../common/ceremony/history';
import { said } from '../../common/i18n/translate';
import { NAMES } from '../../common/i18n/do-not-translate';
import { useCeremonies } from '../../renderer/src/store/ceremonies';
import { HistoryView } from '../../renderer/src/views/HistoryView';
import { CloseStep } from '../../renderer/src/steps/CloseStep';
import { StatusStep } from '../../renderer/src/steps/StatusStep';
import type { StepProps } from '../../renderer/src/steps/StepProps';
import { newCeremony } from '../fixtures/ceremony';
import { installFakeBridge } from '../helpers/fake-bridge';

/** Latin words left once the kept names and the values shown are taken out. */
function latin(text: string, values: readonly string[] = []): string[] {
  let rest = text;
  for (const kept of [...Object.values(NAMES), ...values].sort((a, b) => b.length - a.length))
    rest = rest.split(kept).join(' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

beforeEach(() => {
  useCeremonies.setState({ ceremonies: {}, damaged: [], historyLimit: HISTORY_PAGE, historyTotal: 0 });
  screensIn('zh-CN');
});
afterEach(() => {
  cleanup();
  screensIn('en');
});

const ENGLISH_SUMMARY =
  'The ceremony’s record: the ceremony’s state file is missing or unreadable. The files were changed outside the app; keep them as they are, export the record (it is marked as damaged) and report it to your security team.';

/** A damaged record as main sends it (record-load.ts's damagedEntry): the reason said as keys. */
const damaged = (withSaid: boolean): DamagedRecord => ({
  id: 'broken',
  kind: 'KeyGen',
  environment: 'sandbox',
  vaultName: 'Old',
  startedAt: null,
  entries: 3,
  problem: {
    line: null,
    entryKind: null,
    field: null,
    reason: 'the ceremony’s state file is missing or unreadable',
  },
  summary: ENGLISH_SUMMARY,
  ...(withSaid
    ? {
        said: said('verdicts.record.damaged', {
          what: said('verdicts.record.whole', { reason: said('records.load.noState') }),
        }),
      }
    : {}),
});

const listing = (record: DamagedRecord) => (channel: string) =>
  channel === 'ceremony.list'
    ? { ceremonies: [], damaged: [record], historyTotal: 0, recordIndex: null }
    : null;

describe('a damaged record in History, in Chinese', () => {
  it('says the reason in Chinese, with no English left', async () => {
    installFakeBridge(listing(damaged(true)));
    render(<HistoryView />);
    const summary = await screen.findByTestId('damage-summary');
    expect(summary).toHaveTextContent(
      '仪式的记录：仪式的状态文件缺失或无法读取。这些文件在应用之外被更改过；请保持原样，导出该记录（它会被标记为已损坏），并报告给您的安全团队。',
    );
    expect(summary).not.toHaveAttribute('lang');
    const record = screen.getByTestId('damaged-record');
    expect(latin(record.textContent ?? '', ['KeyGen', 'Old', 'sandbox'])).toEqual([]);
  });

  it('shows main’s English, marked so, when there is no sentence to say', async () => {
    installFakeBridge(listing(damaged(false)));
    render(<HistoryView />);
    expect(await screen.findByTestId('damage-summary')).toHaveAttribute('lang', 'en');
    expect(screen.getByTestId('damage-summary')).toHaveTextContent(ENGLISH_SUMMARY);
  });
});

const CANCELLED = 'The request was cancelled; nothing was created.';
const props = (ceremony: Ceremony): StepProps => ({
  ceremony,
  data: { groups: [], nodes: [], cobo: [], error: null, loaded: true, reload: () => {} },
  run: async () => null,
  busy: false,
});
const ended = (over: Partial<Ceremony>) =>
  newCeremony({ phase: 'finished', outcome: 'cancelled', failure: CANCELLED, ...over });

describe('a ceremony’s failure, in Chinese', () => {
  it('on the live status and at the close', () => {
    installFakeBridge();
    const ceremony = ended({ failureSaid: said('records.failure.cancelled') });
    render(<StatusStep {...props(ceremony)} />);
    expect(screen.getByTestId('failure')).toHaveTextContent('请求已取消；未创建任何内容。');
    expect(screen.queryByText(CANCELLED)).toBeNull();
    cleanup();
    render(<CloseStep {...props(ceremony)} />);
    expect(screen.getByTestId('summary')).toHaveTextContent('请求已取消；未创建任何内容。');
    expect(screen.queryByText(CANCELLED)).toBeNull();
  });

  it('a record from before the sentences were kept shows its English', () => {
    installFakeBridge();
    render(<StatusStep {...props(ended({}))} />);
    expect(screen.getByTestId('failure')).toHaveTextContent(CANCELLED);
    cleanup();
    // A key this build does not know: main's English too.
    render(<CloseStep {...props(ended({ failureSaid: { key: 'records.failure.later' } }))} />);
    expect(screen.getByTestId('summary')).toHaveTextContent(CANCELLED);
  });
});
