/**
 * Rehearsal only, on Holder phones: each vault as standard or advanced. Cobo activates an advanced MPC
 * vault on request (Cobo's manual, ocw/holder-group-overview); this plays Cobo's part, so a rehearsal
 * can meet the shapes only an advanced vault allows.
 */
import { call } from '../api';
import { useSandboxHolders } from '../store/sandbox-holders';
import { useAction } from '../store/use-action';
import { ErrorNotice } from './ErrorNotice';
import { useLanguage, useT } from '../store/language';

export function AdvancedVaults() {
  const { vaults, load } = useSandboxHolders();
  const { busy, error, run } = useAction({ onDone: () => void load() });
  const t = useT();
  const locale = useLanguage((s) => s.locale);
  if (!vaults.length) return null;
  return (
    <div className="panel" data-testid="advanced-vaults" lang={locale}>
      <p className="muted">{t('history.advancedVaults.intro')}</p>
      <ul>
        {vaults.map((v) => (
          <li key={v.vault_id}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={v.advanced}
                disabled={busy}
                onChange={(e) =>
                  void run(() =>
                    call('sandbox.setVaultAdvanced', { vaultId: v.vault_id, advanced: e.target.checked }),
                  )
                }
              />{' '}
              {t('history.advancedVaults.vault', { name: v.name })}
            </label>
          </li>
        ))}
      </ul>
      {error && <ErrorNotice error={error} />}
    </div>
  );
}
