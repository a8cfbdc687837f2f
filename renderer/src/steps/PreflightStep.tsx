import { CHECKLIST_ITEMS, type Ceremony } from '../../../common/contract';
import { call } from '../api';
import { ROOM_CHECK_WORDS } from '../../../common/ceremony/room-checks';
import type { StepProps } from './StepProps';

export function PreflightStep({ ceremony, run, busy }: StepProps) {
  const report = ceremony.preflight;
  return (
    <div className="stack">
      <fieldset className="choices">
        <legend>Room checklist</legend>
        {CHECKLIST_ITEMS.map((item) => {
          const at = ceremony.checklist[item];
          return (
            <label key={item} className="choice-inline">
              {/* A tick cannot be taken back; the box stays focusable, so the focus stays where it was. */}
              <input
                type="checkbox"
                checked={Boolean(at)}
                disabled={busy && !at}
                aria-disabled={Boolean(at)}
                onChange={() => {
                  if (!at) void run(() => call('ceremony.tick', { id: ceremony.id, item }));
                }}
              />{' '}
              {ROOM_CHECK_WORDS[item]}
              {at && <span className="muted"> — ticked {new Date(at).toLocaleTimeString()}</span>}
            </label>
          );
        })}
      </fieldset>
      <div>
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() =>
            void run(() => call('ceremony.preflight', { id: ceremony.id }), { andContinue: true })
          }
        >
          {report ? 'Run the checks again' : 'Run the checks'}
        </button>
      </div>
      {report && (
        <ul
          className="checks"
          aria-label="Pre-flight checks"
          data-testid="preflight"
          data-focus-result
          tabIndex={-1}
        >
          {report.checks.map((c) => (
            <li key={c.id} className={c.ok ? 'check-ok' : 'check-bad'}>
              <span className="check-mark" aria-hidden="true">
                {c.ok ? '✓' : '✗'}
              </span>
              <span>
                <strong>{c.ok ? 'Passed' : 'Failed'}:</strong> {c.message}
                {!c.ok && c.hint && <span className="block">{c.hint}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {blocking(ceremony).length > 0 && (
        <p className="muted" data-testid="preflight-blocking">
          Before you can continue: {blocking(ceremony).join('; ')}.
        </p>
      )}
    </div>
  );
}

/** What still stands between this step and the next, in words. */
export function blocking(ceremony: Ceremony): string[] {
  const unticked = CHECKLIST_ITEMS.filter((i) => !ceremony.checklist[i]).length;
  const left: string[] = [];
  if (unticked)
    left.push(
      unticked === CHECKLIST_ITEMS.length
        ? `tick the ${unticked} room checks`
        : `tick the ${unticked === 1 ? 'last room check' : `${unticked} room checks left`}`,
    );
  if (!ceremony.preflight) left.push('run the checks');
  else if (!ceremony.preflight.ok) left.push('put right what failed, then run the checks again');
  return left;
}
