/**
 * A recovery drill in the printed report: each file checked (its holder, its SHA-256 to match against the
 * file kept, and what each curve's share passed or why not), then the conclusion per curve: main's
 * own sentences, said in the report's language.
 */
import type { Ceremony } from '../../../common/contract';
import { showInvisible } from '../../../common/visible-text';
import { say } from '../../../common/i18n/translate';
import { usePrint } from './print-language';
import { checkName } from '../../../common/recovery-kit/check-names';
import { timeIn } from './ReportScript';

const NONE = '—';

export function ReportDrill({ drill }: { drill: NonNullable<Ceremony['drill']> }) {
  const { t, rich, locale } = usePrint();
  const time = timeIn(locale);
  return (
    <section className="report-checks" data-testid="report-drill">
      <h3>{t('report.drill.title')}</h3>
      <ol className="timeline">
        {drill.files.map((f) => {
          const failed = f.groups.find((g) => g.failed)?.failed;
          return (
            <li key={`${f.sha256}-${f.at}`}>
              {rich('report.drill.file', {
                holder: showInvisible(f.holder ?? f.nodeId ?? NONE),
                file: showInvisible(f.file),
                time: time(f.at),
                sha256: <span className="mono-wrap">{f.sha256}</span>,
                result: failed
                  ? t('report.drill.notProven', {
                      check: checkName(t, failed.check),
                    })
                  : t('report.drill.proven', {
                      shares: f.groups
                        .map((g) => t('report.drill.share', { curve: g.curve, id: g.shareId ?? NONE }))
                        .join(t('report.drill.and')),
                    }),
              })}
            </li>
          );
        })}
      </ol>
      <h4>{t('report.drill.conclusion')}</h4>
      {drill.verdicts ? (
        <ul className="timeline">
          {drill.verdicts.map((v) => (
            <li key={v.curve}>
              {rich('report.drill.verdict', {
                curve: <strong>{t('report.drill.curve', { curve: v.curve })}</strong>,
                summary: say(t, v.said) ?? v.summary,
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('report.drill.notConcluded')}</p>
      )}
    </section>
  );
}
