import { actedOn } from '../../../common/ceremony/acted-on';
import { ENVIRONMENT_NAMES } from '../../../common/i18n/environments';
import { call } from '../api';
import { recoveryWaitingFor } from '../ceremonies';
import { BackupList } from '../components/BackupList';
import { useCeremonies } from '../store/ceremonies';
import { FactRow } from '../components/FactRow';
import { NextForVault } from '../components/NextCeremonyButton';
import { useKeyNamesLoaded } from '../store/key-names';
import type { StepProps } from './StepProps';
import { CoSignatures } from '../components/WitnessSigning';
import { useT } from '../store/language';
import { say, type MessageKey } from '../../../common/i18n/translate';

const OUTCOMES: Partial<Record<string, MessageKey>> = {
  success: 'run.close.outcome.success',
  failed: 'run.close.outcome.failed',
  cancelled: 'run.close.outcome.cancelled',
  abandoned: 'run.close.outcome.abandoned',
};

export function CloseStep({ ceremony, data, run, busy }: StepProps) {
  const t = useT();
  const { ceremonies, open } = useCeremonies();
  const keyNames = useKeyNamesLoaded();
  const recovery = recoveryWaitingFor(ceremony, Object.values(ceremonies));
  return (
    <div className="stack">
      <dl className="facts" data-testid="summary">
        <dt>{t('run.close.outcome')}</dt>
        <dd data-testid="outcome">{t(OUTCOMES[ceremony.outcome ?? ''] ?? 'run.close.outcome.inProgress')}</dd>
        <dt>{t('run.close.vault')}</dt>
        <dd>{ceremony.vaultName}</dd>
        <dt>{t('run.close.environment')}</dt>
        <dd>{t(ENVIRONMENT_NAMES[ceremony.environment])}</dd>
        {ceremony.tssRequestId && (
          <>
            <dt>{t('run.close.tssRequest')}</dt>
            <dd className="mono">{ceremony.tssRequestId}</dd>
          </>
        )}
        {actedOn(ceremony, keyNames, t).map((fact) => (
          <FactRow key={fact[0]} fact={fact} />
        ))}
        <dt>{t('run.close.witnesses')}</dt>
        <dd>{ceremony.witnesses.join(t('words.listSeparator'))}</dd>
        {ceremony.failure && (
          <>
            <dt>{t('run.close.why')}</dt>
            <dd>{say(t, ceremony.failureSaid) ?? ceremony.failure}</dd>
          </>
        )}
      </dl>
      <BackupList ceremony={ceremony} groups={data.groups} loaded={data.loaded} run={run} busy={busy} />
      <p className="muted">{t('run.close.journal')}</p>
      {ceremony.phase === 'closed' ? (
        <>
          <p className="tag tag-ok" data-focus-result tabIndex={-1}>
            {t('run.close.closed')}
          </p>
          <CoSignatures ceremony={ceremony} />
          {recovery ? (
            <div className="actions">
              <button type="button" className="button button-primary" onClick={() => open(recovery.id)}>
                {t('run.close.returnToRecovery', { vault: recovery.vaultName ?? '' })}
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
              {t('run.close.recoveryWaits', { vault: recovery.vaultName ?? '' })}
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
            {recovery ? t('run.close.closeAndReturn') : t('run.close.close')}
          </button>
        </>
      )}
    </div>
  );
}
