/**
 * The shared words in Simplified Chinese (issue #32): a vault's keys and a ceremony's journal, as the
 * common code words them for the page, follow the screens' language.
 */
import { screensIn } from '../helpers/screens-language';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VaultInventory } from '../../renderer/src/components/VaultInventory';
import { JournalReader } from '../../renderer/src/views/JournalReader';

import { installFakeBridge } from '../helpers/fake-bridge';
import { group, holder } from '../fixtures/groups';

beforeEach(async () => {
  screensIn('zh-CN');
});
afterEach(() => {
  cleanup();
  screensIn('en');
});

describe('the shared words in Chinese', () => {
  it('names a vault’s keys, their holders and shapes in Chinese', () => {
    installFakeBridge(null);
    const cobo = holder('Cobo', { type: 'Cobo' });
    const main = group('main-1', 'MainGroup', [cobo, holder('Alice', { signer: true })], {
      status: 'Valid',
      has_keys: true,
    });
    const recovery = group('rec-1', 'RecoveryGroup', [cobo, holder('Chen', { type: 'API' }), holder('Dana')]);
    render(<VaultInventory groups={[main, recovery]} records={[]} />);
    const keys = screen.getAllByTestId('inventory-key');
    expect(keys[0]).toHaveTextContent('主控私钥');
    expect(keys[0]).toHaveTextContent('2/2');
    expect(keys[0]).toHaveTextContent('Alice（Cobo Guard 或 Portal Mobile，签名人）');
    expect(keys[1]).toHaveTextContent('恢复私钥');
    expect(keys[1]).toHaveTextContent('尚无私钥分片');
    expect(keys[1]).toHaveTextContent('Chen（服务端签名人）');
    expect(screen.getByTestId('vault-inventory')).not.toHaveTextContent(
      /Main Key|Recovery Key|Server Signer/,
    );
  });

  it('reads a journal in Chinese, keeping its recorded values as they are', async () => {
    installFakeBridge((channel: string) =>
      channel === 'ceremony.journal'
        ? {
            entries: [
              {
                seq: 1,
                at: '2026-01-01T00:00:00.000Z',
                kind: 'ceremony_started',
                data: { kind: 'KeyGen', environment: 'sandbox' },
              },
              { seq: 2, at: '2026-01-01T00:01:00.000Z', kind: 'preflight', data: { ok: true } },
              {
                seq: 3,
                at: '2026-01-01T00:02:00.000Z',
                kind: 'status_observed',
                data: { status: 'KeyGenerating' },
              },
            ],
          }
        : null,
    );
    render(<JournalReader id="c-1" />);
    const reader = await screen.findByTestId('journal-reader');
    // The environment by its Chinese name, its code as journalled after it.
    expect(reader).toHaveTextContent('仪式已开始：KeyGen：创建根扩展公钥，离线沙盒（sandbox）');
    expect(reader).toHaveTextContent('已运行预检：所有检查均通过');
    expect(reader).toHaveTextContent('Cobo 报告该请求状态为 KeyGenerating');
    expect(reader).not.toHaveTextContent(/Ceremony started|Pre-flight run|The officer|The app/);
  });
});
