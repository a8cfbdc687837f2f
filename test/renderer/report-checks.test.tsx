/**
 * The report records the checks before the send (issue #29, item 17): each room check and check-in
 * with its time, and the pre-flight's results, every time with its time zone.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportView } from '../../renderer/src/views/ReportView';
import { newCeremony } from '../fixtures/ceremony';
import { installFakeBridge } from '../helpers/fake-bridge';

afterEach(cleanup);
const at = '2026-03-01T09:15:00.000Z';
const zone = new Date(at).toLocaleString(undefined, { timeZoneName: 'short' }).split(' ').at(-1)!;

describe('the report’s checks before the send', () => {
  it('lists the room checks, check-ins and pre-flight results with their times and time zone', async () => {
    installFakeBridge();
    render(
      <ReportView
        ceremony={newCeremony({
          checklist: { workstation_prepared: at, custodians_identified: at },
          custodians: { 'node-a': at },
          custodianNames: { 'node-a': 'Alice' },
          preflight: {
            at,
            ok: false,
            checks: [
              { id: 'api', ok: true, message: 'Cobo is reachable and accepts this API key.', hint: '' },
              { id: 'quorum', ok: false, message: 'Holders: Bilal is offline.', hint: 'Ask him.' },
            ],
          },
        })}
      />,
    );
    await act(async () => {});
    const checks = screen.getByTestId('report-checks');
    expect(checks).toHaveTextContent(
      'The workstation is prepared: dedicated, up to date, no one else at the keyboard: ticked',
    );
    expect(checks).toHaveTextContent('The witnesses are present: not ticked');
    expect(checks).toHaveTextContent('Alice (node-a): present, confirmed');
    expect(checks).toHaveTextContent('NOT every check passed');
    expect(checks).toHaveTextContent('Passed: Cobo is reachable and accepts this API key.');
    expect(checks).toHaveTextContent('Failed: Holders: Bilal is offline.');
    // Every time carries its zone, so a reader elsewhere can place it.
    expect(checks.textContent!.split(zone).length - 1).toBeGreaterThanOrEqual(4);
  });

  it('says a pre-flight that was never run, and a ceremony with no check-in', async () => {
    installFakeBridge();
    render(<ReportView ceremony={newCeremony()} />);
    await act(async () => {});
    const checks = screen.getByTestId('report-checks');
    expect(checks).toHaveTextContent('Custodians checked inNone.');
    expect(checks).toHaveTextContent('Pre-flight checksNot run.');
  });
});

describe('the security officer on the report (issue #29, item 17)', () => {
  it('prints the officer the ceremony recorded, on the facts and the sign-off line', async () => {
    installFakeBridge();
    render(<ReportView ceremony={newCeremony({ officerName: 'Olga Officer' })} />);
    await act(async () => {});
    expect(screen.getByTestId('report')).toHaveTextContent('Security officerOlga Officer');
    expect(screen.getByText('Security officer: Olga Officer')).toBeInTheDocument();
  });

  it('leaves the line to fill in by hand when none was recorded', async () => {
    installFakeBridge();
    render(<ReportView ceremony={newCeremony()} />);
    await act(async () => {});
    expect(screen.getByTestId('report')).toHaveTextContent('Security officer—');
    // The facts' label and the sign-off line, which stays to be filled in by hand.
    expect(screen.getAllByText('Security officer')).toHaveLength(2);
  });
});
