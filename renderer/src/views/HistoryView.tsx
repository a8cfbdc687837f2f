/**
 * Past and open ceremonies from their records, with the transcript export and the printable report.
 */
import { screenReaderOnly } from '../components/ScreenReaderOnly';
import type { Locale } from '../../../common/i18n/locales';
import { useKeyNames, useKeyNamesLoaded } from '../store/key-names';
import { HistoryFilters, matchesFilter, NO_FILTER, type HistoryFilter } from './HistoryFilters';
import { JournalReader } from './JournalReader';
import { useEffect, useState } from 'react';
import type { Ceremony, DamagedRecord } from '../../../common/contract';
import { call } from '../api';
import { HISTORY_PAGE } from '../../../common/ceremony/history';
import { CEREMONIES, isOver } from '../ceremonies';
import { EnvironmentBadge } from '../components/EnvironmentBadge';
import { ErrorNotice } from '../components/ErrorNotice';
import { useCeremonies } from '../store/ceremonies';
import { useAction } from '../store/use-action';
import { useAppInfo } from '../store/app-info';
import { actedOn } from '../../../common/ceremony/acted-on';
import { ReportView } from './ReportView';
import { showInvisible } from '../../../common/visible-text';
import { drillSupersededBy } from '../../../common/ceremony/drills';
import { CoSignatures } from '../components/WitnessSigning';
import { useLanguage, useRich, useT } from '../store/language';
import { say, type MessageKey } from '../../../common/i18n/translate';

/** A ceremony's outcome, or its phase while it has none, in words. */
const STATE_WORDS: Record<NonNullable<Ceremony['outcome']> | Ceremony['phase'], MessageKey> = {
  success: 'history.outcome.success',
  failed: 'history.outcome.failed',
  cancelled: 'history.outcome.cancelled',
  abandoned: 'history.outcome.abandoned',
  preparing: 'history.phase.preparing',
  submitting: 'history.phase.submitting',
  undecided: 'history.phase.undecided',
  tracking: 'history.phase.tracking',
  finished: 'history.phase.finished',
  closed: 'history.phase.closed',
};

/** The tool the signature files beside a transcript are for: names, kept as they are. */
const OPENSSH = { tool: 'OpenSSH', command: 'ssh-keygen -Y verify' } as const;

/** Hands a file to the browser's downloads. */
function downloadFile(fileName: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Exports a record's transcript and says where it went. */
function useTranscriptExport(id: string, damaged: boolean) {
  const [result, setResult] = useState<string | null>(null);
  const action = useAction();
  const t = useT();
  const exportTranscript = () =>
    action.run(async () => {
      const { path, installationKeyFingerprint, download, beside } = await call('transcript.export', { id });
      // In the browser host the file is on the host's disk; the browser downloads a copy too.
      if (download) downloadFile(download.fileName, download.content);
      const also =
        (download ? t('history.export.browserCopy', { file: download.fileName }) : '') +
        (beside.length
          ? t('history.export.beside', {
              ...OPENSSH,
              files: beside.map((f) => f.split(/[\\/]/).pop()).join(', '),
            })
          : '');
      const values = { path: path ?? '', fingerprint: installationKeyFingerprint, also };
      setResult(
        !path
          ? t('history.export.cancelled')
          : damaged
            ? t('history.export.savedDamaged', values)
            : t('history.export.saved', values),
      );
    });
  return { ...action, result, exportTranscript };
}

/** A record that cannot be trusted: what is wrong and where, first and in red, and its export marked so. */
function DamagedRow({ record }: { record: DamagedRecord }) {
  const { busy, error, result, exportTranscript } = useTranscriptExport(record.id, true);
  const { line, entryKind, field } = record.problem;
  const t = useT();
  const summary = say(t, record.said);
  return (
    <li className="panel history-item notice-error" data-testid="damaged-record">
      <p className="notice-title">
        {t('history.damaged.title', {
          kind: record.kind ?? t('history.damaged.unknownKind'),
          vault:
            typeof record.vaultName === 'string' ? showInvisible(record.vaultName) : t('history.noVault'),
          environment: record.environment ?? t('history.damaged.unknownEnvironment'),
          started: record.startedAt
            ? new Date(record.startedAt).toLocaleString()
            : t('history.damaged.startUnknown'),
        })}
      </p>
      <p data-testid="damage-where">
        {line === null
          ? t('history.damaged.whereFiles')
          : t('history.damaged.whereLine', { line }) +
            (entryKind ? t('verify.whereKind', { kind: entryKind }) : '') +
            (field ? t('verify.whereField', { field }) : '')}
      </p>
      {/* Main's sentence in the screen's language; its English (marked so) when this build cannot say it. */}
      {summary === null ? (
        <p data-testid="damage-summary" lang="en">
          {record.summary}
        </p>
      ) : (
        <p data-testid="damage-summary">{summary}</p>
      )}
      <p className="notice-hint" data-testid="damage-advice">
        {t('record.damagedRecordAdvice')}
      </p>
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={() => void exportTranscript()}>
          {t('history.damaged.export')}
        </button>
      </div>
      <div aria-live="polite">
        {result && (
          <p className="notice notice-info" data-testid="export-result" data-focus-result tabIndex={-1}>
            {result}
          </p>
        )}
        {error && <ErrorNotice error={error} />}
      </div>
    </li>
  );
}

/** A drill whose key was since replaced or deleted: its files are outdated, and must be destroyed. */
function OutdatedDrill({ superseded }: { superseded: { what: string; at: string } }) {
  const t = useT();
  return (
    <p className="notice notice-warn" data-testid="drill-outdated">
      {t('history.drill.outdated', {
        what: superseded.what,
        date: new Date(superseded.at).toLocaleDateString(),
      })}
    </p>
  );
}

function HistoryRow({
  ceremony,
  later,
  onReport,
}: {
  ceremony: Ceremony;
  /** The ceremonies loaded, to tell whether a later one replaced what this one proved. */
  later: readonly Ceremony[];
  onReport(): void;
}) {
  const { busy, error, result, exportTranscript } = useTranscriptExport(ceremony.id, false);
  const [reading, setReading] = useState(false);
  const names = useKeyNames((s) => s.names);
  const t = useT();
  const acted = actedOn(ceremony, names, t);
  const superseded = drillSupersededBy(ceremony, later, t);
  const rich = useRich();
  const kind = t(CEREMONIES[ceremony.kind].shortTitleKey);
  const date = new Date(ceremony.createdAt).toLocaleString();
  return (
    <li className="panel history-item" data-testid="history-item">
      <p>
        {rich('history.row.summary', {
          kind,
          vault:
            typeof ceremony.vaultName === 'string' ? showInvisible(ceremony.vaultName) : t('history.noVault'),
          environment: <EnvironmentBadge environment={ceremony.environment} />,
          outcome: t(STATE_WORDS[ceremony.outcome ?? ceremony.phase]),
          date,
          b: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      {acted.length > 0 && (
        <p className="small mono-wrap" data-testid="acted-on">
          {acted.map(([label, value]) => t('history.row.fact', { label, value })).join(' · ')}
        </p>
      )}
      {superseded && <OutdatedDrill superseded={superseded} />}
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={() => void exportTranscript()}>
          {rich('history.row.export', {
            kind,
            date,
            h: screenReaderOnly,
          })}
        </button>
        <button type="button" className="button" onClick={onReport}>
          {t('history.row.report')}
        </button>
        <button type="button" className="button" aria-expanded={reading} onClick={() => setReading(!reading)}>
          {reading ? t('history.row.hideJournal') : t('history.row.readJournal')}
        </button>
      </div>
      {reading && <JournalReader id={ceremony.id} />}
      {ceremony.witnessSigners.length > 0 && <CoSignatures ceremony={ceremony} />}
      <div aria-live="polite">
        {result && (
          <p className="notice notice-ok" data-testid="export-result" data-focus-result tabIndex={-1}>
            {result}
          </p>
        )}
        {error && <ErrorNotice error={error} />}
      </div>
    </li>
  );
}

/** The finished ceremonies come a page at a time: how many are shown, and the next page. */
function OlderCeremonies({
  shown,
  total,
  more,
}: {
  shown: number;
  total: number;
  more: () => Promise<void>;
}) {
  const { busy, run } = useAction();
  const t = useT();
  if (total <= shown) return null;
  const next = Math.min(HISTORY_PAGE, total - shown);
  return (
    <p className="actions">
      <span className="muted">{t('history.older.showing', { shown, total })}</span>{' '}
      <button type="button" className="button" disabled={busy} onClick={() => void run(more)}>
        {t('history.older.more', { count: next })}
      </button>
    </p>
  );
}

export function HistoryView() {
  const { ceremonies, damaged, recordIndex, recordIndexSaid, historyTotal, load, watch, showOlder } =
    useCeremonies();
  useKeyNamesLoaded();
  const [report, setReport] = useState<string | null>(null);
  // The message belongs to the report it was about: another report starts without it.
  const [pdfNote, setPdfNote] = useState<{ id: string; text: string } | null>(null);
  // The language the report is printed in, for the PDF the desktop app makes of it.
  const [printLocale, setPrintLocale] = useState<Locale | undefined>(undefined);
  const { busy, error, run } = useAction();
  const inBrowser = useAppInfo((s) => s.info?.frontEnd) === 'browser';
  const t = useT();
  const locale = useLanguage((s) => s.locale);
  useEffect(() => {
    void load();
    return watch();
  }, [load, watch]);
  const [filter, setFilter] = useState<HistoryFilter>(NO_FILTER);
  const loaded = Object.values(ceremonies).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const all = loaded.filter((c) => matchesFilter(c, filter, t));
  const shown = report ? ceremonies[report] : undefined;
  if (shown) {
    const pdfMessage = pdfNote?.id === shown.id ? pdfNote.text : null;
    const setPdfMessage = (text: string) => setPdfNote({ id: shown.id, text });
    return (
      <div className="view">
        {/* The report says its own language; these are the screen's. */}
        <div className="actions no-print" lang={locale}>
          <button type="button" className="button" onClick={() => setReport(null)}>
            {t('history.report.back')}
          </button>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('history.report.print')}
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => {
              if (inBrowser) {
                // The browser saves PDFs itself: its print dialog, with "Save as PDF" as the destination.
                setPdfMessage(t('history.report.browserPdf'));
                window.print();
                return;
              }
              void run(async () => {
                const r = await call('report.savePdf', { id: shown.id, locale: printLocale });
                setPdfMessage(
                  r.path ? t('history.report.saved', { path: r.path }) : t('history.report.cancelled'),
                );
              });
            }}
          >
            {t('history.report.savePdf')}
          </button>
        </div>
        <div className="no-print" aria-live="polite" lang={locale}>
          {pdfMessage && <p className="notice notice-ok">{pdfMessage}</p>}
          {error && <ErrorNotice error={error} />}
        </div>
        <ReportView ceremony={shown} onPrintLanguage={setPrintLocale} />
      </div>
    );
  }
  return (
    <div className="view" lang={locale}>
      <h2 className="view-title">{t('history.title')}</h2>
      <p className="lead">{t('history.lead')}</p>
      {recordIndex && (
        <div className="notice notice-error" role="alert" data-testid="record-index-problem">
          <p className="notice-title">
            {t('history.recordIndex', {
              problem: say(t, recordIndexSaid) ?? recordIndex,
            })}
          </p>
          <p className="notice-hint">{t('history.recordIndexHint')}</p>
        </div>
      )}
      {damaged.length > 0 && (
        <section aria-labelledby="damaged-title">
          <h3 id="damaged-title">{t('history.damagedCount', { count: damaged.length })}</h3>
          <ul className="open-list" aria-label={t('history.damagedLabel')}>
            {damaged.map((d) => (
              <DamagedRow key={d.id} record={d} />
            ))}
          </ul>
        </section>
      )}
      {loaded.length > 0 && <HistoryFilters filter={filter} onChange={setFilter} />}
      {loaded.length > 0 && all.length < loaded.length && (
        <p className="muted" data-testid="filtered" role="status">
          {t('history.filtered', { shown: all.length, total: loaded.length })}
        </p>
      )}
      {loaded.length === 0 && damaged.length === 0 && <p className="muted">{t('history.empty')}</p>}
      <ul className="open-list" aria-label={t('history.listLabel')}>
        {all.map((c) => (
          <HistoryRow key={c.id} ceremony={c} later={loaded} onReport={() => setReport(c.id)} />
        ))}
      </ul>
      <OlderCeremonies
        shown={loaded.filter((c) => isOver(c.phase)).length}
        total={historyTotal}
        more={showOlder}
      />
    </div>
  );
}
