import { useAppInfo } from '../store/app-info';
import { ErrorNotice } from '../components/ErrorNotice';
import { TranscriptKeyPanel } from '../components/TranscriptKeyPanel';
import { LanguageChoice } from '../components/LanguageChoice';
import { useLanguage, useT } from '../store/language';
import { NAMES } from '../../../common/i18n/do-not-translate';
import { ENVIRONMENT_DESCRIPTIONS, ENVIRONMENT_NAMES } from '../../../common/i18n/environments';

export function AboutView() {
  const { info, error } = useAppInfo();
  const t = useT();
  const locale = useLanguage((s) => s.locale);
  if (error) return <ErrorNotice error={error} />;
  if (!info) return <p aria-busy="true">{t('shell.loading')}</p>;
  return (
    <section aria-labelledby="about-title" className="panel" lang={locale}>
      <h2 id="about-title">{t('about.title', { name: info.name })}</h2>
      <dl className="facts" data-testid="app-info">
        <dt>{t('about.version')}</dt>
        <dd>{info.version}</dd>
        <dt>{t('about.commit')}</dt>
        <dd className="mono" translate="no">
          {info.commit}
        </dd>
        <dt>{t('about.runningAs')}</dt>
        <dd>{info.frontEnd === 'electron' ? t('about.desktopApp') : t('about.browserHost')}</dd>
        {/* Product names, not translated. */}
        <dt lang="en">{NAMES.electron}</dt>
        <dd>{info.versions.electron ?? t('about.electronNotUsed')}</dd>
        <dt lang="en">{NAMES.chromium}</dt>
        <dd>{info.versions.chromium ?? t('about.chromiumIsBrowser')}</dd>
        <dt lang="en">{NAMES.node}</dt>
        <dd>{info.versions.node}</dd>
      </dl>
      <LanguageChoice />
      <TranscriptKeyPanel />
      <h3>{t('about.environments')}</h3>
      <ul className="env-list">
        {info.environments.map((env) => (
          <li key={env.id} className={`env env-${env.id}`}>
            <span className={`badge badge-${env.id}`}>{t(ENVIRONMENT_NAMES[env.id])}</span>{' '}
            {t(ENVIRONMENT_DESCRIPTIONS[env.id])}
          </li>
        ))}
      </ul>
    </section>
  );
}
