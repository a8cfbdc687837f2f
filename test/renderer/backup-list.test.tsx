/** The close step's backups: holder by holder, in the manual's words for each signer, each confirmed once. */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ceremony } from '../../common/contract';
import { BackupList } from '../../renderer/src/components/BackupList';
import { newCeremony } from '../fixtures/ceremony';
import { group, holder, selection } from '../fixtures/groups';
import { installFakeBridge } from '../helpers/fake-bridge';

afterEach(cleanup);

const cobo = holder('Cobo', { type: 'Cobo' });
const signing = group('sign', 'SigningGroup', [
  cobo,
  holder('Emeka'),
  holder('Vault Server', { type: 'API' }),
]);
const run = async (action: () => Promise<unknown>) => {
  await action();
  return null;
};
const shown = (over: Partial<Ceremony>) =>
  render(
    <BackupList
      ceremony={newCeremony({
        kind: 'KeyGenFromKeyGroup',
        phase: 'finished',
        outcome: 'success',
        selection: selection({ targetGroupId: 'sign' }),
        ...over,
      })}
      groups={[signing]}
      run={run}
      busy={false}
    />,
  );

describe('backups at the close', () => {
  it('lists each new share’s holder with the backup the manual asks of that signer, Cobo aside', () => {
    installFakeBridge();
    shown({});
    const holders = screen.getAllByTestId('backup-holder');
    expect(holders.map((h) => h.querySelector('strong')!.textContent)).toEqual(['Emeka', 'Vault Server']);
    expect(holders[0]).toHaveTextContent('Cobo Guard: tap Back Up Now');
    expect(holders[1]).toHaveTextContent('db/secrets.db');
    expect(holders[1]).not.toHaveTextContent('iCloud');
    expect(screen.getByTestId('backups-outstanding')).toHaveTextContent(
      '2 backups are not confirmed yet (Emeka, Vault Server). You can close the ceremony without them; the report lists the backups confirmed, and the vault’s line on the Ceremonies screen names those not confirmed.',
    );
  });

  it('confirms one holder’s backup through main, and shows a confirmed one as such', async () => {
    const calls = installFakeBridge();
    shown({});
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Confirm Emeka’s backup is made' }));
    });
    expect(calls).toEqual([
      ['ceremony.confirmBackup', { id: expect.any(String), tssNodeId: 'node-Emeka', name: 'Emeka' }],
    ]);
    cleanup();
    shown({ backups: { 'node-Emeka': { name: 'Emeka', at: '2026-01-01T00:00:00Z' } } });
    expect(screen.queryByRole('button', { name: 'Confirm Emeka’s backup is made' })).toBeNull();
    expect(screen.getAllByTestId('backup-holder')[0]).toHaveTextContent('Backup confirmed');
    expect(screen.getByTestId('backups-outstanding')).toHaveTextContent(
      'One backup is not confirmed yet (Vault Server)',
    );
  });

  it('asks for nothing after a ceremony that made no key shares, or that failed; offers no button once closed', () => {
    installFakeBridge();
    shown({ kind: 'GroupSetup' });
    expect(screen.queryByTestId('backups')).toBeNull();
    cleanup();
    shown({ outcome: 'failed' });
    expect(screen.queryByTestId('backups')).toBeNull();
    cleanup();
    shown({ phase: 'closed' });
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.getByTestId('backups-outstanding')).toHaveTextContent(
      'The vault’s line on the Ceremonies screen names them while they are missing.',
    );
  });
});
