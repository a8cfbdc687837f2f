/**
 * The recovery drill's files step (issue #30): the password field never echoes and is cleared as the
 * file is sent, the result of each file shows holder by holder, and the conclusion per curve.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Ceremony } from '../../common/contract';
import { DrillStep } from '../../renderer/src/steps/DrillStep';
import { newCeremony } from '../fixtures/ceremony';
import { selection } from '../fixtures/groups';
import { installFakeBridge } from '../helpers/fake-bridge';

afterEach(cleanup);
const run = vi.fn(async (action: () => Promise<unknown>) => {
  await action();
  return null;
});
const data = { groups: [], nodes: [], cobo: [], error: null, loaded: true, reload: () => {} };
const drill = (over: Partial<Ceremony> = {}) =>
  newCeremony({ kind: 'RecoveryDrill', selection: selection({ targetGroupId: 'rec' }), ...over });

describe('the recovery files step', () => {
  it('sends the file and its password once, and clears the password at once', async () => {
    const calls = installFakeBridge((c: string) => (c === 'ceremony.drillFile' ? drill() : null));
    render(<DrillStep ceremony={drill()} data={data} run={run} busy={false} />);
    const password = screen.getByLabelText('Its password, typed by the holder');
    expect(password).toHaveAttribute('type', 'password');
    const file = new File(['{"version":3}'], 'chen.json', { type: 'application/json' });
    await act(async () => {
      fireEvent.change(screen.getByLabelText('The holder’s recovery file (.json)'), {
        target: { files: [file] },
      });
    });
    fireEvent.change(password, { target: { value: 'chen recovery pw' } });
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Check this file' })).toBeEnabled());
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Check this file' }));
    });
    expect(calls).toEqual([
      [
        'ceremony.drillFile',
        { id: drill().id, fileName: 'chen.json', content: '{"version":3}', password: 'chen recovery pw' },
      ],
    ]);
    expect(password).toHaveValue('');
    // Nothing to send without a file and a password.
    expect(screen.getByRole('button', { name: 'Check this file' })).toBeDisabled();
  });

  it('shows each file holder by holder, and the conclusion per curve', () => {
    installFakeBridge();
    const group = (failed: string | null) => ({
      curve: 'SECP256K1',
      groupId: 'g1',
      shareId: '1',
      passed: failed ? ['form', 'same-key'] : ['form', 'same-key', 'share'],
      failed: failed ? { check: failed, message: 'The password does not open this file.' } : null,
    });
    const files = [
      {
        file: 'chen.json',
        sha256: 'ab'.repeat(32),
        nodeId: 'n-chen',
        holder: 'Chen Wei',
        at: 't',
        groups: [group('password')],
      },
      {
        file: 'dana.json',
        sha256: 'cd'.repeat(32),
        nodeId: 'n-dana',
        holder: 'Dana Okafor',
        at: 't',
        groups: [group(null)],
      },
    ];
    render(
      <DrillStep
        ceremony={drill({
          phase: 'finished',
          outcome: 'failed',
          drill: {
            files,
            accepted: {},
            verdicts: [
              {
                curve: 'SECP256K1',
                outcome: 'too-few',
                proven: 1,
                threshold: 2,
                participants: 3,
                summary: '1 of 3 shares proven: fewer than the threshold of 2.',
              },
            ],
          },
        })}
        data={data}
        run={run}
        busy={false}
      />,
    );
    const rows = screen.getByRole('list', { name: 'Recovery files checked' });
    expect(rows).toHaveTextContent(
      'Chen Wei (chen.json, SHA-256 abababababababab…): The password does not open this file.',
    );
    expect(rows).toHaveTextContent(
      'Dana Okafor (dana.json, SHA-256 cdcdcdcdcdcdcdcd…): every check passed on SECP256K1: the file’s form; the same key as the other files; its share matches its public key.',
    );
    expect(screen.getByTestId('drill-verdicts')).toHaveTextContent(
      'SECP256K1: 1 of 3 shares proven: fewer than the threshold of 2.',
    );
    // Over: no more files, no conclusion to make again.
    expect(screen.queryByRole('button', { name: 'Check this file' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Conclude the drill' })).toBeNull();
  });
});
