import { call } from '../api';
import { RootKeyPanel } from '../components/RootKeyPanel';
import type { StepProps } from './StepProps';
import { useT } from '../store/language';

export function VerifyStep({ ceremony, run, busy }: StepProps) {
  const t = useT();
  if (ceremony.outcome !== 'success')
    return (
      <p data-testid="nothing-to-verify">
        {ceremony.outcome === 'cancelled' ? t('run.verify.nothingCancelled') : t('run.verify.nothingFailed')}
      </p>
    );
  const keys = ceremony.rootKeysAfter ?? [];
  return (
    <div className="stack">
      {ceremony.rootKeysUnchanged === false && (
        <div className="notice notice-stop" role="alert" data-testid="root-keys-changed">
          <p className="notice-title">{t('run.verify.changed')}</p>
          <p className="notice-hint">{t('run.verify.changedHint')}</p>
        </div>
      )}
      {ceremony.rootKeysUnchanged === true && (
        <div className="notice notice-ok" data-testid="root-keys-unchanged">
          <p className="notice-title">{t('run.verify.unchanged')}</p>
        </div>
      )}
      {ceremony.kind === 'KeyGen' && <p>{t('run.verify.justCreated')}</p>}
      <p className="muted small">
        {t('run.verify.layout', { secp: 'SECP256K1', bip32: 'BIP32', ed: 'ED25519', prefix: '0x00' })}
      </p>
      <div className="panel-inset" data-testid="where-to-compare">
        <h4>{t('run.verify.whereTitle')}</h4>
        <p>{t('run.verify.where', { vault: ceremony.vaultName ?? '' })}</p>
        {ceremony.environment === 'sandbox' && <p className="muted">{t('run.verify.rehearsal')}</p>}
      </div>
      <div className="root-keys">
        {keys.map((k) => (
          <RootKeyPanel key={k.curve} rootKey={k} />
        ))}
      </div>
      {ceremony.comparedWithDevicesAt ? (
        <p className="tag tag-ok" data-focus-result tabIndex={-1}>
          {t('run.verify.compared', { time: new Date(ceremony.comparedWithDevicesAt).toLocaleTimeString() })}
        </p>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="button button-primary"
            disabled={busy || ceremony.rootKeysUnchanged === false}
            onClick={() =>
              void run(() => call('ceremony.recordComparison', { id: ceremony.id }), { andContinue: true })
            }
          >
            {t('run.verify.compare')}
          </button>
        </div>
      )}
    </div>
  );
}
