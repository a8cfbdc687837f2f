/**
 * A ceremony's journal as a readable timeline: each entry's number, time (with its zone), what
 * happened and who acted. Read from main when opened; the signed record itself stays as it is.
 */
import { useEffect, useState } from 'react';
import type { ChannelOutput, ErrorPayload } from '../../../common/contract';
import { entryInWords } from '../../../common/ceremony/journal-words';
import { recordTime } from '../../../common/ceremony/room-checks';
import { call, errorPayload } from '../api';
import { ErrorNotice } from '../components/ErrorNotice';
import { useLanguage, useT } from '../store/language';

export function JournalReader({ id }: { id: string }) {
  const [journal, setJournal] = useState<ChannelOutput<'ceremony.journal'> | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const t = useT();
  const locale = useLanguage((s) => s.locale);
  useEffect(() => {
    call('ceremony.journal', { id })
      .then(setJournal)
      .catch((e: unknown) => setError(errorPayload(e)));
  }, [id]);
  if (error) return <ErrorNotice error={error} />;
  if (!journal) return <p aria-busy="true">{t('report.journal.reading')}</p>;
  return (
    <ol
      className="journal-reader"
      aria-label={t('report.journal.label')}
      lang={locale}
      data-testid="journal-reader"
      data-focus-result
      tabIndex={-1}
    >
      {journal.entries.map((e) => {
        const { what, who } = entryInWords(e.kind, e.data, t);
        return (
          <li key={e.seq} data-kind={e.kind}>
            <span className="muted small">
              {t('report.journal.entry', {
                seq: String(e.seq),
                time: recordTime(e.at, locale === 'en' ? undefined : locale),
                who,
              })}
            </span>
            <br />
            {what}
          </li>
        );
      })}
    </ol>
  );
}
