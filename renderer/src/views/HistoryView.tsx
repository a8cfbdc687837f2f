/**
 * Past and open ceremonies from their records, with the transcript export and the printable report.
 */
import { useKeyNames, useKeyNamesLoaded } from '../store/key-names';
import { HistoryFilters, matchesFilter, NO_FILTER, type HistoryFilter } from './HistoryFilters';
import { JournalReader } from './JournalReader';
import { DAMAGED_RECORD_ADVICE } from '../../../common/ceremony/damage';
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
  const exportTranscript = () =>
    action.run(async () => {
      const { path, installationKeyFingerprint, download, beside } = await call('transcript.export', { id });
      // In the browser host the file is on the host's disk; the browser downloads a copy too.
      if (download) downloadFile(download.fileName, download.content);
      const also = `${download ? ` Your browser downloaded a copy (${download.fileName}).` : ''}${
        beside.length
          ? ` Beside it, for OpenSSH’s ssh-keygen -Y verify: ${beside.map((f) => f.split(/[\\/]/).pop()).join(', ')}.`
          : ''
      }`;
      setResult(
        !path
          ? 'Export cancelled; nothing was written.'
          : damaged
            ? `Transcript saved to ${path}, marked as damaged: any verifier will say so. It is signed by this installation’s key ${installationKeyFingerprint}.${also}`
            : `Transcript saved to ${path}. It is signed by this installation’s key ${installationKeyFingerprint}.${also}`,
      );
    });
  return { ...action, result, exportTranscript };
}

/** A record that cannot be trusted: what is wrong and where, first and in red, and its export marked so. */
function DamagedRow({ record }: { record: DamagedRecord }) {
  const { busy, error, result, exportTranscript } = useTranscriptExport(record.id, true);
  const { line, entryKind, field } = record.problem;
  return (
    <li className="panel history-item notice-error" data-testid="damaged-record">
      <p className="notice-title">
        Damaged record: {record.kind ?? 'unknown ceremony'} · {showInvisible(record.vaultName ?? 'no vault')}{' '}
        · {record.environment ?? 'unknown environment'} ·{' '}
        {record.startedAt ? new Date(record.startedAt).toLocaleString() : 'start unknown'}
      </p>
      <p data-testid="damage-where">
        {line === null
          ? 'Where: the ceremony’s files as a whole'
          : `Where: journal line ${line}${entryKind ? ` (${entryKind})` : ''}${field ? `, field ${field}` : ''}`}
      </p>
      <p data-testid="damage-summary">{record.summary}</p>
      <p className="notice-hint" data-testid="damage-advice">
        {DAMAGED_RECORD_ADVICE}
      </p>
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={() => void exportTranscript()}>
          Export transcript marked as damaged
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
  return (
    <p className="notice notice-warn" data-testid="drill-outdated">
      Outdated: the key these recovery files were proven for was {superseded.what} on{' '}
      {new Date(superseded.at).toLocaleDateString()}. The files still rebuild the same root key: have their
      holders destroy them, and drill the key that took its place.
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
  const acted = actedOn(ceremony, names);
  const superseded = drillSupersededBy(ceremony, later);
  return (
    <li className="panel history-item" data-testid="history-item">
      <p>
        <strong>{CEREMONIES[ceremony.kind].shortTitle}</strong> ·{' '}
        {showInvisible(ceremony.vaultName ?? 'no vault')} ·{' '}
        <EnvironmentBadge environment={ceremony.environment} /> · outcome{' '}
        <strong>{ceremony.outcome ?? ceremony.phase}</strong> ·{' '}
        {new Date(ceremony.createdAt).toLocaleString()}
      </p>
      {acted.length > 0 && (
        <p className="small mono-wrap" data-testid="acted-on">
          {acted.map(([label, value]) => `${label}: ${value}`).join(' · ')}
        </p>
      )}
      {superseded && <OutdatedDrill superseded={superseded} />}
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={() => void exportTranscript()}>
          Export signed transcript
          <span className="visually-hidden">
            {' '}
            of {CEREMONIES[ceremony.kind].shortTitle}, {new Date(ceremony.createdAt).toLocaleString()}
          </span>
        </button>
        <button type="button" className="button" onClick={onReport}>
          Printable report
        </button>
        <button type="button" className="button" aria-expanded={reading} onClick={() => setReading(!reading)}>
          {reading ? 'Hide the journal' : 'Read the journal'}
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
  if (total <= shown) return null;
  const next = Math.min(HISTORY_PAGE, total - shown);
  return (
    <p className="actions">
      <span className="muted">
        Showing the newest {shown} of {total} closed or abandoned ceremonies.
      </span>{' '}
      <button type="button" className="button" disabled={busy} onClick={() => void run(more)}>
        Show {next} older {next === 1 ? 'ceremony' : 'ceremonies'}
      </button>
    </p>
  );
}

export function HistoryView() {
  const { ceremonies, damaged, recordIndex, historyTotal, load, watch, showOlder } = useCeremonies();
  useKeyNamesLoaded();
  const [report, setReport] = useState<string | null>(null);
  // The message belongs to the report it was about: another report starts without it.
  const [pdfNote, setPdfNote] = useState<{ id: string; text: string } | null>(null);
  const { busy, error, run } = useAction();
  const inBrowser = useAppInfo((s) => s.info?.frontEnd) === 'browser';
  useEffect(() => {
    void load();
    return watch();
  }, [load, watch]);
  const [filter, setFilter] = useState<HistoryFilter>(NO_FILTER);
  const loaded = Object.values(ceremonies).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const all = loaded.filter((c) => matchesFilter(c, filter));
  const shown = report ? ceremonies[report] : undefined;
  if (shown) {
    const pdfMessage = pdfNote?.id === shown.id ? pdfNote.text : null;
    const setPdfMessage = (text: string) => setPdfNote({ id: shown.id, text });
    return (
      <div className="view">
        <div className="actions no-print">
          <button type="button" className="button" onClick={() => setReport(null)}>
            ← History
          </button>
          <button type="button" className="button" onClick={() => window.print()}>
            Print
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => {
              if (inBrowser) {
                // The browser saves PDFs itself: its print dialog, with "Save as PDF" as the destination.
                setPdfMessage(
                  'Your browser’s print dialog opens: choose “Save as PDF” as the destination, then where to save it.',
                );
                window.print();
                return;
              }
              void run(async () => {
                const r = await call('report.savePdf', { id: shown.id });
                setPdfMessage(r.path ? `Report saved to ${r.path}.` : 'Cancelled; nothing was written.');
              });
            }}
          >
            Save as PDF
          </button>
        </div>
        <div className="no-print" aria-live="polite">
          {pdfMessage && <p className="notice notice-ok">{pdfMessage}</p>}
          {error && <ErrorNotice error={error} />}
        </div>
        <ReportView ceremony={shown} />
      </div>
    );
  }
  return (
    <div className="view">
      <h2 className="view-title">History</h2>
      <p className="lead">
        Every ceremony on this computer, from its journal. Export a signed transcript for the auditors, or
        print the report.
      </p>
      {recordIndex && (
        <div className="notice notice-error" role="alert" data-testid="record-index-problem">
          <p className="notice-title">Records may have been rolled back or removed: {recordIndex}.</p>
          <p className="notice-hint">
            The list below may not be everything this installation recorded. Keep the data folder as it is,
            compare the journal heads on the witnesses’ sheets with the transcripts, and report it to your
            security team.
          </p>
        </div>
      )}
      {damaged.length > 0 && (
        <section aria-labelledby="damaged-title">
          <h3 id="damaged-title">
            {damaged.length === 1 ? 'One record is damaged' : `${damaged.length} records are damaged`}
          </h3>
          <ul className="open-list" aria-label="Damaged records">
            {damaged.map((d) => (
              <DamagedRow key={d.id} record={d} />
            ))}
          </ul>
        </section>
      )}
      {loaded.length > 0 && <HistoryFilters filter={filter} onChange={setFilter} />}
      {loaded.length > 0 && all.length < loaded.length && (
        <p className="muted" data-testid="filtered" role="status">
          {all.length} of the {loaded.length} ceremonies shown match.
        </p>
      )}
      {loaded.length === 0 && damaged.length === 0 && <p className="muted">No ceremonies yet.</p>}
      <ul className="open-list" aria-label="Ceremonies">
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
