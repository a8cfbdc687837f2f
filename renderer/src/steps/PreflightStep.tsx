import { CHECKLIST_ITEMS, type Ceremony } from '../../../common/contract';
import { call } from '../api';
import { ROOM_CHECK_KEYS } from '../../../common/ceremony/room-checks';
import type { StepProps } from './StepProps';
import { useT } from '../store/language';
import { say, type Translate } from '../../../common/i18n/translate';

export function PreflightStep({ ceremony, run, busy }: StepProps) {
  const t = useT();
  const report = ceremony.preflight;
  return (
    <div className="stack">
      <fieldset className="choices">
        <legend>{t('run.preflight.checklist')}</legend>
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
              {t(ROOM_CHECK_KEYS[item])}
              {at && (
                <span className="muted">
                  {t('run.preflight.ticked', { time: new Date(at).toLocaleTimeString() })}
                </span>
              )}
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
          {report ? t('run.preflight.runAgain') : t('run.preflight.run')}
        </button>
      </div>
      {report && (
        <ul
          className="checks"
          aria-label={t('run.preflight.checks')}
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
                <strong>{c.ok ? t('run.preflight.passed') : t('run.preflight.failed')}</strong>{' '}
                {say(t, c.said?.message) ?? c.message}
                {!c.ok && c.hint && <span className="block">{say(t, c.said?.hint) ?? c.hint}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {blocking(ceremony, t).length > 0 && (
        <p className="muted" data-testid="preflight-blocking">
          {t('run.preflight.blocking', { left: blocking(ceremony, t).join(t('run.preflight.blockingJoin')) })}
        </p>
      )}
    </div>
  );
}

/** What still stands between this step and the next, in words. */
export function blocking(ceremony: Ceremony, t: Translate): string[] {
  const unticked = CHECKLIST_ITEMS.filter((i) => !ceremony.checklist[i]).length;
  const left: string[] = [];
  if (unticked)
    left.push(
      unticked === CHECKLIST_ITEMS.length
        ? t('run.preflight.tickAll', { count: unticked })
        : t('run.preflight.tickLeft', { count: unticked }),
    );
  if (!ceremony.preflight) left.push(t('run.preflight.runLeft'));
  else if (!ceremony.preflight.ok) left.push(t('run.preflight.putRight'));
  return left;
}
