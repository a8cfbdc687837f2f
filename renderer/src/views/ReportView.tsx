/**
 * The printable report of a ceremony: the facts, the status timeline, the root keys with fingerprints
 * and QR codes, and sign-off lines. Electron saves it as PDF; in a browser, Print → Save as PDF.
 */
import { useEffect, useState } from 'react';
import type { Ceremony, ChannelOutput } from '../../../common/contract';
import { call } from '../api';
import { actedOn } from '../../../common/ceremony/acted-on';
import { FactRow } from '../components/FactRow';
import { useKeyNamesLoaded } from '../store/key-names';
import { recordTime } from '../../../common/ceremony/room-checks';
import { ReportChecks } from './ReportChecks';
import { usePageFooter } from './page-footer';
import { ReportDrill } from './ReportDrill';
import { ReportScript } from './ReportScript';
import { buildTimeline } from '../../../common/ceremony/status';
import { CEREMONIES } from '../ceremonies';
import { RootKeyPanel } from '../components/RootKeyPanel';
import { showInvisible } from '../../../common/visible-text';

export function ReportView({ ceremony }: { ceremony: Ceremony }) {
  const keyNames = useKeyNamesLoaded();
  const [head, setHead] = useState<ChannelOutput<'ceremony.journalHead'> | null>(null);
  const [installationKey, setInstallationKey] = useState<string | null>(null);
  useEffect(() => {
    void call('app.installationKey', {})
      .then((k) => setInstallationKey(k.fingerprint))
      .catch(() => setInstallationKey(null));
  }, []);
  useEffect(() => {
    // Read again whenever the ceremony changes: the head moves with every journal entry.
    void call('ceremony.journalHead', { id: ceremony.id })
      .then(setHead)
      .catch(() => setHead(null));
  }, [ceremony.id, ceremony.updatedAt]);
  usePageFooter(`Ceremony ${ceremony.id}`);
  const timeline = buildTimeline(
    ceremony.statuses,
    Date.parse(ceremony.updatedAt),
    ceremony.outcome === 'cancelled',
  );
  // Only a TSS request has statuses to follow; the other kinds are one call to Cobo.
  const tss = CEREMONIES[ceremony.kind].protocol === 'tss-request';
  const people = Object.keys(ceremony.custodians).map((id) =>
    showInvisible(ceremony.custodianNames[id] ?? id),
  );
  return (
    <article className="report" data-testid="report">
      <header>
        <h2>Key ceremony report</h2>
        <p className="report-kind">{CEREMONIES[ceremony.kind].title}</p>
        {ceremony.environment !== 'production' && (
          <p className="report-env">
            Environment:{' '}
            {ceremony.environment === 'sandbox'
              ? 'OFFLINE SANDBOX — REHEARSAL, NO REAL KEYS'
              : 'Cobo Development'}
          </p>
        )}
      </header>
      <dl className="facts">
        <dt>Ceremony</dt>
        <dd className="mono">{ceremony.id}</dd>
        <dt>Environment</dt>
        <dd>{ceremony.environment}</dd>
        <dt>Vault</dt>
        <dd>
          {showInvisible(ceremony.vaultName ?? '')}{' '}
          <span className="mono small">({ceremony.selection.vaultId})</span>
        </dd>
        <dt>API key fingerprint</dt>
        <dd className="mono">{ceremony.apiKeyFingerprint}</dd>
        {tss && (
          <>
            <dt>TSS request</dt>
            <dd className="mono">{ceremony.tssRequestId ?? '—'}</dd>
          </>
        )}
        <dt>Outcome</dt>
        <dd>{ceremony.outcome ?? 'open'}</dd>
        <dt>Started</dt>
        <dd>{recordTime(ceremony.createdAt)}</dd>
        <dt>Security officer</dt>
        <dd>{showInvisible(ceremony.officerName ?? '—')}</dd>
        <dt>Custodians</dt>
        <dd>{people.join(', ') || '—'}</dd>
        <dt>Witnesses</dt>
        <dd>{ceremony.witnesses.map(showInvisible).join(', ') || '—'}</dd>
        {actedOn(ceremony, keyNames).map((fact) => (
          <FactRow key={fact[0]} fact={fact} />
        ))}
        <dt>Record signed by installation key</dt>
        <dd className="mono" data-testid="installation-key">
          {installationKey ?? '—'}
        </dd>
      </dl>
      <ReportChecks ceremony={ceremony} />
      {tss ? (
        <>
          <h3>Status timeline</h3>
          <ol className="timeline">
            {timeline.map((s) => (
              <li key={`${s.status}-${s.at}`} data-observed={s.observed}>
                {s.observed
                  ? `${new Date(s.at).toLocaleTimeString(undefined, { timeStyle: 'long' })} — ${s.title} (${s.status})`
                  : `passed through between two checks, not seen — ${s.title} (${s.status})`}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p data-testid="no-timeline">
          {CEREMONIES[ceremony.kind].protocol === 'offline-drill'
            ? 'A recovery drill sends nothing to Cobo, so there is no status timeline: its journal records each recovery file checked and the conclusion.'
            : `${CEREMONIES[ceremony.kind].shortTitle} makes no TSS request, so there is no status timeline: it is one call to Cobo with the organisation’s API key, and its journal records when it was sent and what Cobo answered.`}
        </p>
      )}
      {ceremony.drill && <ReportDrill drill={ceremony.drill} />}
      <ReportScript ceremony={ceremony} />
      {ceremony.rootKeysAfter && ceremony.rootKeysAfter.length > 0 && (
        <section className="report-root-keys">
          <h3>Root extended public keys</h3>
          {ceremony.rootKeysUnchanged === true && <p>Checked: identical to the keys before the ceremony.</p>}
          {ceremony.rootKeysUnchanged === false && (
            <p className="notice notice-stop">The root keys CHANGED during this ceremony.</p>
          )}
          <div className="root-keys">
            {ceremony.rootKeysAfter.map((k) => (
              <RootKeyPanel key={k.curve} rootKey={k} />
            ))}
          </div>
        </section>
      )}
      <h3>Sign-off</h3>
      <p data-testid="journal-head-line">
        Journal head at printing ({head ? `${head.entries} entries` : '…'}):{' '}
        <strong className="fingerprint" data-testid="journal-head">
          {head?.fingerprint ?? '…'}
        </strong>
        . The witnesses write it down; <code>verify-transcript --expect-head</code> checks a transcript
        against it.
      </p>
      <div className="signoff">
        {[
          `Security officer${ceremony.officerName ? `: ${showInvisible(ceremony.officerName)}` : ''}`,
          ...people.map((p) => `Custodian: ${p}`),
          ...ceremony.witnesses.map((w) => `Witness: ${showInvisible(w)}`),
        ].map((role) => (
          <p key={role} className="signoff-line">
            <span>{role}</span>
            <span className="signoff-blank">Signature and date</span>
          </p>
        ))}
      </div>
    </article>
  );
}
