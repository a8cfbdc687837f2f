import { useEffect, useState } from 'react';
import {
  buildTimeline,
  custodiansDo,
  describeStatus,
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

const seconds = (ms: number) =>
  ms < 60_000
    ? `${Math.round(ms / 1000)} s`
    : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;

/**
 * Who the request waits on, in two parts: the custodians' phones, which tap (or stay open), and Server
 * Signers, which act by themselves — never counted among those who tap.
 */
function waitingInWords(
  does: 'start' | 'keep open',
  waiting: ReadonlyArray<{ name: string; type: string }>,
  deadline: Date | null,
): string {
  const phones = waiting.filter((h) => h.type !== 'API').map((h) => h.name);
  const servers = waiting.filter((h) => h.type === 'API').map((h) => h.name);
  const n = phones.length;
  const people =
    n === 0
      ? ''
      : does === 'start'
        ? `Waiting for ${n} holder${n === 1 ? '' : 's'} to tap Start Key Gen in Cobo Guard (Start in Portal Mobile), once: ${phones.join(', ')}.`
        : `${n} holder${n === 1 ? '' : 's'} take${n === 1 ? 's' : ''} part now, with nothing more to tap: keep Cobo Guard or Portal Mobile open and online until the key is made: ${phones.join(', ')}.`;
  const machines = servers.length
    ? ` Server Signer${servers.length === 1 ? '' : 's'}, acting by ${servers.length === 1 ? 'itself' : 'themselves'}: ${servers.join(', ')}${deadline ? `; ${servers.length === 1 ? 'its TSS Node' : 'their TSS Nodes'} must be online by ${deadline.toLocaleString()}, within 24 hours` : ''}.`
    : '';
  return (people + machines).trim();
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
  const late = props.deadline !== null && props.now > props.deadline.getTime();
  if (props.waited === null && !late) return null;
  return (
    <div className="notice notice-warn" data-testid="long-wait">
      {props.waited !== null && (
        <>
          <p className="notice-title">
            This request has waited {Math.floor(props.waited / 60_000)} minutes on its holders
            {props.offline.length ? ` (offline now: ${props.offline.join(', ')})` : ''}.
          </p>
          <p>
            You can keep waiting: Cobo keeps the request open and nothing is lost. Or reach the holders (by
            phone, or in person) and ask them to open Cobo Guard or Portal Mobile, online.{' '}
            {props.cancellable
              ? 'Or cancel the request while Cobo still allows it (below), and start again when everyone is ready.'
              : 'Cancelling is no longer possible: key generation has started, and the request ends by itself.'}
          </p>
        </>
      )}
      {late && props.deadline && (
        <p data-testid="server-signer-late">
          The Server Signer’s 24 hours ran out at {props.deadline.toLocaleString()}: Cobo’s manual asks for
          its TSS Node online within 24 hours. Bring the TSS Node online now and follow the status; if the
          request fails, start again with the TSS Node online first.
        </p>
      )}
    </div>
  );
}

/** The request's timeline, what it waits on, cancel while possible, and failures with the next step. */
/** Errors after which the request can no longer be followed from this installation. */
const STRANDED = new Set(['profile.secret_missing', 'journal.signer_changed']);

export function StatusStep({ ceremony, data, run, busy }: StepProps) {
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

  if (ceremony.phase === 'submitting') return <p aria-busy="true">Sending the request…</p>;
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
            Check again
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
  const waiting = participantsOf(ceremony, data);
  const deadline = serverSignerDeadline(ceremony.statuses);
  const offline = waiting.filter((h) => !h.online);
  const governed = governedOperation(ceremony, data.groups);
  const does = custodiansDo(last);
  return (
    <div className="stack">
      {ceremony.tssRequestId ? (
        <p className="muted">
          TSS request <code>{ceremony.tssRequestId}</code>
        </p>
      ) : (
        ceremony.outcome === 'success' && (
          <p className="notice notice-ok" data-testid="result">
            Cobo answered: done. The record of this ceremony holds its answer.
          </p>
        )
      )}
      <ol className="timeline" aria-label="Status timeline" data-testid="timeline">
        {timeline.map((step, i) => (
          <li
            key={`${step.status}-${step.at}`}
            className={`timeline-item${i === timeline.length - 1 ? ' timeline-current' : ''}${step.known ? '' : ' timeline-unknown'}${step.observed ? '' : ' timeline-unseen'}`}
            data-status={step.status}
            data-observed={step.observed}
          >
            <strong>{step.title}</strong>
            <span className="muted">
              {step.observed
                ? ` — since ${new Date(step.at).toLocaleTimeString()} · ${seconds(step.durationMs)}`
                : ' — passed through between two checks, not seen'}
            </span>
          </li>
        ))}
      </ol>
      {ceremony.phase === 'tracking' && (
        <div className="notice notice-info" aria-live="polite">
          <p className="notice-title">{meaning.title}</p>
          <p className="notice-hint">{meaning.meaning}</p>
          {last === 'PendingKeyHolderConfirmation' && governed && (
            <p data-testid="governance-waiting">
              This is “{governed}”, a governed operation: if the request does not move on, ask your Admins
              whether it waits for their approval in Cobo Guard or Portal Mobile.
            </p>
          )}
          {does && waiting.length > 0 && (
            <p data-testid="waiting-on">
              {waitingInWords(does, waiting, deadline)}
              {offline.length
                ? ` Offline now: ${offline.map((h) => h.name).join(', ')}; the request waits for them.`
                : ''}
            </p>
          )}
          {ceremony.environment === 'sandbox' && custodiansDo(last) && (
            <p data-testid="rehearsal-hint">
              {custodiansDo(last) === 'start'
                ? 'Rehearsal: the simulated custodians act on the Holder phones screen (in the menu), where each one taps Start Key Gen or rejects, once, as in Cobo Guard.'
                : 'Rehearsal: the simulated phones take part by themselves; taking one offline on the Holder phones screen holds the request until it is back.'}
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
          <p>
            This ceremony cannot be followed any more. Abandon it on the record: its request is left pending
            at Cobo, and the record says why.
          </p>
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
              Cancel the request…
            </button>
          ) : (
            <div className="inline-form danger-zone">
              <p>Cancel this TSS request? Nothing will be created; a new ceremony is needed to try again.</p>
              <div className="actions">
                <button
                  type="button"
                  className="button button-danger"
                  disabled={busy}
                  onClick={() => void run(() => call('ceremony.cancelRequest', { id: ceremony.id }))}
                >
                  Yes, cancel the request
                </button>
                <button type="button" className="button" onClick={() => setConfirmCancel(false)}>
                  Keep it
                </button>
              </div>
            </div>
          )}
        </div>
      )}
      {ceremony.phase !== 'tracking' && ceremony.outcome && ceremony.outcome !== 'success' && (
        <div className="notice notice-error" role="alert" data-testid="failure">
          <p className="notice-title">
            {ceremony.outcome === 'cancelled'
              ? 'The request was cancelled.'
              : 'The ceremony did not succeed.'}
          </p>
          <p className="notice-hint">{ceremony.failure}</p>
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
              Close this one and start again with the same choices
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
