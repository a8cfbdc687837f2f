/**
 * The script in the printed report (issue #31): which run sheet versions were printed (their SHA-256,
 * the last one the one in force), then the annotated script — the same steps as printed, each with
 * what the app recorded and when, and the exceptions recorded against it in place. A record from
 * before the steps were kept lists its exceptions in step order instead.
 */
import type { Ceremony, ScriptException } from '../../../common/contract';
import { annotatedScript } from '../../../common/ceremony/annotated-script';
import { recordTime } from '../../../common/ceremony/room-checks';
import { showInvisible } from '../../../common/visible-text';
import { useKeyNamesLoaded } from '../store/key-names';

const exceptionText = (e: ScriptException) =>
  `Exception at step ${e.step}, ${recordTime(e.at)}: expected ${showInvisible(e.expected)}; instead ${showInvisible(e.happened)}; decided: ${showInvisible(e.decided)}; agreed: ${showInvisible(e.agreed)}`;

function AnnotatedSteps({ ceremony }: { ceremony: Ceremony }) {
  const names = useKeyNamesLoaded();
  const acts = annotatedScript(ceremony, names);
  if (!acts) return null;
  return (
    <>
      {acts.map((act) => (
        <table key={act.title} className="sheet-table" data-testid="report-annotated-script">
          <caption>{act.title}</caption>
          <thead>
            <tr>
              <th>Step</th>
              <th>Who and what</th>
              <th>Expected</th>
              <th>Recorded by the app</th>
            </tr>
          </thead>
          <tbody>
            {act.steps.map((s) => (
              <tr key={s.no}>
                <td>{s.no}</td>
                <td>
                  {s.who}: {s.what}
                  {s.exceptions.map((e) => (
                    <strong key={e.at} className="block" data-testid="report-exception-in-place">
                      {exceptionText(e)}
                    </strong>
                  ))}
                </td>
                <td className="mono-wrap">{s.expected ?? '—'}</td>
                <td className="mono-wrap">
                  {s.recorded ?? '—'}
                  {s.at && <span className="block small">{recordTime(s.at)}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}

export function ReportScript({ ceremony }: { ceremony: Ceremony }) {
  if (!ceremony.scripts.length && !ceremony.exceptions.length && !ceremony.witnessSigners.length) return null;
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
      <AnnotatedSteps ceremony={ceremony} />
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
      {ceremony.witnessSigners.length > 0 && (
        <>
          <h4>Witnesses’ co-signatures</h4>
          <ul className="timeline" data-testid="report-attestations">
            {ceremony.witnessSigners.map((w) => {
              const a = ceremony.attestations.find((x) => x.principal === w.principal);
              return (
                <li key={w.key}>
                  {w.principal} ({w.key.split(' ')[0]} <span className="mono-wrap">{w.fingerprint}</span>):{' '}
                  {a
                    ? `${a.dissent ? 'dissent signed' : 'co-signed'} over the closing head ${a.head}, ${recordTime(a.at)}`
                    : 'not signed in the app'}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
