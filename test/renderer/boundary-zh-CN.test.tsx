/**
 * What the boundaries refuse, on the page in Chinese (issue #32): the bridge's own refusals reach the
 * screen as keys the page says in its language, and Cobo's items without a name are named in it.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VaultView } from '../../common/contract';
import { createBridge, type Transport } from '../../preload/bridge';
import { GroupCard } from '../../renderer/src/components/GroupCard';
import { VaultStep } from '../../renderer/src/steps/VaultStep';
import { newCeremony } from '../fixtures/ceremony';
import { group, holder } from '../fixtures/groups';
import { screensIn } from '../helpers/screens-language';

/** The real bridge, over a transport that answers each call with `answer`. */
function installBridge(answer: (channel: string, input: unknown) => Promise<unknown>): void {
  const transport: Transport = { invoke: answer, subscribe: () => () => undefined };
  (window as unknown as { keyCeremony: unknown }).keyCeremony = createBridge(transport);
}

const run = async (action: () => Promise<unknown>) => {
  await action();
  return null;
};

const unnamedVault: VaultView = {
  vault_id: '',
  name: 'Unnamed vault',
  nameSaid: { key: 'boundary.cobo.unnamedVault' },
  type: 'Org-Controlled',
  root_pubkeys: [],
  problem: 'Cobo listed a vault without its vault_id.',
  problemSaid: { key: 'verdicts.cobo.vaultNoId' },
};

beforeEach(() => screensIn('zh-CN'));
afterEach(() => {
  cleanup();
  screensIn('en');
});

describe('the bridge’s own refusals on the page', () => {
  it('says “main could not be reached” in Chinese, with no English', async () => {
    installBridge(() => Promise.reject(new Error('gone')));
    render(
      <VaultStep ceremony={newCeremony({ kind: 'KeyGen' })} data={{} as never} run={run} busy={false} />,
    );
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveAttribute('data-error-code', 'bridge.unreachable');
    expect(notice).toHaveTextContent('应用无法连接其主进程。');
    expect(notice).toHaveTextContent('请重新启动 Key Ceremony。如果问题持续，请报告并注明发生的时间。');
    expect(notice.textContent?.replaceAll('Key Ceremony', '')).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('says a call not sent in Chinese, keeping only the field’s path', async () => {
    const sent: string[] = [];
    installBridge((channel) => {
      sent.push(channel);
      return Promise.resolve({ ok: true, value: { vaults: [] } });
    });
    render(
      <VaultStep
        ceremony={newCeremony({ kind: 'KeyGen', profileId: 'not-a-uuid' })}
        data={{} as never}
        run={run}
        busy={false}
      />,
    );
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveAttribute('data-error-code', 'bridge.invalid_input');
    expect(notice).toHaveTextContent('请求未发送：字段 profileId 必须是有效的唯一 ID。');
    expect(notice).toHaveTextContent('请更正标出的值后重试。');
    expect(notice.textContent?.replace('profileId', '').replaceAll('ID', '')).not.toMatch(/[A-Za-z]{2,}/);
    expect(sent).toEqual([]);
  });

  it('says an answer off the contract in Chinese', async () => {
    installBridge(() => Promise.resolve({ ok: true, value: { vaults: 'nonsense' } }));
    render(
      <VaultStep ceremony={newCeremony({ kind: 'KeyGen' })} data={{} as never} run={run} busy={false} />,
    );
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('主进程应答的数据与约定的格式不符。');
    expect(notice).toHaveTextContent('请重新启动 Key Ceremony，并将此情况报告给管理员。');
  });
});

describe('Cobo’s items without a name', () => {
  it('names an unnamed vault in Chinese in the list of vaults', async () => {
    installBridge(() => Promise.resolve({ ok: true, value: { vaults: [unnamedVault] } }));
    render(
      <VaultStep ceremony={newCeremony({ kind: 'KeyGen' })} data={{} as never} run={run} busy={false} />,
    );
    expect(await screen.findByText('未命名的 Vault')).toBeInTheDocument();
    expect(screen.queryByText('Unnamed vault')).toBeNull();
  });

  it('names an unnamed holder in Chinese in a group’s card, and a named one as Cobo named it', () => {
    const unnamed = holder('x', {
      tss_node_id: '',
      name: 'Unnamed holder',
      nameSaid: { key: 'boundary.cobo.unnamedHolder' },
    });
    render(<GroupCard group={group('g1', 'MainGroup', [unnamed, holder('Alice')])} needed={2} />);
    expect(screen.getByText('未命名的持有者')).toBeInTheDocument();
    expect(screen.getByText('Alice')).toBeInTheDocument();
    expect(screen.queryByText('Unnamed holder')).toBeNull();
  });
});
