import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { Locale } from '../../common/i18n/locales';
const ReportPage = lazy(() => import('./views/ReportPage').then((m) => ({ default: m.ReportPage })));
import './styles/base.css';
import './styles/controls.css';
import './styles/ceremony.css';
import './styles/report.css';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
// `#report=<id>` shows one ceremony's printable report alone (the desktop app prints it to PDF), in
// the language `&lang=` names if any.
const [place = '', lang] = window.location.hash.split('&lang=');
const report = /^#report=([0-9a-f-]{36})$/.exec(place)?.[1];
const locale = Locale.safeParse(lang).data;
createRoot(root).render(
  <StrictMode>
    {report ? (
      <Suspense fallback={null}>
        <ReportPage id={report} locale={locale} />
      </Suspense>
    ) : (
      <App />
    )}
  </StrictMode>,
);
