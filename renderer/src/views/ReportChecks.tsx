/**
 * The report's record of the checks before the send: the room checks and the custodians' check-ins
 * with their times, and the pre-flight's results, every time with its time zone. The pre-flight's
 * findings are main's own sentences, as recorded.
 */
import { CHECKLIST_ITEMS, type Ceremony } from '../../../common/contract';
import { ROOM_CHECK_KEYS } from '../../../common/ceremony/room-checks';
import { showInvisible } from '../../../common/visible-text';
import { say } from '../../../common/i18n/translate';
import { usePrint } from './print-language';
import { timeIn } from './ReportScript';

export function ReportChecks({ ceremony }: { ceremony: Ceremony }) {
  const { t, locale } = usePrint();
  const time = timeIn(locale);
  const checkIns = Object.entries(ceremony.custodians);
  return (
    <section className="report-checks" data-testid="report-checks">
      <h3>{t('report.checks.title')}</h3>
      <h4>{t('report.checks.room')}</h4>
      <ul>
        {CHECKLIST_ITEMS.map((item) => {
          const at = ceremony.checklist[item];
          const check = t(ROOM_CHECK_KEYS[item]);
          return (
            <li key={item}>
              {at
                ? t('report.checks.ticked', { check, time: time(at) })
                : t('report.checks.notTicked', { check })}
            </li>
          );
        })}
      </ul>
      <h4>{t('report.checks.checkedIn')}</h4>
      {checkIns.length ? (
        <ul>
          {checkIns.map(([id, at]) => (
            <li key={id}>
              {t('report.checks.present', {
                name: showInvisible(ceremony.custodianNames[id] ?? id),
                id,
                time: time(at),
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('report.checks.none')}</p>
      )}
      <h4>{t('report.checks.preflight')}</h4>
      {ceremony.preflight ? (
        <>
          <p>
            {ceremony.preflight.ok
              ? t('report.checks.preflightPassed', { time: time(ceremony.preflight.at) })
              : t('report.checks.preflightFailed', { time: time(ceremony.preflight.at) })}
          </p>
          <ul>
            {ceremony.preflight.checks.map((c) => (
              <li key={c.id}>
                {c.ok
                  ? t('report.checks.passed', { message: say(t, c.said?.message) ?? c.message })
                  : t('report.checks.failed', { message: say(t, c.said?.message) ?? c.message })}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('report.checks.notRun')}</p>
      )}
    </section>
  );
}
