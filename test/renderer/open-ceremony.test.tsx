/**
 * A ceremony opened that the page has not listed (a reload restoring the place in the address, or one
 * older than History's page) is asked for, and the list is not shown in the meantime.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_PAGE } from '../../common/ceremony/history';
import { useCeremonies } from '../../renderer/src/store/ceremonies';
import { CeremoniesView } from '../../renderer/src/views/CeremoniesView';
import { newCeremony } from '../fixtures/ceremony';

const older = newCeremony({
  id: '22222222-2222-4222-8222-222222222222',
  phase: 'closed',
  outcome: 'success',
});
const NOT_FOUND = {
  code: 'ceremony.not_found',
  message: 'No such ceremony.',
  hint: 'Choose one from the list.',
};

/** A bridge whose ceremony.get answers `get` (or refuses), and whose list names nothing; calls recorded. */
function bridge(get: 'found' | 'gone', gate: Promise<void> = Promise.resolve()) {
  const calls: string[] = [];
  const invoke = new Proxy(
    {},
    {
      get: (_, channel: string) => async () => {
        calls.push(channel);
        if (channel === 'ceremony.get') {
          await gate;
          return get === 'found' ? { ok: true, value: older } : { ok: false, error: NOT_FOUND };
        }
        if (channel === 'ceremony.list')
          return { ok: true, value: { ceremonies: [], damaged: [], historyTotal: 0 } };
        return { ok: true, value: null };
      },
    },
  );
  const on = new Proxy({}, { get: () => () => () => undefined });
  (window as unknown as { keyCeremony: unknown }).keyCeremony = { invoke, on };
  return calls;
}

beforeEach(() =>
  useCeremonies.setState({
    ceremonies: {},
    damaged: [],
    openId: null,
    error: null,
    historyLimit: HISTORY_PAGE,
    historyTotal: 0,
  }),
);
afterEach(cleanup);

describe('opening a ceremony the page has not listed', () => {
  it('asks main for it, keeps it through a listing that does not name it, and shows no list meanwhile', async () => {
    let release = () => {};
    const calls = bridge('found', new Promise<void>((r) => (release = r)));
    useCeremonies.getState().open(older.id);
    render(<CeremoniesView />);
    expect(screen.getByText('Loading the ceremony…')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Start a ceremony' })).toBeNull();
    release();
    await waitFor(() => expect(useCeremonies.getState().ceremonies[older.id]).toEqual(older));
    expect(calls).toContain('ceremony.get');
    await useCeremonies.getState().load();
    expect(useCeremonies.getState().ceremonies[older.id]).toEqual(older);
  });

  it('does not keep a ceremony main now lists as damaged', async () => {
    bridge('found');
    useCeremonies.setState({ ceremonies: { [older.id]: older }, openId: older.id });
    const damaged = [{ id: older.id } as never];
    (window as unknown as { keyCeremony: { invoke: Record<string, unknown> } }).keyCeremony.invoke =
      new Proxy(
        {},
        {
          get: () => async () => ({ ok: true, value: { ceremonies: [], damaged, historyTotal: 0 } }),
        },
      );
    await useCeremonies.getState().load();
    expect(useCeremonies.getState().ceremonies[older.id]).toBeUndefined();
    expect(useCeremonies.getState().damaged).toEqual(damaged);
  });

  it('goes back to the list with what happened when main has no such ceremony', async () => {
    bridge('gone');
    useCeremonies.getState().open(older.id);
    await waitFor(() => expect(useCeremonies.getState().openId).toBeNull());
    expect(useCeremonies.getState().error).toEqual(NOT_FOUND);
  });
});
