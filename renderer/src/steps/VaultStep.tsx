import { useCallback, useEffect, useState } from 'react';
import type { ErrorPayload, VaultView } from '../../../common/contract';
import { call, errorPayload } from '../api';
import { ErrorNotice } from '../components/ErrorNotice';
import { useCeremonies } from '../store/ceremonies';
import type { StepProps } from './StepProps';
import { useLoneChoice } from './lone-choice';
import { useRich, useT } from '../store/language';
import { say } from '../../../common/i18n/translate';

export function VaultStep({ ceremony, run, busy }: StepProps) {
  const t = useT();
  const rich = useRich();
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
  if (!vaults) return <p aria-busy="true">{t('prepare.vault.loading')}</p>;
  const newVault = (
    <p className="muted small">
      {rich(vaults.length ? 'prepare.vault.createAnother' : 'prepare.vault.create', {
        b: (chunks) => (
          <button type="button" className="link-button" onClick={() => draft('VaultSetup')}>
            {chunks}
          </button>
        ),
      })}
    </p>
  );
  if (!vaults.length)
    return (
      <div className="notice notice-info" data-testid="no-vault">
        <p className="notice-title">{t('prepare.vault.none')}</p>
        {newVault}
      </div>
    );
  const chosen = vaults.find((v) => v.vault_id === ceremony.selection.vaultId);
  return (
    <fieldset className="choices">
      <legend>{t('prepare.vault.legend')}</legend>
      {lone && (
        <p className="muted" data-testid="lone-choice">
          {t('prepare.vault.loneChoice', { name: lone.name })}
        </p>
      )}
      {newVault}
      {ceremony.kind === 'KeyGen' && chosen && chosen.root_pubkeys.length > 0 && (
        // KeyGen makes a vault's root keys once; Cobo refuses a second one (its Main Key is no longer New).
        <div className="notice notice-error" role="alert" data-testid="vault-has-keys">
          <p className="notice-title">{t('prepare.vault.hasKeys', { name: chosen.name })}</p>
          <p className="notice-hint">{t('prepare.vault.hasKeysHint')}</p>
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
            <strong>{say(t, v.nameSaid) ?? v.name}</strong>{' '}
            <span className="muted">{t('prepare.vault.typeAndId', { type: v.type, id: v.vault_id })}</span>
            <br />
            {v.root_pubkeys.length
              ? v.root_pubkeys.map((k) => (
                  <span key={k.curve} className="mono small">
                    {t('prepare.vault.rootKey', { curve: k.curve, key: k.root_pubkey.slice(0, 24) })}
                    <br />
                  </span>
                ))
              : t('prepare.vault.noRootKeys')}
            {v.problem && (
              <>
                <br />
                <span className="tag tag-warn">
                  {t('prepare.cannotChoose', {
                    problem: say(t, v.problemSaid) ?? v.problem,
                  })}
                </span>
              </>
            )}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
