import { useEffect, useState } from 'react';
import type { ErrorPayload, VaultView } from '../../../common/contract';
import { call, errorPayload } from '../api';
import { ErrorNotice } from '../components/ErrorNotice';
import type { StepProps } from './StepProps';

export function VaultStep({ ceremony, run, busy }: StepProps) {
  const [vaults, setVaults] = useState<VaultView[] | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  useEffect(() => {
    call('cobo.vaults', { profileId: ceremony.profileId })
      .then((v) => setVaults(v.vaults))
      .catch((e: unknown) => setError(errorPayload(e)));
  }, [ceremony.profileId]);
  if (error) return <ErrorNotice error={error} />;
  if (!vaults) return <p aria-busy="true">Loading vaults…</p>;
  if (!vaults.length)
    return (
      <div className="notice notice-info" data-testid="no-vault">
        <p className="notice-title">This organisation has no Org-Controlled vault yet.</p>
        <p className="notice-hint">
          Create one first: leave this ceremony and run “Create a vault” from the list of ceremonies; then
          come back to this one.
        </p>
      </div>
    );
  return (
    <fieldset className="choices">
      <legend>Vault</legend>
      {vaults.map((v) => (
        <label key={v.vault_id} className="choice">
          <input
            type="radio"
            name="vault"
            checked={ceremony.selection.vaultId === v.vault_id}
            disabled={busy}
            onChange={() =>
              void run(() => call('ceremony.select', { id: ceremony.id, selection: { vaultId: v.vault_id } }))
            }
          />
          <span>
            <strong>{v.name}</strong>{' '}
            <span className="muted">
              ({v.type}, id {v.vault_id})
            </span>
            <br />
            {v.root_pubkeys.length
              ? v.root_pubkeys.map((k) => (
                  <span key={k.curve} className="mono small">
                    {k.curve}: {k.root_pubkey.slice(0, 24)}…
                    <br />
                  </span>
                ))
              : 'No root keys yet.'}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
