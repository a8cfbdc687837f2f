/**
 * Ceremonies: start one (choosing the profile is its first step), or resume one that is open.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { CEREMONIES, CEREMONY_ORDER, isOver, standingInWords } from '../ceremonies';
import { EnvironmentBadge } from '../components/EnvironmentBadge';
import { ErrorNotice } from '../components/ErrorNotice';
import { ProfileStep } from '../steps/ProfileStep';
import { useCeremonies } from '../store/ceremonies';
import { useProfiles } from '../store/profiles';
import { useLanguage, useRich, useT } from '../store/language';
const CeremonyView = lazy(() => import('./CeremonyView').then((m) => ({ default: m.CeremonyView })));
// Asks Cobo about each vault: loaded after the first screen is up.
const VaultStandings = lazy(() =>
  import('../components/VaultStandings').then((m) => ({ default: m.VaultStandings })),
);

/** True once the browser is idle after the first paint: what can wait, waits until then. */
function useAfterFirstPaint(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setIdle(true), 100);
      return () => clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(() => setIdle(true), { timeout: 500 });
    return () => window.cancelIdleCallback(handle);
  }, []);
  return idle;
}

export function CeremoniesView() {
  const { ceremonies, openId, draftKind, error, load, watch, open, draft } = useCeremonies();
  const { problem: profilesProblem, load: loadProfiles } = useProfiles();
  const idle = useAfterFirstPaint();
  const t = useT();
  const rich = useRich();
  const locale = useLanguage((s) => s.locale);
  useEffect(() => {
    void load();
    void loadProfiles();
    return watch();
  }, [load, watch, loadProfiles]);
  const current = openId ? ceremonies[openId] : undefined;
  if (current) {
    return (
      <Suspense fallback={<p aria-busy="true">{t('shell.loading')}</p>}>
        {/* Keyed: another ceremony opened from this one starts at its own step, not this one's. */}
        <CeremonyView key={current.id} ceremony={current} onLeave={() => open(null)} />
      </Suspense>
    );
  }
  // The ceremony to open is on its way from main: not the list, which it would replace a moment later.
  if (openId) return <p aria-busy="true">{t('ceremonies.list.loadingCeremony')}</p>;
  if (draftKind) return <ProfileStep kind={draftKind} onBack={() => draft(null)} />;
  const all = Object.values(ceremonies).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const active = all.filter((c) => !isOver(c.phase));
  return (
    <div className="view" lang={locale}>
      <h2 className="view-title">{t('ceremonies.list.title')}</h2>
      <p className="lead">{t('ceremonies.list.lead')}</p>
      {error && <ErrorNotice error={error} />}
      {/* The keychain first: without it no ceremony can sign, and the officer should know before choosing one. */}
      {profilesProblem?.code.startsWith('keychain.') && (
        <div data-testid="keychain-problem">
          <ErrorNotice error={profilesProblem} />
        </div>
      )}
      {/* Asking Cobo about every vault is not what the first screen waits for. */}
      {idle && (
        <Suspense fallback={null}>
          <VaultStandings />
        </Suspense>
      )}
      <ul className="ceremony-kinds" aria-label={t('ceremonies.list.startLabel')}>
        {CEREMONY_ORDER.map((kind) => (
          <li key={kind} className="panel ceremony-kind">
            <h3>{t(CEREMONIES[kind].titleKey)}</h3>
            <p>{t(CEREMONIES[kind].summaryKey)}</p>
            <button type="button" className="button button-primary" onClick={() => draft(kind)}>
              {t('ceremonies.list.start', { kind: t(CEREMONIES[kind].shortTitleKey) })}
            </button>
          </li>
        ))}
      </ul>
      {active.length > 0 && (
        <section aria-labelledby="open-title">
          <h3 id="open-title">{t('ceremonies.list.openTitle')}</h3>
          <ul className="open-list">
            {active.map((c) => (
              <li key={c.id} className="panel open-item" data-testid="open-ceremony">
                <span>
                  {rich('ceremonies.list.openItem', {
                    kind: <strong>{t(CEREMONIES[c.kind].shortTitleKey)}</strong>,
                    vault: c.vaultName ?? t('ceremonies.list.noVault'),
                    environment: <EnvironmentBadge environment={c.environment} />,
                    // English keeps the system's format, as before; Chinese shows its own.
                    date: new Date(c.createdAt).toLocaleString(locale === 'en' ? undefined : locale),
                  })}
                  <br />
                  <span data-testid="standing">{standingInWords(c, t)}</span>
                </span>
                <button type="button" className="button" onClick={() => open(c.id)}>
                  {t('ceremonies.list.resume')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
