import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ceremony } from '../../common/contract';
import { HolderActions, RejectedBy, useSimulatedActions } from '../../renderer/src/components/HolderActions';
import { newCeremony } from '../fixtures/ceremony';
import { installFakeBridge } from '../helpers/fake-bridge';

let calls: Array<[string, unknown]> = [];
const bridge = (answer: unknown) => {
  calls = installFakeBridge(answer);
};
afterEach(cleanup);

/** As the live status shows them: one reading of the sandbox for the panel and the rejection. */
function Shown({ ceremony }: { ceremony: Ceremony }) {
  const holders = useSimulatedActions(ceremony);
  return (
    <>
      <HolderActions ceremony={ceremony} holders={holders} />
      <RejectedBy holders={holders} />
    </>
  );
}

describe('who has acted on a request', () => {
  it('outside a rehearsal, says Cobo does not report it and asks nothing of the sandbox', () => {
    bridge(null);
    render(
      <Shown ceremony={newCeremony({ environment: 'development', tssRequestId: 'r1', phase: 'tracking' })} />,
    );
    expect(screen.getByTestId('holder-actions')).toHaveTextContent(
      'Cobo’s API does not report which holders have tapped Start Key Gen. Confirm with each custodian in the room that they have, and that they keep Cobo Guard or Portal Mobile open until the key is made.',
    );
    expect(calls).toEqual([]);
    expect(screen.queryByTestId('rejected-by')).toBeNull();
  });

  it('in a rehearsal, shows each simulated holder’s answers, marked as rehearsal only, and names who rejected', async () => {
    bridge({
      holders: [
        { tss_node_id: 'a', name: 'Alice', approval: 'approved' },
        { tss_node_id: 'c', name: 'Chen', approval: 'rejected' },
        { tss_node_id: 'd', name: 'Dana', approval: null },
      ],
    });
    render(
      <Shown ceremony={newCeremony({ environment: 'sandbox', tssRequestId: 'r1', phase: 'finished' })} />,
    );
    const panel = await screen.findByTestId('holder-actions');
    expect(panel).toHaveTextContent('Rehearsal only: what each simulated holder has done');
    expect([...panel.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Alice tapped Start Key Gen; keeps Cobo Guard open until the key is made',
      'Chen rejected the request',
      'Dana has not tapped Start Key Gen yet',
    ]);
    // Named once as rejecting, from the same single reading of the sandbox.
    expect(screen.getByTestId('rejected-by')).toHaveTextContent(
      'Rejected by Chen (rehearsal: as the simulated holder answered on the Holder phones screen).',
    );
    expect(calls).toEqual([['sandbox.requestActions', { tssRequestId: 'r1' }]]);
  });
});
