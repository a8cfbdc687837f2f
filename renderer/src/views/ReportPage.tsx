/** The report on its own page (`#report=<id>`): what the desktop app prints to PDF. */
import { useEffect, useState } from 'react';
import type { Ceremony, ErrorPayload } from '../../../common/contract';
import { call, errorPayload } from '../api';
import { ErrorNotice } from '../components/ErrorNotice';
import { ReportView } from './ReportView';

export function ReportPage({ id }: { id: string }) {
  const [ceremony, setCeremony] = useState<Ceremony | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  useEffect(() => {
    call('ceremony.get', { id })
      .then(setCeremony)
      .catch((e: unknown) => setError(errorPayload(e)));
  }, [id]);
  return (
    <main className="content">
      {error ? (
        <ErrorNotice error={error} />
      ) : ceremony ? (
        <ReportView ceremony={ceremony} />
      ) : (
        <p aria-busy="true">Loading…</p>
      )}
    </main>
  );
}
