/**
 * The report, the run sheet and Holder phones in Chinese (issue #32), and the report and the script
 * printed in either language whatever the screens' is: the printed part in the language chosen for
 * printing, with its `lang`; the sheet recorded in the journal in English either way.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReportView } from '../../renderer/src/views/ReportView';
import { RunSheetView } from '../../renderer/src/views/RunSheetView';
import { HolderPhonesView } from '../../renderer/src/views/HolderPhonesView';
import { useLanguage } from '../../renderer/src/store/language';
import { useSandboxHolders } from '../../renderer/src/store/sandbox-holders';
import { runSheet } from '../../common/ceremony/run-sheet';
import { EN, ENGLISH, richTranslator, translator } from '../../common/i18n/translate';
import { zhCN } from '../../common/i18n/messages/zh-CN';
import type { Locale } from '../../common/i18n/locales';
import { newCeremony } from '../fixtures/ceremony';
import { installFakeBridge } from '../helpers/fake-bridge';

const screensIn = (locale: Locale) => {
  const catalogue = locale === 'zh-CN' ? zhCN : ENGLISH;
  useLanguage.setState({
    locale,
    chosen: locale,
    t: translator(locale, catalogue),
    rich: richTranslator(locale, catalogue),
  });
};

beforeEach(() => screensIn('en'));
afterEach(cleanup);

const at = '2026-03-01T09:15:00.000Z';
const noCobo = { groups: [], nodes: [], cobo: [], error: null, loaded: true, reload: () => undefined };
const planned = newCeremony({ checklist: { witnesses_present: at } });
const recorded = runSheet(planned, { groups: [], participants: [], rootKeyFingerprints: [] }, EN);
const ceremony = {
  ...planned,
  scripts: [{ version: 1, sha256: 'ab'.repeat(32), at, acts: [...recorded.acts] }],
};

describe('the report, printed in either language', () => {
  it('prints in Chinese while the screens are English, the script recorded in English included', async () => {
    installFakeBridge();
    render(<ReportView ceremony={ceremony} />);
    await act(async () => {});
    expect(screen.getByRole('heading', { name: 'Key ceremony report' })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Print in:'), { target: { value: 'zh-CN' } });
    const report = await screen.findByTestId('report');
    await waitFor(() => expect(report).toHaveAttribute('lang', 'zh-CN'));
    expect(within(report).getByRole('heading', { name: '私钥仪式报告' })).toBeInTheDocument();
    expect(within(report).getByRole('heading', { name: '发送之前' })).toBeInTheDocument();
    expect(within(report).queryByText('Key ceremony report')).toBeNull();
    expect(within(report).queryByText('Before the send')).toBeNull();
    // The script was recorded in English; the report gives its steps in the language it is printed in.
    const script = within(report).getAllByTestId('report-annotated-script')[0]!;
    expect(script).toHaveTextContent('第 1 部分 — 开始之前');
    expect(script).toHaveTextContent('现场检查：见证人均已到场');
    expect(script).toHaveTextContent('已勾选');
    expect(script).not.toHaveTextContent('Room check');
    // The choice itself stays in the screens' language, and is not printed.
    expect(screen.getByTestId('print-language')).toHaveClass('no-print');
    expect(screen.getByTestId('print-language')).toHaveAttribute('lang', 'en');
  });

  it('prints in English while the screens are Chinese', async () => {
    screensIn('zh-CN');
    installFakeBridge();
    render(<ReportView ceremony={ceremony} />);
    await act(async () => {});
    expect(screen.getByRole('heading', { name: '私钥仪式报告' })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('打印语言：'), { target: { value: 'en' } });
    const report = await screen.findByTestId('report');
    await waitFor(() => expect(report).toHaveAttribute('lang', 'en'));
    expect(within(report).getByRole('heading', { name: 'Key ceremony report' })).toBeInTheDocument();
    expect(within(report).getByTestId('report-checks')).toHaveTextContent(
      'The witnesses are present: ticked',
    );
    expect(within(report).queryByText('私钥仪式报告')).toBeNull();
  });
});

describe('the run sheet, printed in either language', () => {
  it('follows Chinese screens, prints in English on request, and records the English sheet either way', async () => {
    screensIn('zh-CN');
    const calls = installFakeBridge((channel: string) =>
      channel === 'ceremony.scriptPrinted' ? { sha256: 'cd'.repeat(32), version: 1, supersedes: null } : null,
    );
    render(<RunSheetView ceremony={planned} data={noCobo} />);
    await act(async () => {});
    const sheet = screen.getByTestId('run-sheet');
    expect(sheet).toHaveAttribute('lang', 'zh-CN');
    expect(within(sheet).getByRole('heading', { name: '角色' })).toBeInTheDocument();
    expect(sheet).toHaveTextContent('第 1 部分 — 开始之前');
    expect(sheet).not.toHaveTextContent('Act 1 — Before');
    fireEvent.change(screen.getByLabelText('打印语言：'), { target: { value: 'en' } });
    await waitFor(() => expect(screen.getByTestId('run-sheet')).toHaveAttribute('lang', 'en'));
    expect(screen.getByRole('heading', { name: 'Roles' })).toBeInTheDocument();
    expect(screen.getByTestId('run-sheet')).toHaveTextContent('Act 1 — Before');
    // One sheet recorded, the English one, whatever the language shown: the same hash in both.
    const printed = calls.filter(([channel]) => channel === 'ceremony.scriptPrinted');
    expect(printed.length).toBeGreaterThan(0);
    for (const [, input] of printed)
      expect((input as { sheet: unknown }).sheet).toEqual(JSON.parse(JSON.stringify(recorded)));
  });
});

describe('Holder phones in Chinese', () => {
  it('shows its heading and a card in Chinese', async () => {
    screensIn('zh-CN');
    useSandboxHolders.setState({ holders: [], loaded: false });
    installFakeBridge((channel: string) =>
      channel === 'sandbox.holders'
        ? {
            holders: [
              {
                tss_node_id: 'node-Alice',
                name: 'Alice',
                type: 'Mobile',
                online: false,
                status: 'Valid',
                replaces: null,
                frozen: false,
                pending: [],
              },
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
    expect(screen.getByRole('heading', { name: '持有者手机' })).toBeInTheDocument();
    const card = screen.getByTestId('holder-card');
    expect(card).toHaveTextContent('移动端签名人（手机）');
    expect(card).toHaveTextContent('离线');
    expect(within(card).getByRole('button', { name: '恢复在线' })).toBeInTheDocument();
    expect(screen.queryByText('Holder phones')).toBeNull();
    expect(screen.queryByText('Bring online')).toBeNull();
  });
});
