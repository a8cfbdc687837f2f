/**
 * The printable report of a ceremony: the facts, the status timeline, the root keys with fingerprints
 * and QR codes, and sign-off lines. Electron saves it as PDF; in a browser, Print → Save as PDF. It is
 * printed in the screens' language unless another is chosen for printing.
 */
import { ENVIRONMENT_NAMES } from '../../../common/i18n/environments';
import { useEffect, useState } from 'react';
import type { Ceremony, ChannelOutput } from '../../../common/contract';
import { call } from '../api';
import { actedOn } from '../../../common/ceremony/acted-on';
import { FactRow } from '../components/FactRow';
import { useKeyNamesLoaded } from '../store/key-names';
import { ReportChecks } from './ReportChecks';
import { usePageFooter } from './page-footer';
import { ReportDrill } from './ReportDrill';
import { ReportScript } from './ReportScript';
import { buildTimeline, stepTitle } from '../../../common/ceremony/status';
import { OUTCOME_KEYS } from '../../../common/ceremony/annotated-script';
import type { Locale } from '../../../common/i18n/locales';
import { PrintLanguageChoice, PrintLanguageProvider, usePrint, usePrintLanguage } from './print-language';
import { timeIn } from './ReportScript';
import { CEREMONIES } from '../ceremonies';
import { RootKeyPanel } from '../components/RootKeyPanel';
import { showInvisible } from '../../../common/visible-text';

const NONE = '—';
/** The command that checks a transcript against the head written down, as typed. */
const VERIFY_COMMAND = 'verify-transcript --expect-head';
const WAITING = '…';

/**
 * The report, with the choice of the language it is printed in (`locale`: that one at first); the
 * language chosen is told to `onPrintLanguage` (the desktop app's PDF is made in it).
 */
export function ReportView({
  ceremony,
  locale,
  onPrintLanguage,
}: {
  ceremony: Ceremony;
  locale?: Locale;
  onPrintLanguage?: (locale: Locale) => void;
}) {
  const [print, choose] = usePrintLanguage(locale);
  useEffect(() => onPrintLanguage?.(print.locale), [print.locale, onPrintLanguage]);
  return (
    <>
      <PrintLanguageChoice value={print.locale} onChange={choose} />
      <PrintLanguageProvider value={print}>
        <Report ceremony={ceremony} />
      </PrintLanguageProvider>
    </>
  );
}

function Report({ ceremony }: { ceremony: Ceremony }) {
  const { t, rich, locale } = usePrint();
  const time = timeIn(locale);
  const keyNames = useKeyNamesLoaded();
  const [head, setHead] = useState<ChannelOutput<'ceremony.journalHead'> | null>(null);
  const [installationKey, setInstallationKey] = useState<string | null>(null);
  useEffect(() => {
    void call('app.installationKey', {})
      .then((k) => setInstallationKey(k.fingerprint))
      .catch(() => setInstallationKey(null));
  }, []);
  useEffect(() => {
    // Read again whenever the ceremony changes: the head moves with every journal entry.
    void call('ceremony.journalHead', { id: ceremony.id })
      .then(setHead)
      .catch(() => setHead(null));
  }, [ceremony.id, ceremony.updatedAt]);
  usePageFooter(t('report.footer', { id: ceremony.id }));
  const timeline = buildTimeline(
    ceremony.statuses,
    Date.parse(ceremony.updatedAt),
    ceremony.outcome === 'cancelled',
  );
  // Only a TSS request has statuses to follow; the other kinds are one call to Cobo.
  const tss = CEREMONIES[ceremony.kind].protocol === 'tss-request';
  const people = Object.keys(ceremony.custodians).map((id) =>
    showInvisible(ceremony.custodianNames[id] ?? id),
  );
  return (
    <article className="report" data-testid="report" lang={locale}>
      <header>
        <h2>{t('report.title')}</h2>
        <p className="report-kind">{t(CEREMONIES[ceremony.kind].titleKey)}</p>
        {ceremony.environment !== 'production' && (
          <p className="report-env">
            {ceremony.environment === 'sandbox'
              ? t('report.environment.sandbox')
              : t('report.environment.development')}
          </p>
        )}
      </header>
      <dl className="facts">
        <dt>{t('report.fact.ceremony')}</dt>
        <dd className="mono">{ceremony.id}</dd>
        <dt>{t('report.fact.environment')}</dt>
        {/* Its name, then its code as the record names it. */}
        <dd>
          {rich('report.fact.environmentValue', {
            name: t(ENVIRONMENT_NAMES[ceremony.environment]),
            code: <span translate="no">{ceremony.environment}</span>,
          })}
        </dd>
        <dt>{t('report.fact.vault')}</dt>
        <dd>
          {showInvisible(ceremony.vaultName ?? '')}{' '}
          <span className="mono small">
            {t('report.fact.vaultId', { id: ceremony.selection.vaultId ?? '' })}
          </span>
        </dd>
        <dt>{t('report.fact.apiKey')}</dt>
        <dd className="mono">{ceremony.apiKeyFingerprint}</dd>
        {tss && (
          <>
            <dt>{t('report.fact.tssRequest')}</dt>
            <dd className="mono">{ceremony.tssRequestId ?? NONE}</dd>
          </>
        )}
        <dt>{t('report.fact.outcome')}</dt>
        <dd>{ceremony.outcome ? t(OUTCOME_KEYS[ceremony.outcome]) : t('report.outcomeOpen')}</dd>
        <dt>{t('report.fact.started')}</dt>
        <dd>{time(ceremony.createdAt)}</dd>
        <dt>{t('report.fact.officer')}</dt>
        <dd>{showInvisible(ceremony.officerName ?? NONE)}</dd>
        <dt>{t('report.fact.custodians')}</dt>
        <dd>{people.join(t('report.listSeparator')) || NONE}</dd>
        <dt>{t('report.fact.witnesses')}</dt>
        <dd>{ceremony.witnesses.map(showInvisible).join(t('report.listSeparator')) || NONE}</dd>
        {actedOn(ceremony, keyNames, t).map((fact) => (
          <FactRow key={fact[0]} fact={fact} />
        ))}
        <dt>{t('report.fact.installationKey')}</dt>
        <dd className="mono" data-testid="installation-key">
          {installationKey ?? NONE}
        </dd>
      </dl>
      <ReportChecks ceremony={ceremony} />
      {tss ? (
        <>
          <h3>{t('report.timeline.title')}</h3>
          <ol className="timeline">
            {timeline.map((s) => (
              <li key={`${s.status}-${s.at}`} data-observed={s.observed}>
                {s.observed
                  ? t('report.timeline.seen', {
                      time: new Date(s.at).toLocaleTimeString(locale === 'en' ? undefined : locale, {
                        timeStyle: 'long',
                      }),
                      title: stepTitle(s, t),
                      status: s.status,
                    })
                  : t('report.timeline.unseen', { title: stepTitle(s, t), status: s.status })}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p data-testid="no-timeline">
          {CEREMONIES[ceremony.kind].protocol === 'offline-drill'
            ? t('report.timeline.drill')
            : t('report.timeline.none', { kind: t(CEREMONIES[ceremony.kind].shortTitleKey) })}
        </p>
      )}
      {ceremony.drill && <ReportDrill drill={ceremony.drill} />}
      <ReportScript ceremony={ceremony} />
      {ceremony.rootKeysAfter && ceremony.rootKeysAfter.length > 0 && (
        <section className="report-root-keys">
          <h3>{t('report.rootKeys.title')}</h3>
          {ceremony.rootKeysUnchanged === true && <p>{t('report.rootKeys.unchanged')}</p>}
          {ceremony.rootKeysUnchanged === false && (
            <p className="notice notice-stop">{t('report.rootKeys.changed')}</p>
          )}
          <div className="root-keys">
            {ceremony.rootKeysAfter.map((k) => (
              <RootKeyPanel key={k.curve} rootKey={k} />
            ))}
          </div>
        </section>
      )}
      <h3>{t('report.signOff.title')}</h3>
      <p data-testid="journal-head-line">
        {rich('report.signOff.head', {
          entries: head ? t('report.signOff.entries', { count: String(head.entries) }) : WAITING,
          head: (
            <strong className="fingerprint" data-testid="journal-head">
              {head?.fingerprint ?? WAITING}
            </strong>
          ),
          command: <code>{VERIFY_COMMAND}</code>,
        })}
      </p>
      <div className="signoff">
        {[
          ceremony.officerName
            ? t('report.signOff.officerNamed', { name: showInvisible(ceremony.officerName) })
            : t('report.signOff.officer'),
          ...people.map((p) => t('report.signOff.custodian', { name: p })),
          ...ceremony.witnesses.map((w) => t('report.signOff.witness', { name: showInvisible(w) })),
        ].map((role) => (
          <p key={role} className="signoff-line">
            <span>{role}</span>
            <span className="signoff-blank">{t('report.signOff.signatureAndDate')}</span>
          </p>
        ))}
      </div>
    </article>
  );
}
