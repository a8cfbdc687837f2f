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

const rows = () => screen.getByRole('list', { name: 'Ceremonies' }).querySelectorAll(':scope > li').length;

describe('History, a page at a time', () => {
  it('shows the open ceremonies and the newest page, says how many exist, and brings the older ones', async () => {
    const calls = history();
    render(<HistoryView />);
    await waitFor(() => expect(rows()).toBe(HISTORY_PAGE + 1));
    expect(
      screen.getByText(`Showing the newest ${HISTORY_PAGE} of ${TOTAL} closed or abandoned ceremonies.`),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: `Show ${HISTORY_PAGE} older ceremonies` }));
    await waitFor(() => expect(rows()).toBe(HISTORY_PAGE * 2 + 1));
    expect(calls.filter(([c]) => c === 'ceremony.list').map(([, i]) => i)).toEqual([
      { historyLimit: HISTORY_PAGE },
      { historyLimit: HISTORY_PAGE * 2 },
    ]);
    // The last page is smaller, and after it nothing more is offered.
    fireEvent.click(screen.getByRole('button', { name: 'Show 3 older ceremonies' }));
    await waitFor(() => expect(rows()).toBe(TOTAL + 1));
    expect(screen.queryByRole('button', { name: /older/ })).toBeNull();
  });
});
