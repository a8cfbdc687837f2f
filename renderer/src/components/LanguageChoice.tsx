/**
 * The screens' language, chosen in About (issue #32): as the system asks, or one of the app's
 * languages, each named in itself. Kept by main for this installation.
 */
import { useState } from 'react';
import { LOCALE_NAMES, Locale, OFFICERS_LOCALES } from '../../../common/i18n/locales';
import { useAppInfo } from '../store/app-info';
import { systemLocale, useLanguage, useT } from '../store/language';
import { useAction } from '../store/use-action';
import { ErrorNotice } from './ErrorNotice';
import { Field } from './Field';

const SYSTEM = 'system';

export function LanguageChoice() {
  const t = useT();
  const { locale, chosen, choose } = useLanguage();
  const { busy, error, run } = useAction();
  const [said, setSaid] = useState<string | null>(null);
  // The pseudo-locale is for testing layouts: the browser host offers it, the desktop app does not.
  const browserHost = useAppInfo((s) => s.info?.frontEnd === 'browser');
  const offered = browserHost ? Locale.options : OFFICERS_LOCALES;
  return (
    <section aria-labelledby="language-title" data-testid="language-choice">
      <h3 id="language-title">{t('about.language.title')}</h3>
      <p className="muted">{t('about.language.intro')}</p>
      <Field label={t('about.language.label')}>
        {(id) => (
          <select
            id={id}
            value={chosen ?? SYSTEM}
            disabled={busy}
            onChange={(e) => {
              const picked = e.target.value === SYSTEM ? null : Locale.parse(e.target.value);
              void run(async () => {
                await choose(picked);
                const { t: next, locale: now } = useLanguage.getState();
                setSaid(
                  picked
                    ? next('about.language.chosen', { name: LOCALE_NAMES[now] })
                    : next('about.language.following', { name: LOCALE_NAMES[now] }),
                );
              });
            }}
          >
            <option value={SYSTEM}>
              {t('about.language.system', { name: LOCALE_NAMES[systemLocale()] })}
            </option>
            {offered.map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div aria-live="polite">
        {said && (
          <p className="notice notice-ok" lang={locale}>
            {said}
          </p>
        )}
        {error && <ErrorNotice error={error} />}
      </div>
    </section>
  );
}
