import { useCallback, useEffect, useState } from 'react';
import type { ErrorPayload, VaultView } from '../../../common/contract';
import { call, errorPayload } from '../api';
import { ErrorNotice } from '../components/ErrorNotice';
import { useCeremonies } from '../store/ceremonies';
import type { StepProps } from './StepProps';
import { useLoneChoice } from './lone-choice';

export function VaultStep({ ceremony, run, busy }: StepProps) {
  const draft = useCeremonies((c) => c.draft);
  const [vaults, setVaults] = useState<VaultView[] | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  useEffect(() => {
    call('cobo.vaults', { profileId: ceremony.profileId })
      .then((v) => setVaults(v.vaults))
      .catch((e: unknown) => setError(errorPayload(e)));
  }, [ceremony.profileId]);
  const lone = useLoneChoice(
    vaults?.filter((v) => v.problem === null) ?? null,
    ceremony.selection.vaultId !== null,
    useCallback(
      (v: VaultView) =>
        void run(() => call('ceremony.select', { id: ceremony.id, selection: { vaultId: v.vault_id } })),
      [run, ceremony.id],
    ),
  );
  if (error) return <ErrorNotice error={error} />;
  if (!vaults) return <p aria-busy="true">Loading vaults…</p>;
  const newVault = (
    <p className="muted small">
      {vaults.length ? 'Need another vault? ' : ''}
      <button type="button" className="link-button" onClick={() => draft('VaultSetup')}>
        Create a vault
      </button>{' '}
      in its own ceremony; this one stays open, and you come back to it from the list of ceremonies.
    </p>
  );
  if (!vaults.length)
    return (
      <div className="notice notice-info" data-testid="no-vault">
        <p className="notice-title">This organisation has no Org-Controlled vault yet.</p>
        {newVault}
      </div>
    );
  const chosen = vaults.find((v) => v.vault_id === ceremony.selection.vaultId);
  return (
    <fieldset className="choices">
      <legend>Vault</legend>
      {lone && (
        <p className="muted" data-testid="lone-choice">
          The organisation’s only vault, “{lone.name}”, is chosen.
        </p>
      )}
      {newVault}
      {ceremony.kind === 'KeyGen' && chosen && chosen.root_pubkeys.length > 0 && (
        // KeyGen makes a vault's root keys once; Cobo refuses a second one (its Main Key is no longer New).
        <div className="notice notice-error" role="alert" data-testid="vault-has-keys">
          <p className="notice-title">
            “{chosen.name}” already has its root keys: KeyGen is done for this vault.
          </p>
          <p className="notice-hint">
            To give key shares to a Signing or Recovery Key, abandon this ceremony and start
            KeyGenFromKeyGroup; after a lost phone, start Recovery. To make new root keys, choose or create
            another vault.
          </p>
        </div>
      )}
      {vaults.map((v) => (
        <label key={v.vault_id} className="choice">
          <input
            type="radio"
            name="vault"
            checked={ceremony.selection.vaultId === v.vault_id}
            disabled={busy || v.problem !== null}
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
            {v.problem && (
              <>
                <br />
                <span className="tag tag-warn">Cannot be chosen: {v.problem}</span>
              </>
            )}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
