/**
 * The screens' language (issue #32): the one chosen for this installation, else the system's; its
 * catalogue (English is built in, Chinese loads when first wanted), and `t` to format its messages.
 * The screens moved to the catalogue carry its `lang` (the others are still English, and say so by
 * the page's own `lang`), so screen readers and fonts read each in its language.
 */
import { createElement, Fragment, type ReactNode } from 'react';
import { create } from 'zustand';
import { localeFromSystem, type Locale } from '../../../common/i18n/locales';
import {
  ENGLISH,
  richTranslator,
  translator,
  type Catalogue,
  type MessageKey,
  type RichValues,
  type Translate,
  type TranslateRich,
} from '../../../common/i18n/translate';
import { call } from '../api';

interface LanguageState {
  locale: Locale;
  /** The language chosen in About; null while the screens follow the system. */
  chosen: Locale | null;
  t: Translate;
  rich: TranslateRich;
  load(): Promise<void>;
  choose(locale: Locale | null): Promise<void>;
}

/** Each language's catalogue, loaded when first wanted (English is built in). */
export async function catalogueOf(locale: Locale): Promise<Catalogue> {
  if (locale === 'zh-CN') return (await import('../../../common/i18n/messages/zh-CN')).zhCN;
  if (locale === 'en-XA') return (await import('../../../common/i18n/pseudo')).pseudoCatalogue();
  return ENGLISH;
}

export const systemLocale = (): Locale => localeFromSystem(navigator.languages);

export const useLanguage = create<LanguageState>((set) => {
  // One formatter per language, made once: the same language again re-renders nothing and parses no
  // message twice (at start, main's answer is usually the English the screens already speak).
  const formatters = new Map<Locale, Pick<LanguageState, 't' | 'rich'>>();
  const formattersOf = (locale: Locale, catalogue: Catalogue) => {
    let made = formatters.get(locale);
    if (!made) {
      made = { t: translator(locale, catalogue), rich: richTranslator(locale, catalogue) };
      formatters.set(locale, made);
    }
    return made;
  };
  // The last choice wins, even when an earlier one's catalogue arrives after it.
  let latest = 0;
  const show = async (chosen: Locale | null) => {
    const asked = ++latest;
    const locale = chosen ?? systemLocale();
    const catalogue = await catalogueOf(locale);
    if (asked === latest) set({ locale, chosen, ...formattersOf(locale, catalogue) });
  };
  return {
    locale: 'en',
    chosen: null,
    ...formattersOf('en', ENGLISH),
    async load() {
      await show((await call('app.language', {})).chosen);
    },
    async choose(locale) {
      await show((await call('app.setLanguage', { locale })).chosen);
    },
  };
});

/** The formatter of the screens' language: components re-render when it changes. */
export const useT = (): Translate => useLanguage((s) => s.t);

/** Keys a list of parts, so React can render it as children. */
const keyed = (parts: ReadonlyArray<ReactNode>): ReactNode[] =>
  parts.map((part, i) => createElement(Fragment, { key: i }, part));

/**
 * A message with elements in it: `<b>…</b>` in the message is given to `b` to wrap (its chunks come
 * keyed), `{name}` takes the element given.
 */
export type RichFormat = (key: MessageKey, values: RichValues<ReactNode>) => ReactNode;

/** A rich formatter made to give React's children: tag wrappers get keyed chunks, the parts come keyed. */
export function reactRich(rich: TranslateRich): RichFormat {
  return (key, values) => {
    const wrapped = Object.fromEntries(
      Object.entries(values).map(([name, value]) => [
        name,
        typeof value === 'function' ? (chunks: ReactNode[]) => value(keyed(chunks)) : value,
      ]),
    );
    return keyed(rich<ReactNode>(key, wrapped));
  };
}

export const useRich = (): RichFormat => reactRich(useLanguage((s) => s.rich));
