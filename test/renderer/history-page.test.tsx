/**
 * History a page at a time: the newest closed or abandoned ceremonies first, how many exist in all,
 * and the next page on request.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_PAGE } from '../../common/ceremony/history';
import { useCeremonies } from '../../renderer/src/store/ceremonies';
import { HistoryView } from '../../renderer/src/views/HistoryView';
import { installFakeBridge } from '../helpers/fake-bridge';
import { newCeremony } from '../fixtures/ceremony';
import { selection } from '../fixtures/groups';

const TOTAL = HISTORY_PAGE * 2 + 3;
const closed = Array.from({ length: TOTAL }, (_, i) =>
  newCeremony({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    phase: 'closed',
    outcome: 'success',
    createdAt: new Date(Date.UTC(2026, 0, 1) + (TOTAL - i) * 60_000).toISOString(),
  }),
);
const open = newCeremony({ id: '11111111-1111-4111-8111-111111111111', phase: 'preparing' });

function history() {
  return installFakeBridge((channel: string, input: unknown) =>
    channel === 'ceremony.list'
      ? {
          ceremonies: [open, ...closed.slice(0, (input as { historyLimit: number }).historyLimit)],
          damaged: [],
          historyTotal: TOTAL,
        }
      : null,
  );
}

beforeEach(() =>
  useCeremonies.setState({ ceremonies: {}, damaged: [], historyLimit: HISTORY_PAGE, historyTotal: 0 }),
);
afterEach(cleanup);

/** Clicks a button once it can be used: the one that loaded a page stays disabled until its load ends. */
async function clickWhenReady(name: string) {
  const button = screen.getByRole('button', { name });
  await waitFor(() => expect(button).toBeEnabled());
  fireEvent.click(button);
}

const rows = () => screen.getByRole('list', { name: 'Ceremonies' }).querySelectorAll(':scope > li').length;

describe('History, a page at a time', () => {
  it('shows the open ceremonies and the newest page, says how many exist, and brings the older ones', async () => {
    const calls = history();
    render(<HistoryView />);
    await waitFor(() => expect(rows()).toBe(HISTORY_PAGE + 1));
    expect(
      screen.getByText(`Showing the newest ${HISTORY_PAGE} of ${TOTAL} closed or abandoned ceremonies.`),
    ).toBeInTheDocument();
    await clickWhenReady(`Show ${HISTORY_PAGE} older ceremonies`);
    await waitFor(() => expect(rows()).toBe(HISTORY_PAGE * 2 + 1));
    expect(calls.filter(([c]) => c === 'ceremony.list').map(([, i]) => i)).toEqual([
      { historyLimit: HISTORY_PAGE },
      { historyLimit: HISTORY_PAGE * 2 },
    ]);
    // The last page is smaller, and after it nothing more is offered.
    await clickWhenReady('Show 3 older ceremonies');
    await waitFor(() => expect(rows()).toBe(TOTAL + 1));
    expect(screen.queryByRole('button', { name: /older/ })).toBeNull();
  });
});

describe('History flags a drill whose key was since replaced', () => {
  it('says the drilled Main Key was replaced by a Recovery, and that its files must be destroyed', async () => {
    const drilled = newCeremony({
      id: '22222222-2222-4222-8222-222222222222',
      kind: 'RecoveryDrill',
      phase: 'closed',
      outcome: 'success',
      createdAt: '2026-11-01T10:00:00.000Z',
      selection: selection({ targetGroupId: 'main-1' }),
    });
    const recovery = newCeremony({
      id: '33333333-3333-4333-8333-333333333333',
      kind: 'Recovery',
      phase: 'closed',
      outcome: 'success',
      createdAt: '2026-11-20T10:00:00.000Z',
      formerMainGroupId: 'main-1',
      selection: selection({ targetGroupId: 'main-2', sourceGroupId: 'rec' }),
    });
    const unrelated = {
      ...drilled,
      id: '44444444-4444-4444-8444-444444444444',
      selection: selection({ targetGroupId: 'rec' }),
    };
    installFakeBridge((channel: string) =>
      channel === 'ceremony.list'
        ? { ceremonies: [drilled, recovery, unrelated], damaged: [], historyTotal: 3 }
        : null,
    );
    render(<HistoryView />);
    const flags = await screen.findAllByTestId('drill-outdated');
    // Only the drill of the replaced key: the Recovery Key's drill still holds.
    expect(flags).toHaveLength(1);
    expect(flags[0]).toHaveTextContent(
      `Outdated: the key these recovery files were proven for was replaced as the Main Key by a Recovery on ${new Date('2026-11-20T10:00:00.000Z').toLocaleDateString()}. The files still rebuild the same root key: have their holders destroy them`,
    );
    expect(flags[0]!.closest('li')).toHaveTextContent(new Date(drilled.createdAt).toLocaleString());
  });
});
