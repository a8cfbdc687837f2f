import { actedOn } from '../../../common/ceremony/acted-on';
import { call } from '../api';
import { recoveryWaitingFor } from '../ceremonies';
import { BackupList } from '../components/BackupList';
import { useCeremonies } from '../store/ceremonies';
import { FactRow } from '../components/FactRow';
import { NextForVault } from '../components/NextCeremonyButton';
import { useKeyNamesLoaded } from '../store/key-names';
import type { StepProps } from './StepProps';
import { CoSignatures } from '../components/WitnessSigning';

const OUTCOMES: Record<string, string> = {
  success: 'Succeeded',
  failed: 'Did not succeed',
  cancelled: 'Cancelled',
  abandoned: 'Abandoned',
};

export function CloseStep({ ceremony, data, run, busy }: StepProps) {
  const { ceremonies, open } = useCeremonies();
  const keyNames = useKeyNamesLoaded();
  const recovery = recoveryWaitingFor(ceremony, Object.values(ceremonies));
  return (
    <div className="stack">
      <dl className="facts" data-testid="summary">
        <dt>Outcome</dt>
        <dd data-testid="outcome">{OUTCOMES[ceremony.outcome ?? ''] ?? 'In progress'}</dd>
        <dt>Vault</dt>
        <dd>{ceremony.vaultName}</dd>
        <dt>Environment</dt>
        <dd>{ceremony.environment}</dd>
        {ceremony.tssRequestId && (
          <>
            <dt>TSS request</dt>
            <dd className="mono">{ceremony.tssRequestId}</dd>
          </>
        )}
        {actedOn(ceremony, keyNames).map((fact) => (
          <FactRow key={fact[0]} fact={fact} />
        ))}
        <dt>Witnesses</dt>
        <dd>{ceremony.witnesses.join(', ')}</dd>
        {ceremony.failure && (
          <>
            <dt>Why</dt>
            <dd>{ceremony.failure}</dd>
          </>
        )}
      </dl>
      <BackupList ceremony={ceremony} groups={data.groups} loaded={data.loaded} run={run} busy={busy} />
      <p className="muted">
        Every step of this ceremony is in its journal: an append-only, hash-chained record kept in the app’s
        data folder.
      </p>
      {ceremony.phase === 'closed' ? (
        <>
          <p className="tag tag-ok" data-focus-result tabIndex={-1}>
            This ceremony is closed.
          </p>
          <CoSignatures ceremony={ceremony} />
          {recovery ? (
            <div className="actions">
              <button type="button" className="button button-primary" onClick={() => open(recovery.id)}>
                Return to the Recovery of “{recovery.vaultName}” →
              </button>
            </div>
          ) : (
            ceremony.selection.vaultId && (
              <NextForVault profileId={ceremony.profileId} vaultId={ceremony.selection.vaultId} />
            )
          )}
        </>
      ) : (
        <>
          {recovery && (
            <p data-testid="returns-to-recovery">
              The Recovery of “{recovery.vaultName}” waits for this new Main Key: closing this ceremony takes
              you back to it.
            </p>
          )}
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                await call('ceremony.close', { id: ceremony.id });
                if (recovery) open(recovery.id);
              })
            }
          >
            {recovery ? 'Close and return to the Recovery' : 'Close the ceremony'}
          </button>
        </>
      )}
    </div>
  );
}
