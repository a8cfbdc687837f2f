/**
 * A recovery drill in the printed report: each file checked (its holder, its SHA-256 to match against the
 * file kept, and what each curve's share passed or why not), then the conclusion per curve.
 */
import type { Ceremony } from '../../../common/contract';
import { recordTime } from '../../../common/ceremony/room-checks';
import { showInvisible } from '../../../common/visible-text';

export function ReportDrill({ drill }: { drill: NonNullable<Ceremony['drill']> }) {
  return (
    <section className="report-checks" data-testid="report-drill">
      <h3>Recovery files checked</h3>
      <ol className="timeline">
        {drill.files.map((f) => {
          const failed = f.groups.find((g) => g.failed)?.failed;
          return (
            <li key={`${f.sha256}-${f.at}`}>
              {showInvisible(f.holder ?? f.nodeId ?? '—')}, {showInvisible(f.file)}, {recordTime(f.at)}:
              SHA-256 <span className="mono-wrap">{f.sha256}</span> —{' '}
              {failed
                ? `not proven (${failed.check} check failed)`
                : `share proven on ${f.groups.map((g) => `${g.curve} (share ID ${g.shareId ?? '—'})`).join(' and ')}`}
            </li>
          );
        })}
      </ol>
      <h4>Conclusion</h4>
      {drill.verdicts ? (
        <ul className="timeline">
          {drill.verdicts.map((v) => (
            <li key={v.curve}>
              <strong>{v.curve}:</strong> {v.summary}
            </li>
          ))}
        </ul>
      ) : (
        <p>Not concluded.</p>
      )}
    </section>
  );
}
