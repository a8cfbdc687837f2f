/**
 * The report's record of the checks before the send: the room checks and the custodians' check-ins
 * with their times, and the pre-flight's results, every time with its time zone.
 */
import { CHECKLIST_ITEMS, type Ceremony } from '../../../common/contract';
import { recordTime, ROOM_CHECK_WORDS } from '../../../common/ceremony/room-checks';
import { showInvisible } from '../../../common/visible-text';

export function ReportChecks({ ceremony }: { ceremony: Ceremony }) {
  const checkIns = Object.entries(ceremony.custodians);
  return (
    <section className="report-checks" data-testid="report-checks">
      <h3>Before the send</h3>
      <h4>Room checks</h4>
      <ul>
        {CHECKLIST_ITEMS.map((item) => (
          <li key={item}>
            {ROOM_CHECK_WORDS[item]}:{' '}
            {ceremony.checklist[item] ? `ticked ${recordTime(ceremony.checklist[item])}` : 'not ticked'}
          </li>
        ))}
      </ul>
      <h4>Custodians checked in</h4>
      {checkIns.length ? (
        <ul>
          {checkIns.map(([id, at]) => (
            <li key={id}>
              {showInvisible(ceremony.custodianNames[id] ?? id)} ({id}): present, confirmed {recordTime(at)}
            </li>
          ))}
        </ul>
      ) : (
        <p>None.</p>
      )}
      <h4>Pre-flight checks</h4>
      {ceremony.preflight ? (
        <>
          <p>
            Run {recordTime(ceremony.preflight.at)}:{' '}
            {ceremony.preflight.ok ? 'every check passed' : 'NOT every check passed'}.
          </p>
          <ul>
            {ceremony.preflight.checks.map((c) => (
              <li key={c.id}>
                {c.ok ? 'Passed' : 'Failed'}: {c.message}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Not run.</p>
      )}
    </section>
  );
}
