/**
 * The script in the printed report (issue #31): which run sheet versions were printed (their SHA-256,
 * the last one the one in force), then the annotated script — the same steps as printed, each with
 * what the app recorded and when, and the exceptions recorded against it in place. A record from
 * before the steps were kept lists its exceptions in step order instead. In the report's print language.
 */
import type { Ceremony, ScriptException } from '../../../common/contract';
import { annotatedScript } from '../../../common/ceremony/annotated-script';
import { recordTime } from '../../../common/ceremony/room-checks';
import { showInvisible } from '../../../common/visible-text';
import type { Translate } from '../../../common/i18n/translate';
import { useKeyNamesLoaded } from '../store/key-names';
import { usePrint } from './print-language';

const NONE = '—';

const exceptionValues = (e: ScriptException, time: (iso: string) => string) => ({
  step: e.step,
  time: time(e.at),
  expected: showInvisible(e.expected),
  happened: showInvisible(e.happened),
  decided: showInvisible(e.decided),
  agreed: showInvisible(e.agreed),
});

/** The report's times in the language it is printed in (the system's way for English, as before). */
export const timeIn =
  (locale: string) =>
  (iso: string): string =>
    recordTime(iso, locale === 'en' ? undefined : locale);

function AnnotatedSteps({ ceremony }: { ceremony: Ceremony }) {
  const names = useKeyNamesLoaded();
  const { t, locale } = usePrint();
  const time = timeIn(locale);
  const acts = annotatedScript(ceremony, names, t);
  if (!acts) return null;
  return (
    <>
      {acts.map((act) => (
        <table key={act.title} className="sheet-table" data-testid="report-annotated-script">
          <caption>{act.title}</caption>
          <thead>
            <tr>
              <th>{t('reportScript.report.step')}</th>
              <th>{t('reportScript.report.whoWhat')}</th>
              <th>{t('reportScript.report.expected')}</th>
              <th>{t('reportScript.report.recorded')}</th>
            </tr>
          </thead>
          <tbody>
            {act.steps.map((s) => (
              <tr key={s.no}>
                <td>{s.no}</td>
                <td>
                  {t('reportScript.report.whoWhatValue', { who: s.who, what: s.what })}
                  {s.exceptions.map((e) => (
                    <strong key={e.at} className="block" data-testid="report-exception-in-place">
                      {t('reportScript.report.exceptionInPlace', exceptionValues(e, time))}
                    </strong>
                  ))}
                </td>
                {/* The value to compare (an ID read aloud, a fingerprint): as it is, in every language. */}
                <td className="mono-wrap" translate="no">
                  {s.expected ?? NONE}
                </td>
                <td className="mono-wrap">
                  {s.recorded ?? NONE}
                  {s.at && <span className="block small">{time(s.at)}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}

/** A witness's co-signature as the report states it, or that none was made in the app. */
function signedText(
  t: Translate,
  time: (iso: string) => string,
  a: Ceremony['attestations'][number] | undefined,
) {
  if (!a) return t('reportScript.report.notSigned');
  const values = { head: a.head, time: time(a.at) };
  return a.dissent
    ? t('reportScript.report.dissentSigned', values)
    : t('reportScript.report.coSigned', values);
}

export function ReportScript({ ceremony }: { ceremony: Ceremony }) {
  const { t, rich, locale } = usePrint();
  const time = timeIn(locale);
  if (!ceremony.scripts.length && !ceremony.exceptions.length && !ceremony.witnessSigners.length) return null;
  const exceptions = [...ceremony.exceptions].sort((a, b) => a.step - b.step || a.at.localeCompare(b.at));
  return (
    <section className="report-checks" data-testid="report-script">
      <h3>{t('reportScript.report.title')}</h3>
      <ul className="timeline">
        {ceremony.scripts.map((s, i) => (
          <li key={s.sha256}>
            {rich('reportScript.report.printed', {
              version: s.version,
              time: time(s.at),
              sha256: <span className="mono-wrap">{s.sha256}</span>,
            })}
            {i < ceremony.scripts.length - 1
              ? t('reportScript.report.superseded')
              : t('reportScript.report.inForce')}
          </li>
        ))}
      </ul>
      <AnnotatedSteps ceremony={ceremony} />
      <h4>{t('reportScript.report.exceptions')}</h4>
      {exceptions.length ? (
        <ol className="timeline" data-testid="report-exceptions">
          {exceptions.map((e) => (
            <li key={e.at}>{t('reportScript.report.exception', exceptionValues(e, time))}</li>
          ))}
        </ol>
      ) : (
        <p>{t('reportScript.report.noExceptions')}</p>
      )}
      {ceremony.witnessSigners.length > 0 && (
        <>
          <h4>{t('reportScript.report.coSignatures')}</h4>
          <ul className="timeline" data-testid="report-attestations">
            {ceremony.witnessSigners.map((w) => {
              const a = ceremony.attestations.find((x) => x.principal === w.principal);
              return (
                <li key={w.key}>
                  {rich('reportScript.report.witness', {
                    principal: w.principal,
                    keyType: w.key.split(' ')[0] ?? '',
                    fingerprint: <span className="mono-wrap">{w.fingerprint}</span>,
                    signed: signedText(t, time, a),
                  })}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
