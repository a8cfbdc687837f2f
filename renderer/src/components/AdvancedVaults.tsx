/**
 * Rehearsal only, on Holder phones: each vault as standard or advanced. Cobo activates an advanced MPC
 * vault on request (Cobo's manual, ocw/holder-group-overview); this plays Cobo's part, so a rehearsal
 * can meet the shapes only an advanced vault allows.
 */
import { call } from '../api';
import { useSandboxHolders } from '../store/sandbox-holders';
import { useAction } from '../store/use-action';
import { ErrorNotice } from './ErrorNotice';

export function AdvancedVaults() {
  const { vaults, load } = useSandboxHolders();
  const { busy, error, run } = useAction({ onDone: () => void load() });
  if (!vaults.length) return null;
  return (
    <div className="panel" data-testid="advanced-vaults">
      <p className="muted">
        A standard MPC vault’s Main and Signing Keys are 2/2; other shapes need an advanced vault, which Cobo
        activates on request. Play Cobo’s part here:
      </p>
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
              “{v.name}” is an advanced MPC vault
            </label>
          </li>
        ))}
      </ul>
      {error && <ErrorNotice error={error} />}
    </div>
  );
}
