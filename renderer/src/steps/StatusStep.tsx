import { useEffect, useState } from 'react';
import {
  buildTimeline,
  custodiansDo,
  describeStatus,
  statusInWords,
  stepTitle,
  longWait,
  serverSignerDeadline,
} from '../../../common/ceremony/status';
import { call } from '../api';
import { AbandonButton } from '../components/AbandonButton';
import { ErrorNotice } from '../components/ErrorNotice';
import { governedOperation } from '../../../common/ceremony/governance';
import { HolderActions, RejectedBy, useSimulatedActions } from '../components/HolderActions';
import type { StepProps } from './StepProps';
import { participantsOf } from './use-cobo-data';
import { useCeremonies } from '../store/ceremonies';
import { useRich, useT } from '../store/language';
import { say, type Translate } from '../../../common/i18n/translate';

// Durations go in as text: a number would be grouped ("1,440 min") where it never was.
const seconds = (ms: number, t: Translate) =>
  ms < 60_000
    ? t('run.status.seconds', { s: String(Math.round(ms / 1000)) })
    : t('run.status.minutes', {
        m: String(Math.floor(ms / 60_000)),
        s: String(Math.round((ms % 60_000) / 1000)),
      });

/**
 * Who the request waits on, in two parts: the custodians' phones, which tap (or stay open), and Server
 * Signers, which act by themselves — never counted among those who tap.
 */
function waitingInWords(
  does: 'start' | 'keep open',
  waiting: ReadonlyArray<{ name: string; type: string }>,
  deadline: Date | null,
  t: Translate,
): string {
  const phones = waiting.filter((h) => h.type !== 'API').map((h) => h.name);
  const servers = waiting.filter((h) => h.type === 'API').map((h) => h.name);
  const n = phones.length;
  const people =
    n === 0
      ? ''
      : does === 'start'
        ? t('run.status.waitingStart', { count: n, names: phones.join(t('words.listSeparator')) })
        : t('run.status.waitingKeepOpen', { count: n, names: phones.join(t('words.listSeparator')) });
  const machines = !servers.length
    ? ''
    : deadline
      ? t('run.status.serversBy', {
          count: servers.length,
          names: servers.join(t('words.listSeparator')),
          time: deadline.toLocaleString(),
        })
      : t('run.status.servers', { count: servers.length, names: servers.join(t('words.listSeparator')) });
  return [people, machines].filter(Boolean).join(' ');
}

/**
 * A long wait on the custodians says what the choices are, and a Server Signer's 24 hours (Cobo's
 * manual, holder-group-main-group) that ran out is said as such.
 */
function LongWait(props: {
  waited: number | null;
  cancellable: boolean;
  offline: readonly string[];
  deadline: Date | null;
  now: number;
}) {
  const t = useT();
  const late = props.deadline !== null && props.now > props.deadline.getTime();
  if (props.waited === null && !late) return null;
  return (
    <div className="notice notice-warn" data-testid="long-wait">
      {props.waited !== null && (
        <>
          <p className="notice-title">
            {props.offline.length
              ? t('run.status.waitedOffline', {
                  minutes: String(Math.floor(props.waited / 60_000)),
                  names: props.offline.join(t('words.listSeparator')),
                })
              : t('run.status.waited', { minutes: String(Math.floor(props.waited / 60_000)) })}
          </p>
          <p>
            {t('run.status.keepWaiting')}{' '}
            {props.cancellable ? t('run.status.orCancel') : t('run.status.cannotCancel')}
          </p>
        </>
      )}
      {late && props.deadline && (
        <p data-testid="server-signer-late">
          {t('run.status.serverLate', { time: props.deadline.toLocaleString() })}
        </p>
      )}
    </div>
  );
}

/** The request's timeline, what it waits on, cancel while possible, and failures with the next step. */
/** Errors after which the request can no longer be followed from this installation. */
const STRANDED = new Set(['profile.secret_missing', 'journal.signer_changed']);

export function StatusStep({ ceremony, data, run, busy }: StepProps) {
  const t = useT();
  const rich = useRich();
  const [now, setNow] = useState(() => Date.now());
  const [confirmCancel, setConfirmCancel] = useState(false);
  // Read once here for both the holders' panel and the failure's "Rejected by".
  const simulated = useSimulatedActions(ceremony);
  const { reload } = data;
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const lastStatus = ceremony.statuses.at(-1)?.status;
  const waitingForHolders = ceremony.phase === 'tracking' && custodiansDo(lastStatus ?? '') !== null;
  useEffect(() => {
    // While holders act or take part, refresh who is online now and then (the request budget is for the status).
    if (!waitingForHolders) return;
    const timer = setInterval(reload, 30_000);
    return () => clearInterval(timer);
  }, [waitingForHolders, reload]);

  if (ceremony.phase === 'submitting') return <p aria-busy="true">{t('run.status.sending')}</p>;
  if (ceremony.phase === 'undecided') {
    return (
      <div className="stack">
        {ceremony.lastError && <ErrorNotice error={ceremony.lastError} />}
        <div className="actions">
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void run(() => call('ceremony.reconcile', { id: ceremony.id }))}
          >
            {t('run.status.checkAgain')}
          </button>
          <AbandonButton
            quiet={false}
            busy={busy}
            onAbandon={() => void run(() => call('ceremony.abandon', { id: ceremony.id }))}
          />
        </div>
      </div>
    );
  }
  const timeline = buildTimeline(ceremony.statuses, now, ceremony.outcome === 'cancelled');
  const last = ceremony.statuses[ceremony.statuses.length - 1]?.status ?? '';
  const meaning = describeStatus(last);
  const said = statusInWords(last, t);
  const waiting = participantsOf(ceremony, data);
  const deadline = serverSignerDeadline(ceremony.statuses);
  const offline = waiting.filter((h) => !h.online);
  const governed = governedOperation(ceremony, data.groups);
  const does = custodiansDo(last);
  return (
    <div className="stack">
      {ceremony.tssRequestId ? (
        <p className="muted">{rich('run.status.tssRequest', { id: <code>{ceremony.tssRequestId}</code> })}</p>
      ) : (
        ceremony.outcome === 'success' && (
          <p className="notice notice-ok" data-testid="result">
            {t('run.status.coboDone')}
          </p>
        )
      )}
      <ol className="timeline" aria-label={t('run.status.timeline')} data-testid="timeline">
        {timeline.map((step, i) => (
          <li
            key={`${step.status}-${step.at}`}
            className={`timeline-item${i === timeline.length - 1 ? ' timeline-current' : ''}${step.known ? '' : ' timeline-unknown'}${step.observed ? '' : ' timeline-unseen'}`}
            data-status={step.status}
            data-observed={step.observed}
          >
            <strong>{stepTitle(step, t)}</strong>
            <span className="muted">
              {step.observed
                ? t('run.status.since', {
                    time: new Date(step.at).toLocaleTimeString(),
                    duration: seconds(step.durationMs, t),
                  })
                : t('run.status.unseen')}
            </span>
          </li>
        ))}
      </ol>
      {ceremony.phase === 'tracking' && (
        <div className="notice notice-info" aria-live="polite">
          <p className="notice-title">{said.title}</p>
          <p className="notice-hint">{said.meaning}</p>
          {last === 'PendingKeyHolderConfirmation' && governed && (
            <p data-testid="governance-waiting">{t('run.status.governed', { operation: t(governed) })}</p>
          )}
          {does && waiting.length > 0 && (
            <p data-testid="waiting-on">
              {waitingInWords(does, waiting, deadline, t)}
              {offline.length
                ? t('run.status.offlineNow', {
                    names: offline.map((h) => h.name).join(t('words.listSeparator')),
                  })
                : ''}
            </p>
          )}
          {ceremony.environment === 'sandbox' && custodiansDo(last) && (
            <p data-testid="rehearsal-hint">
              {custodiansDo(last) === 'start'
                ? t('run.status.rehearsalStart')
                : t('run.status.rehearsalKeepOpen')}
            </p>
          )}
        </div>
      )}
      {ceremony.phase === 'tracking' && (
        <LongWait
          waited={longWait(ceremony.statuses, now)}
          cancellable={meaning.cancellable}
          offline={offline.map((h) => h.name)}
          deadline={waiting.some((h) => h.type === 'API') ? deadline : null}
          now={now}
        />
      )}
      {ceremony.tssRequestId && <HolderActions ceremony={ceremony} holders={simulated} />}
      {ceremony.lastError && ceremony.phase === 'tracking' && <ErrorNotice error={ceremony.lastError} />}
      {ceremony.phase === 'tracking' && STRANDED.has(ceremony.lastError?.code ?? '') && (
        <div className="stack" data-testid="stranded">
          <p>{t('run.status.stranded')}</p>
          <AbandonButton
            quiet={false}
            busy={busy}
            onAbandon={() => void run(() => call('ceremony.abandon', { id: ceremony.id }))}
          />
        </div>
      )}
      {ceremony.phase === 'tracking' && meaning.cancellable && (
        <div>
          {!confirmCancel ? (
            <button
              type="button"
              className="button button-danger-quiet"
              onClick={() => setConfirmCancel(true)}
            >
              {t('run.status.cancel')}
            </button>
          ) : (
            <div className="inline-form danger-zone">
              <p>{t('run.status.cancelQuestion')}</p>
              <div className="actions">
                <button
                  type="button"
                  className="button button-danger"
                  disabled={busy}
                  onClick={() => void run(() => call('ceremony.cancelRequest', { id: ceremony.id }))}
                >
                  {t('run.status.cancelYes')}
                </button>
                <button type="button" className="button" onClick={() => setConfirmCancel(false)}>
                  {t('run.status.cancelKeep')}
                </button>
              </div>
            </div>
          )}
        </div>
      )}
      {ceremony.phase !== 'tracking' && ceremony.outcome && ceremony.outcome !== 'success' && (
        <div className="notice notice-error" role="alert" data-testid="failure">
          <p className="notice-title">
            {ceremony.outcome === 'cancelled' ? t('run.status.cancelled') : t('run.status.failed')}
          </p>
          <p className="notice-hint">{say(t, ceremony.failureSaid) ?? ceremony.failure}</p>
          {ceremony.environment === 'sandbox' && last === 'KeyHolderConfirmationFailed' && (
            <RejectedBy holders={simulated} />
          )}
          <div className="actions">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void run(() => useCeremonies.getState().startAgain(ceremony))}
            >
              {t('run.status.startAgain')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
