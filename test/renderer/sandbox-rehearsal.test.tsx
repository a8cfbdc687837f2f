/** Holder phones' rehearsal controls for Cobo's side: an advanced vault, and the Admins' approval. */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AdminApproval } from '../../renderer/src/components/AdminApproval';
import { AdvancedVaults } from '../../renderer/src/components/AdvancedVaults';
import { useSandboxHolders } from '../../renderer/src/store/sandbox-holders';
import { installFakeBridge } from '../helpers/fake-bridge';

/** The bridge's answers: the holders' panel as the sandbox would send it, and `answer` for the action. */
const bridge = (answer: unknown) =>
  installFakeBridge((channel: string) =>
    channel === 'sandbox.holders'
      ? { holders: [], manualApproval: false, adminApproval: true, awaitingAdmins: [], vaults: [] }
      : answer,
  );

afterEach(() => {
  cleanup();
  useSandboxHolders.setState({ vaults: [], awaitingAdmins: [], adminApproval: false });
});

describe('playing Cobo’s part in a rehearsal', () => {
  it('activates a vault as advanced, as Cobo does on request', async () => {
    const calls = bridge({ vault_id: 'v1', advanced: true });
    useSandboxHolders.setState({ vaults: [{ vault_id: 'v1', name: 'Rehearsal Treasury', advanced: false }] });
    render(<AdvancedVaults />);
    const box = screen.getByRole('checkbox', { name: /“Rehearsal Treasury” is an advanced MPC vault/ });
    expect(box).not.toBeChecked();
    await act(async () => {
      fireEvent.click(box);
    });
    expect(calls[0]).toEqual(['sandbox.setVaultAdvanced', { vaultId: 'v1', advanced: true }]);
  });

  it('rehearses the Admins’ approval, said to be an assumption, and approves a waiting request as the Admins', async () => {
    const calls = bridge({ status: 'PendingKeyHolderConfirmation' });
    useSandboxHolders.setState({
      adminApproval: true,
      awaitingAdmins: [{ tss_request_id: '20261203000000000000000000000001', type: 'KeyGenFromKeyGroup' }],
    });
    render(<AdminApproval />);
    expect(screen.getByTestId('admin-approval')).toHaveTextContent(
      'An assumption: Cobo’s manual does not say whether a request made with an API key waits for it.',
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Approve as the Admins' }));
    });
    expect(calls[0]).toEqual([
      'sandbox.approveAsAdmins',
      { tssRequestId: '20261203000000000000000000000001' },
    ]);
  });
});
