/**
 * The ceremony that sensibly comes next for a vault, as one button: it starts that ceremony with the
 * profile and the vault chosen, and with the key it acts on (the type of key to set up, or the key
 * waiting for shares). Every choice is checked again like one made by hand; nothing is sent.
 */
import { useEffect, useState } from 'react';
import type { GroupView, VaultView } from '../../../common/contract';
import { vaultStanding, type NextCeremony } from '../../../common/ceremony/vault-standing';
import { STANDARD_SHAPES } from '../../../common/ceremony/key-rules';
import { call } from '../api';
import { useCeremonies } from '../store/ceremonies';
import { useAction } from '../store/use-action';
import { ErrorNotice } from './ErrorNotice';
import { useT } from '../store/language';

export function NextCeremonyButton({
  next,
  profileId,
  vault,
  disabled = false,
}: {
  next: NextCeremony;
  profileId: string;
  vault: { readonly vault_id: string; readonly name: string };
  disabled?: boolean;
}) {
  const startWith = useCeremonies((s) => s.startWith);
  const { busy, error, run } = useAction();
  const t = useT();
  // A key set-up starts with the key's type and its standard shape chosen; the officer designs the rest.
  const design = next.groupType
    ? { type: next.groupType, ...STANDARD_SHAPES[next.groupType], holders: [] }
    : undefined;
  return (
    <>
      <button
        type="button"
        className="button button-primary"
        disabled={busy || disabled}
        onClick={() =>
          void run(() =>
            startWith(next.kind, profileId, {
              vaultId: vault.vault_id,
              ...(design && { design }),
              ...(next.targetGroupId && { targetGroupId: next.targetGroupId }),
            }),
          )
        }
      >
        {next.label}{' '}
        <span className="visually-hidden">{t('ceremonies.next.forVault', { name: vault.name })}</span>
      </button>
      {error && <ErrorNotice error={error} />}
    </>
  );
}

/**
 * After a close: what the vault needs next, as Cobo reports it now, with the button that starts it.
 * Nothing is shown while Cobo is asked, when nothing is waiting, or when Cobo cannot be asked.
 */
export function NextForVault({ profileId, vaultId }: { profileId: string; vaultId: string }) {
  const [found, setFound] = useState<{ vault: VaultView; groups: GroupView[] } | null>(null);
  const t = useT();
  useEffect(() => {
    let live = true;
    void Promise.all([call('cobo.vaults', { profileId }), call('cobo.groups', { profileId, vaultId })])
      .then(([{ vaults }, { groups }]) => {
        const vault = vaults.find((v) => v.vault_id === vaultId);
        if (live && vault && vault.problem === null) setFound({ vault, groups });
      })
      // The standing on the Ceremonies screen says what Cobo could not be asked here.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [profileId, vaultId]);
  // Worded at each render, so it follows the screens' language.
  const next = found && vaultStanding(found.vault, found.groups, [], t).next;
  if (!found || !next) return null;
  return (
    <div className="panel-inset" data-testid="next-for-vault">
      <p>{t('ceremonies.next.forThisVault', { name: found.vault.name, why: next.why })}</p>
      <div className="actions">
        <NextCeremonyButton next={next} profileId={profileId} vault={found.vault} />
      </div>
    </div>
  );
}
