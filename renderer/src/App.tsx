import { useEffect } from 'react';
import { useAppInfo } from './store/app-info';
import { AboutView } from './views/AboutView';

export function App() {
  const load = useAppInfo((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <div className="shell">
      <header className="topbar">
        <h1 className="brand">Key Ceremony</h1>
      </header>
      <main className="content" id="main">
        <AboutView />
      </main>
    </div>
  );
}
