/**
 * The report on its own page (`#report=<id>`): what the desktop app prints to PDF. In the screens'
 * language (the one kept for this installation), or in `locale` when the page is asked for another.
 */
import { useEffect, useState } from 'react';
import type { Ceremony, ErrorPayload } from '../../../common/contract';
import type { Locale } from '../../../common/i18n/locales';
import { call, errorPayload } from '../api';
import { ErrorNotice } from '../components/ErrorNotice';
import { ReportView } from './ReportView';
import { useLanguage, useT } from '../store/language';

export function ReportPage({ id, locale }: { id: string; locale?: Locale }) {
  const [ceremony, setCeremony] = useState<Ceremony | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const t = useT();
  const load = useLanguage((s) => s.load);
  useEffect(() => {
    // This page is not inside the app's shell, which reads the screens' language: read it here.
    load().catch(() => undefined);
    call('ceremony.get', { id })
      .then(setCeremony)
      .catch((e: unknown) => setError(errorPayload(e)));
  }, [id, load]);
  return (
    <main className="content">
      {error ? (
        <ErrorNotice error={error} />
      ) : ceremony ? (
        <ReportView ceremony={ceremony} locale={locale} />
      ) : (
        <p aria-busy="true">{t('shell.loading')}</p>
      )}
    </main>
  );
}
