/**
 * The steps that run a ceremony in Simplified Chinese (issue #32): the live status, the verification
 * and the pre-flight say their words from the catalogue, with Cobo's status names, ids and the
 * holders' names kept as they are.
 */
import { screensIn } from '../helpers/screens-language';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ceremony } from '../../common/contract';
import { StatusStep } from '../../renderer/src/steps/StatusStep';
import { VerifyStep } from '../../renderer/src/steps/VerifyStep';
import { PreflightStep } from '../../renderer/src/steps/PreflightStep';
import type { StepProps } from '../../renderer/src/steps/StepProps';

import { newCeremony } from '../fixtures/ceremony';
import { group, holder, selection } from '../fixtures/groups';
import { installFakeBridge } from '../helpers/fake-bridge';

const cobo = holder('Cobo', { type: 'Cobo' });
const main = group('main', 'MainGroup', [cobo, holder('Alice'), holder('Bilal')]);
const XPUB =
  'xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8';

const props = (ceremony: Ceremony): StepProps => ({
  ceremony,
  data: { groups: [main], nodes: [], cobo: [cobo], error: null, loaded: true, reload: () => {} },
  run: async () => null,
  busy: false,
});

beforeEach(async () => {
  installFakeBridge();
  screensIn('zh-CN');
});
afterEach(() => {
  cleanup();
  screensIn('en');
});

describe('running a ceremony in Chinese', () => {
  it('follows the request in Chinese, naming the holders and the request as they are', () => {
    render(
      <StatusStep
        {...props(
          newCeremony({
            environment: 'development',
            phase: 'tracking',
            tssRequestId: 'req-1',
            statuses: [{ status: 'PendingKeyHolderConfirmation', at: new Date().toISOString() }],
            selection: selection({ targetGroupId: 'main' }),
          }),
        )}
      />,
    );
    expect(screen.getByRole('list', { name: '状态时间线' })).toBeInTheDocument();
    expect(screen.getByTestId('waiting-on')).toHaveTextContent(
      '正在等待 2 位持有者在 Cobo Guard 或 Portal Mobile 中点击“开始”（仅需一次）：Alice、Bilal。',
    );
    expect(screen.getByText('req-1')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '取消请求…' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel the request…' })).toBeNull();
    expect(screen.queryByText(/Waiting for/)).toBeNull();
  });

  it('shows the root keys to compare, and the pre-flight, in Chinese', () => {
    render(
      <VerifyStep
        {...props(
          newCeremony({
            kind: 'KeyGen',
            outcome: 'success',
            vaultName: 'Treasury',
            rootKeysAfter: [{ curve: 'SECP256K1', root_pubkey: XPUB }],
          }),
        )}
      />,
    );
    expect(screen.getByRole('heading', { name: '持有者在何处读取这些公钥' })).toBeInTheDocument();
    expect(screen.getByText(/MPC 钱包 → “Treasury” → 私钥分片管理/)).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: '持有者已将这些公钥与各自设备上显示的进行比对' }),
    ).toBeEnabled();
    expect(screen.queryByText('Where the custodians read the keys')).toBeNull();
    cleanup();
    render(<PreflightStep {...props(newCeremony({}))} />);
    expect(screen.getByRole('group', { name: '现场检查清单' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '运行检查' })).toBeInTheDocument();
    expect(screen.getByTestId('preflight-blocking')).toHaveTextContent(
      '继续之前，请先：勾选全部 3 项现场检查；运行检查。',
    );
    expect(screen.queryByRole('button', { name: 'Run the checks' })).toBeNull();
  });
});
