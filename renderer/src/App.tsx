import { lazy, Suspense, useEffect, useState } from 'react';
import { useAppInfo } from './store/app-info';
import { useCeremonies } from './store/ceremonies';
import { CeremoniesView } from './views/CeremoniesView';

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
] as const;
type ViewId = (typeof VIEWS)[number]['id'];

export function App() {
  const load = useAppInfo((s) => s.load);
  const frontEnd = useAppInfo((s) => s.info?.frontEnd);
  const [view, setView] = useState<ViewId>('ceremonies');
  useEffect(() => {
    void load();
  }, [load]);
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
                    // The Ceremonies entry always leads back to the list of ceremonies.
                    if (v.id === 'ceremonies') useCeremonies.getState().open(null);
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
          <Suspense fallback={<p aria-busy="true">Loading…</p>}>{current.render()}</Suspense>
        </main>
      </div>
    </div>
  );
}
