/** History's search and filters, and its journal reader (issue #29, item 16). */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_PAGE } from '../../common/ceremony/history';
import { useCeremonies } from '../../renderer/src/store/ceremonies';
import { HistoryView } from '../../renderer/src/views/HistoryView';
import { newCeremony } from '../fixtures/ceremony';
import { installFakeBridge } from '../helpers/fake-bridge';

const c = (n: number, over: Parameters<typeof newCeremony>[0]) =>
  newCeremony({
    id: `00000000-0000-4000-8000-00000000000${n}`,
    phase: 'closed',
    createdAt: `2026-01-0${n}T00:00:00.000Z`,
    ...over,
  });
const list = [
  c(1, { kind: 'KeyGen', vaultName: 'Treasury', outcome: 'success' }),
  c(2, { kind: 'Recovery', vaultName: 'Treasury', outcome: 'abandoned', witnesses: ['Wendy Witness'] }),
  c(3, { kind: 'KeyGen', vaultName: 'Cold Store', outcome: 'failed', environment: 'development' }),
];

beforeEach(() => {
  useCeremonies.setState({ ceremonies: {}, damaged: [], historyLimit: HISTORY_PAGE, historyTotal: 0 });
  installFakeBridge((channel: string) =>
    channel === 'ceremony.list'
      ? { ceremonies: list, damaged: [], historyTotal: list.length }
      : channel === 'ceremony.journal'
        ? {
            entries: [
              {
                seq: 1,
                at: '2026-01-01T00:00:00.000Z',
                kind: 'ceremony_started',
                data: { kind: 'KeyGen', environment: 'sandbox' },
              },
              {
                seq: 2,
                at: '2026-01-01T00:01:00.000Z',
                kind: 'status_observed',
                data: { status: 'Success' },
              },
            ],
          }
        : null,
  );
});
afterEach(cleanup);

const rows = () => screen.queryAllByTestId('history-item');

describe('History’s search and filters', () => {
  it('narrows the list by words, kind, outcome and environment, and says how many match', async () => {
    render(<HistoryView />);
    await screen.findAllByTestId('history-item');
    expect(rows()).toHaveLength(3);
    fireEvent.change(screen.getByLabelText('Search (vault, id, holder, witness)'), {
      target: { value: 'treasury' },
    });
    expect(rows()).toHaveLength(2);
    expect(screen.getByTestId('filtered')).toHaveTextContent('2 of the 3 ceremonies shown match.');
    fireEvent.change(screen.getByLabelText('Search (vault, id, holder, witness)'), {
      target: { value: 'wendy' },
    });
    expect(rows()).toHaveLength(1);
    fireEvent.change(screen.getByLabelText('Search (vault, id, holder, witness)'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'KeyGen' } });
    expect(rows()).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('Outcome'), { target: { value: 'failed' } });
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toHaveTextContent('Cold Store');
    fireEvent.change(screen.getByLabelText('Environment'), { target: { value: 'sandbox' } });
    expect(rows()).toHaveLength(0);
  });

  it('opens a ceremony’s journal as a readable timeline, and closes it', async () => {
    render(<HistoryView />);
    const first = (await screen.findAllByTestId('history-item'))[0]!;
    const button = first.querySelector('button[aria-expanded]') as HTMLButtonElement;
    expect(button).toHaveTextContent('Read the journal');
    await act(async () => {
      fireEvent.click(button);
    });
    const reader = await screen.findByTestId('journal-reader');
    const items = reader.querySelectorAll('li');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(
      /^#1 · .* · The officerCeremony started: KeyGen: create the root keys, Offline sandbox \(sandbox\)$/,
    );
    expect(items[1]).toHaveTextContent('Cobo reported the request as Success');
    fireEvent.click(button);
    expect(screen.queryByTestId('journal-reader')).toBeNull();
  });
});
