/**
 * The witnesses of the last ceremony are offered again at check-in (issue #29, item 14): editable, and
 * recorded only when saved. Never from a ceremony of another environment.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CheckinStep } from '../../renderer/src/steps/CheckinStep';
import { useCeremonies } from '../../renderer/src/store/ceremonies';
import { newCeremony } from '../fixtures/ceremony';
import { installFakeBridge } from '../helpers/fake-bridge';

const earlier = (environment: 'sandbox' | 'development', witnesses: string[], createdAt: string) =>
  newCeremony({
    id: `${createdAt.slice(0, 4)}${createdAt.slice(5, 7)}00-1d2a-4b7a-9c1e-1f2e3d4c5b6a`,
    environment,
    witnesses,
    phase: 'closed',
    createdAt,
  });
const current = newCeremony({ id: '9b1f8c2e-1d2a-4b7a-9c1e-1f2e3d4c5b6a' });
const data = { groups: [], nodes: [], cobo: [], error: null, loaded: true, reload: () => {} };
const run = vi.fn(async (action: () => Promise<unknown>) => {
  await action();
  return null;
});

beforeEach(() => useCeremonies.setState({ ceremonies: {} }));
afterEach(cleanup);

describe('witnesses at check-in', () => {
  it('offers the newest earlier list of the same environment, and records it only when saved', async () => {
    const old = earlier('sandbox', ['Old Witness'], '2025-01-01T00:00:00.000Z');
    const last = earlier('sandbox', ['Wendy Witness', 'Omar Observer'], '2025-06-01T00:00:00.000Z');
    const real = earlier('development', ['Someone Else'], '2025-12-01T00:00:00.000Z');
    useCeremonies.setState({ ceremonies: { [old.id]: old, [last.id]: last, [real.id]: real } });
    const calls = installFakeBridge();
    render(<CheckinStep ceremony={current} data={data} run={run} busy={false} />);
    expect(screen.getByLabelText('Witnesses (one name per line)')).toHaveValue(
      'Wendy Witness\nOmar Observer',
    );
    expect(screen.getByTestId('witnesses-offered')).toHaveTextContent('Nothing is recorded until you do.');
    expect(calls).toEqual([]);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save witnesses' }));
    });
    expect(calls).toEqual([
      ['ceremony.setWitnesses', { id: current.id, witnesses: ['Wendy Witness', 'Omar Observer'] }],
    ]);
  });

  it('offers nothing when the ceremony has its own, or no earlier one of its environment has any', () => {
    const real = earlier('development', ['Someone Else'], '2025-12-01T00:00:00.000Z');
    useCeremonies.setState({ ceremonies: { [real.id]: real } });
    installFakeBridge();
    render(<CheckinStep ceremony={current} data={data} run={run} busy={false} />);
    expect(screen.getByLabelText('Witnesses (one name per line)')).toHaveValue('');
    expect(screen.queryByTestId('witnesses-offered')).toBeNull();
    cleanup();
    const sandbox = earlier('sandbox', ['Wendy Witness'], '2025-06-01T00:00:00.000Z');
    useCeremonies.setState({ ceremonies: { [sandbox.id]: sandbox } });
    render(
      <CheckinStep
        ceremony={{ ...current, witnesses: ['Own Witness'] }}
        data={data}
        run={run}
        busy={false}
      />,
    );
    expect(screen.getByLabelText('Witnesses (one name per line)')).toHaveValue('Own Witness');
    expect(screen.queryByTestId('witnesses-offered')).toBeNull();
  });
});
