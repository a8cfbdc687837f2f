import { lazy, Suspense, useEffect, useRef, useState, type JSX } from 'react';
import { hashOf, placeFromHash, type ViewId } from './place';
import { useScreen } from './store/screen';
import { api } from './api';
import { useAppInfo } from './store/app-info';
import { useCeremonies } from './store/ceremonies';
import { isOver } from './ceremonies';
import { CeremoniesView } from './views/CeremoniesView';
import { ScreenBoundary } from './components/ScreenBoundary';
import { useLanguage, useT } from './store/language';
import type { MessageKey } from '../../common/i18n/translate';
import { NAMES } from '../../common/i18n/do-not-translate';

// The first screen loads at once; the others (and their weight) when first opened.
const ProfilesView = lazy(() => import('./views/ProfilesView').then((m) => ({ default: m.ProfilesView })));
const HistoryView = lazy(() => import('./views/HistoryView').then((m) => ({ default: m.HistoryView })));
const VerifyView = lazy(() => import('./views/VerifyView').then((m) => ({ default: m.VerifyView })));
const HolderPhonesView = lazy(() =>
  import('./views/HolderPhonesView').then((m) => ({ default: m.HolderPhonesView })),
);
const AboutView = lazy(() => import('./views/AboutView').then((m) => ({ default: m.AboutView })));

const VIEWS = [
  { id: 'ceremonies', label: 'nav.ceremonies', render: () => <CeremoniesView /> },
  { id: 'profiles', label: 'nav.profiles', render: () => <ProfilesView /> },
  { id: 'history', label: 'nav.history', render: () => <HistoryView /> },
  { id: 'verify', label: 'nav.verify', render: () => <VerifyView /> },
  { id: 'holders', label: 'nav.holders', render: () => <HolderPhonesView /> },
  { id: 'about', label: 'nav.about', render: () => <AboutView /> },
] as const satisfies ReadonlyArray<{ id: ViewId; label: MessageKey; render: () => JSX.Element }>;

export function App() {
  const load = useAppInfo((s) => s.load);
  const loadLanguage = useLanguage((s) => s.load);
  const t = useT();
  const locale = useLanguage((s) => s.locale);
  const frontEnd = useAppInfo((s) => s.info?.frontEnd);
  const view = useScreen((s) => s.view);
  const setView = useScreen((s) => s.show);
  const openId = useCeremonies((s) => s.openId);
  const [link, setLink] = useState<{ connected: boolean; sessionEnded?: boolean | undefined }>({
    connected: true,
  });
  useEffect(() => api().on['app.connection']((c) => setLink(c)), []);
  useEffect(() => {
    void load();
    // Until main answers, the screens speak the system's language or English.
    void loadLanguage().catch(() => undefined);
  }, [load, loadLanguage]);
  useEffect(() => {
    // Every screen speaks the chosen language: the page says so, for screen readers and fonts.
    document.documentElement.lang = locale;
  }, [locale]);
  useEffect(() => {
    // The place in the address: restored on a reload, and followed on Back and Forward.
    const follow = () => {
      const place = placeFromHash(window.location.hash);
      setView(place.view);
      useCeremonies.getState().open(place.ceremonyId);
    };
    follow();
    window.addEventListener('popstate', follow);
    return () => window.removeEventListener('popstate', follow);
  }, [setView]);
  const first = useRef(true);
  useEffect(() => {
    const hash = hashOf({ view, ceremonyId: openId });
    if (first.current) {
      // The first render is the address it was opened with (read back just above): nothing to add.
      first.current = false;
      return;
    }
    // A new entry only when the place changed, so Back goes to the previous screen, not the same one.
    // eslint-disable-next-line security/detect-possible-timing-attacks -- a screen's address, not a secret
    if (window.location.hash !== hash) window.history.pushState(null, '', hash);
  }, [view, openId]);
  const current = VIEWS.find((v) => v.id === view) ?? VIEWS[0];
  return (
    <div className="shell">
      <a href="#main" className="skip-link" lang={locale}>
        {t('shell.skipToContent')}
      </a>
      <header className="topbar">
        <h1 className="brand">{NAMES.product}</h1>
        {frontEnd === 'browser' && (
          <span className="topbar-note" lang={locale}>
            {t('shell.browserHostNote')}
          </span>
        )}
      </header>
      {!link.connected && (
        // Lost for good (a new start replaced this tab's session), or for now (main is not answering).
        <div
          className="notice notice-error connection-lost"
          role="alert"
          data-testid={link.sessionEnded ? 'session-ended' : 'connection-lost'}
          lang={locale}
        >
          <p className="notice-title">
            {t(link.sessionEnded ? 'shell.sessionEnded.title' : 'shell.connectionLost.title')}
          </p>
          <p className="notice-hint">
            {t(link.sessionEnded ? 'shell.sessionEnded.hint' : 'shell.connectionLost.hint')}
          </p>
        </div>
      )}
      <div className="layout">
        <nav className="sidenav" aria-label={t('nav.label')} lang={locale}>
          <ul>
            {VIEWS.map((v) => (
              <li key={v.id}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={v.id === view ? 'page' : undefined}
                  onClick={() => {
                    // The Ceremonies entry leads back to the ceremony open there, unless it is over.
                    const { openId: id, ceremonies, open } = useCeremonies.getState();
                    // A ceremony that is over is not returned to: the list shows instead.
                    if (v.id === 'ceremonies' && id && isOver(ceremonies[id]?.phase)) open(null);
                    setView(v.id);
                  }}
                >
                  {t(v.label)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <main className="content" id="main" tabIndex={-1}>
          <ScreenBoundary key={current.id}>
            <Suspense fallback={<p aria-busy="true">{t('shell.loading')}</p>}>{current.render()}</Suspense>
          </ScreenBoundary>
        </main>
      </div>
    </div>
  );
}
