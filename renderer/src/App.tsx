import { lazy, Suspense, useEffect, useRef, useState, type JSX } from 'react';
import { hashOf, placeFromHash, type ViewId } from './place';
import { useScreen } from './store/screen';
import { api } from './api';
import { useAppInfo } from './store/app-info';
import { useCeremonies } from './store/ceremonies';
import { isOver } from './ceremonies';
import { CeremoniesView } from './views/CeremoniesView';
import { ScreenBoundary } from './components/ScreenBoundary';

// The first screen loads at once; the others (and their weight) when first opened.
const ProfilesView = lazy(() => import('./views/ProfilesView').then((m) => ({ default: m.ProfilesView })));
const HistoryView = lazy(() => import('./views/HistoryView').then((m) => ({ default: m.HistoryView })));
const VerifyView = lazy(() => import('./views/VerifyView').then((m) => ({ default: m.VerifyView })));
const HolderPhonesView = lazy(() =>
  import('./views/HolderPhonesView').then((m) => ({ default: m.HolderPhonesView })),
);
const AboutView = lazy(() => import('./views/AboutView').then((m) => ({ default: m.AboutView })));

const VIEWS = [
  { id: 'ceremonies', label: 'Ceremonies', render: () => <CeremoniesView /> },
  { id: 'profiles', label: 'Profiles', render: () => <ProfilesView /> },
  { id: 'history', label: 'History', render: () => <HistoryView /> },
  { id: 'verify', label: 'Verify a transcript', render: () => <VerifyView /> },
  { id: 'holders', label: 'Holder phones', render: () => <HolderPhonesView /> },
  { id: 'about', label: 'About', render: () => <AboutView /> },
] as const satisfies ReadonlyArray<{ id: ViewId; label: string; render: () => JSX.Element }>;

export function App() {
  const load = useAppInfo((s) => s.load);
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
  }, [load]);
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
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="topbar">
        <h1 className="brand">Key Ceremony</h1>
        {frontEnd === 'browser' && <span className="topbar-note">Browser host · offline sandbox only</span>}
      </header>
      {!link.connected && link.sessionEnded && (
        <div className="notice notice-error connection-lost" role="alert" data-testid="session-ended">
          <p className="notice-title">
            This tab’s session has ended: Key Ceremony was started again after this page was opened.
          </p>
          <p className="notice-hint">
            Open the new link that “npm run start:browser” printed when it started; this tab cannot be used
            again. Nothing is lost: the ceremonies are kept and continue where they were.
          </p>
        </div>
      )}
      {!link.connected && !link.sessionEnded && (
        <div className="notice notice-error connection-lost" role="alert" data-testid="connection-lost">
          <p className="notice-title">
            Key Ceremony’s main process is not answering: what this page shows may be out of date.
          </p>
          <p className="notice-hint">
            Nothing you do here reaches it now. Start the app again (npm run start:browser) and open the new
            link it prints; the ceremonies are kept and continue where they were.
          </p>
        </div>
      )}
      <div className="layout">
        <nav className="sidenav" aria-label="Main">
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
                  {v.label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <main className="content" id="main" tabIndex={-1}>
          <ScreenBoundary key={current.id}>
            <Suspense fallback={<p aria-busy="true">Loading…</p>}>{current.render()}</Suspense>
          </ScreenBoundary>
        </main>
      </div>
    </div>
  );
}
