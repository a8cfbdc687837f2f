/**
 * The script in the printed report (issue #31): which run sheet versions were printed (their SHA-256,
 * the last one the one in force), and each exception recorded against its step, in step order.
 */
import type { Ceremony } from '../../../common/contract';
import { recordTime } from '../../../common/ceremony/room-checks';
import { showInvisible } from '../../../common/visible-text';

export function ReportScript({ ceremony }: { ceremony: Ceremony }) {
  if (!ceremony.scripts.length && !ceremony.exceptions.length) return null;
  const exceptions = [...ceremony.exceptions].sort((a, b) => a.step - b.step || a.at.localeCompare(b.at));
  return (
    <section className="report-checks" data-testid="report-script">
      <h3>The script</h3>
      <ul className="timeline">
        {ceremony.scripts.map((s, i) => (
          <li key={s.sha256}>
            Run sheet version {s.version}, printed {recordTime(s.at)}: SHA-256{' '}
            <span className="mono-wrap">{s.sha256}</span>
            {i < ceremony.scripts.length - 1 ? ' — superseded' : ' — the one in force'}
          </li>
        ))}
      </ul>
      <h4>Exceptions</h4>
      {exceptions.length ? (
        <ol className="timeline" data-testid="report-exceptions">
          {exceptions.map((e) => (
            <li key={e.at}>
              Step {e.step}, {recordTime(e.at)}: expected {showInvisible(e.expected)}; instead{' '}
              {showInvisible(e.happened)}; decided: {showInvisible(e.decided)}; agreed:{' '}
              {showInvisible(e.agreed)}
            </li>
          ))}
        </ol>
      ) : (
        <p>None recorded: the ceremony ran as the script says.</p>
      )}
    </section>
  );
}
