import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
const ReportPage = lazy(() => import('./views/ReportPage').then((m) => ({ default: m.ReportPage })));
import './styles/base.css';
import './styles/controls.css';
import './styles/ceremony.css';
import './styles/report.css';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
// `#report=<id>` shows one ceremony's printable report alone (the desktop app prints it to PDF).
const report = /^#report=([0-9a-f-]{36})$/.exec(window.location.hash)?.[1];
createRoot(root).render(
  <StrictMode>
    {report ? (
      <Suspense fallback={null}>
        <ReportPage id={report} />
      </Suspense>
    ) : (
      <App />
    )}
  </StrictMode>,
);
