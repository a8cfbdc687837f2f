/**
 * The language a report or run sheet is printed in (issue #32): the screens' unless another is chosen
 * for printing, so a sheet can go to the room in either language whatever the screens show. The
 * printed part formats its words with that language's catalogue and carries its `lang`.
 */
import { createContext, createElement, useContext, useEffect, useId, useState, type ReactNode } from 'react';
import { LOCALE_NAMES, Locale, OFFICERS_LOCALES } from '../../../common/i18n/locales';
import { richTranslator, translator, type Translate } from '../../../common/i18n/translate';
import { catalogueOf, reactRich, useLanguage, useRich, useT, type RichFormat } from '../store/language';

export interface PrintLanguage {
  readonly locale: Locale;
  readonly t: Translate;
  readonly rich: RichFormat;
}

/**
 * The print language and the way to choose it: the screens' until another is chosen (`initial` if
 * given). A language other than the screens' is formatted with its own catalogue, loaded when chosen.
 */
export function usePrintLanguage(initial?: Locale): [PrintLanguage, (locale: Locale) => void] {
  const screen = useLanguage((s) => s.locale);
  const t = useT();
  const rich = useRich();
  const [chosen, choose] = useState<Locale | null>(initial ?? null);
  const [other, setOther] = useState<PrintLanguage | null>(null);
  const wanted = chosen ?? screen;
  useEffect(() => {
    if (wanted === screen) return;
    let current = true;
    void catalogueOf(wanted).then((catalogue) => {
      if (current)
        setOther({
          locale: wanted,
          t: translator(wanted, catalogue),
          rich: reactRich(richTranslator(wanted, catalogue)),
        });
    });
    return () => {
      current = false;
    };
  }, [wanted, screen]);
  // Until the other catalogue has arrived, the screens' language.
  const print = wanted !== screen && other?.locale === wanted ? other : { locale: screen, t, rich };
  return [print, choose];
}

const PrintContext = createContext<PrintLanguage | null>(null);

/** Gives the parts of a printed page the language it is printed in. */
export const PrintLanguageProvider = ({ value, children }: { value: PrintLanguage; children: ReactNode }) =>
  createElement(PrintContext.Provider, { value }, children);

/** The print language of the page this part is in; the screens' outside one. */
export function usePrint(): PrintLanguage {
  const t = useT();
  const rich = useRich();
  const locale = useLanguage((s) => s.locale);
  return useContext(PrintContext) ?? { locale, t, rich };
}

/** "Print in: English / 简体中文", in the screens' language; not printed itself. */
export function PrintLanguageChoice({ value, onChange }: { value: Locale; onChange(locale: Locale): void }) {
  const t = useT();
  const locale = useLanguage((s) => s.locale);
  const id = useId();
  return (
    <div className="no-print inline-form" lang={locale} data-testid="print-language">
      <label htmlFor={id}>{t('report.printIn')}</label>{' '}
      <select id={id} value={value} onChange={(e) => onChange(Locale.parse(e.target.value))}>
        {OFFICERS_LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
