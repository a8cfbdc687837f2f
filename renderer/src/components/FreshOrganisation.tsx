import { useState } from 'react';
import { call } from '../api';
import { useAction } from '../store/use-action';
import { ErrorNotice } from './ErrorNotice';
import { useT } from '../store/language';

type Start = 'fresh' | 'legacy';

/** The legacy organisation's vault and holders, as the sandbox names them (main/sandbox/state.ts). */
const LEGACY_NAMES = { vault: 'Legacy Treasury', alice: 'Alice', bilal: 'Bilal', chen: 'Chen', dana: 'Dana' };

/**
 * Rehearsal only: start over where a real organisation starts — its phones and Server Signer exist,
 * Cobo lists none of them yet, no groups, and no vault unless asked for — or from an organisation set
 * up before Cobo's October 2025 rules, whose keys keep the shapes allowed then.
 */
export function FreshOrganisation() {
  const [confirming, setConfirming] = useState<Start | null>(null);
  const [withVault, setWithVault] = useState(false);
  const { busy, error, run } = useAction({ onDone: () => setConfirming(null) });
  const t = useT();
  return (
    <div className="panel">
      {!confirming ? (
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={() => setConfirming('fresh')}
            aria-expanded={false}
          >
            {t('ceremonies.fresh.startFresh')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => setConfirming('legacy')}
            aria-expanded={false}
          >
            {t('ceremonies.fresh.startLegacy')}
          </button>
        </div>
      ) : (
        <div className="inline-form danger-zone">
          {confirming === 'fresh' ? (
            <>
              <p>{t('ceremonies.fresh.freshMeaning')}</p>
              <label className="checkbox">
                <input type="checkbox" checked={withVault} onChange={(e) => setWithVault(e.target.checked)} />{' '}
                {t('ceremonies.fresh.keepVault')}
              </label>
            </>
          ) : (
            <p data-testid="legacy-meaning">{t('ceremonies.fresh.legacyMeaning', LEGACY_NAMES)}</p>
          )}
          <div className="actions">
            <button
              type="button"
              className="button button-danger"
              disabled={busy}
              onClick={() =>
                void run(() => call('sandbox.startFresh', { withVault, legacy: confirming === 'legacy' }))
              }
            >
              {confirming === 'fresh'
                ? t('ceremonies.fresh.confirmFresh')
                : t('ceremonies.fresh.confirmLegacy')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(null)}>
              {t('ceremonies.fresh.keep')}
            </button>
          </div>
        </div>
      )}
      {error && <ErrorNotice error={error} />}
    </div>
  );
}
