/**
 * On the Ceremonies screen: each vault of a profile in one line, and the ceremony that sensibly comes
 * next (or the open one to resume). Read-only calls through main, with the profile chosen here.
 */
import { screenReaderOnly } from './ScreenReaderOnly';
import { useEffect, useState } from 'react';
import type { ErrorPayload, GroupView, VaultView } from '../../../common/contract';
import { vaultStanding } from '../../../common/ceremony/vault-standing';
import { call, errorPayload } from '../api';
import { CEREMONIES, isOver } from '../ceremonies';
import { useCeremonies } from '../store/ceremonies';
import { useKeyNamesLoaded } from '../store/key-names';
import { useProfiles } from '../store/profiles';
import { useAction } from '../store/use-action';
import { EnvironmentBadge } from './EnvironmentBadge';
import { ErrorNotice } from './ErrorNotice';
import { Field } from './Field';
import { VaultInventory } from './VaultInventory';
import { NextCeremonyButton } from './NextCeremonyButton';
import { useLanguage, useRich, useT } from '../store/language';

interface Row {
  readonly vault: VaultView;
  readonly groups: GroupView[];
}

export function VaultStandings() {
  const profiles = useProfiles((s) => s.profiles);
  // Without the keychain no call can be signed: the screen already says so, once.
  const keychainProblem = useProfiles((s) => s.problem?.code.startsWith('keychain.') ?? false);
  const { ceremonies, open, startWith } = useCeremonies();
  const all = Object.values(ceremonies).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const [choice, setChoice] = useState<string | null>(null);
  // The profile chosen here, else the one of the latest ceremony, else the first.
  const profile =
    profiles.find((p) => p.id === choice) ?? profiles.find((p) => p.id === all[0]?.profileId) ?? profiles[0];
  // Kept with the profile they were asked for, so another profile's answer is never shown as this one's.
  const [answer, setAnswer] = useState<{ profileId: string; rows: Row[] } | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const { busy, error: startError, run } = useAction();
  const t = useT();
  const rich = useRich();
  const locale = useLanguage((s) => s.locale);
  // A ceremony that ends changes what Cobo reports: ask again then.
  const ended = all.filter((c) => isOver(c.phase)).length;
  const profileId = profile?.id;
  // Read once for every vault's key list, and only when the standings are shown.
  useKeyNamesLoaded(Boolean(profileId) && !keychainProblem);
  useEffect(() => {
    if (!profileId || keychainProblem) return;
    let live = true;
    void (async () => {
      try {
        const { vaults } = await call('cobo.vaults', { profileId });
        const next = await Promise.all(
          vaults.map(async (vault) => {
            const { groups } = await call('cobo.groups', { profileId, vaultId: vault.vault_id });
            return { vault, groups };
          }),
        );
        if (live) {
          setAnswer({ profileId, rows: next });
          setError(null);
        }
      } catch (e) {
        if (live) setError(errorPayload(e));
      }
    })();
    return () => {
      live = false;
    };
  }, [profileId, ended, keychainProblem]);
  if (!profile || keychainProblem) return null;
  const rows = answer?.profileId === profile.id ? answer.rows : null;
  return (
    <section className="panel" aria-labelledby="standing-title" data-testid="vault-standings" lang={locale}>
      <h3 id="standing-title">{t('history.standing.title')}</h3>
      {profiles.length > 1 && (
        <Field label={t('history.standing.profile')}>
          {(id) => (
            <select id={id} value={profile.id} onChange={(e) => setChoice(e.target.value)}>
              {profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {t('history.standing.profileOption', { name: p.name, environment: p.environment })}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <p className="muted small">
        {rich('history.standing.asReported', {
          name: profile.name,
          badge: <EnvironmentBadge environment={profile.environment} />,
        })}
      </p>
      {error && <ErrorNotice error={error} />}
      {startError && <ErrorNotice error={startError} />}
      {!rows && !error && <p aria-busy="true">{t('history.standing.asking')}</p>}
      {rows?.length === 0 && (
        <p data-testid="vault-standing">
          {t('history.standing.noVault')}{' '}
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(() => startWith('VaultSetup', profile.id, {}))}
          >
            {t('history.standing.createVault')}
          </button>
        </p>
      )}
      <ul className="open-list">
        {rows?.map(({ vault, groups }) => {
          // With this installation's records of the vault: whose backups are outstanding or outdated.
          const records = all.filter((c) => c.selection.vaultId === vault.vault_id);
          const standing = vaultStanding(vault, groups, records, t);
          const next = standing.next;
          const resume = all.find(
            (c) => !isOver(c.phase) && c.profileId === profile.id && c.selection.vaultId === vault.vault_id,
          );
          const resumeKind = resume ? t(CEREMONIES[resume.kind].shortTitleKey) : '';
          return (
            <li key={vault.vault_id} className="open-item" data-testid="vault-standing">
              <span>
                {rich('history.standing.line', {
                  vault: vault.name,
                  line: standing.line,
                  b: (chunks) => <strong>{chunks}</strong>,
                })}
                <br />
                <span className="muted" data-testid="vault-next">
                  {resume
                    ? t('history.standing.openCeremony', { kind: resumeKind })
                    : next
                      ? t('history.standing.next', { why: next.why })
                      : t('history.standing.nothing')}
                </span>
                <VaultInventory groups={groups} records={records} />
              </span>
              {resume ? (
                <button type="button" className="button button-primary" onClick={() => open(resume.id)}>
                  {rich('history.standing.resume', {
                    kind: resumeKind,
                    vault: vault.name,
                    h: screenReaderOnly,
                  })}
                </button>
              ) : (
                next && (
                  <NextCeremonyButton
                    next={next}
                    profileId={profile.id}
                    vault={vault}
                    disabled={vault.problem !== null}
                  />
                )
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
