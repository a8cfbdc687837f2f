/**
 * A translator for main's few sentences in a language other than English (the command line's
 * `--lang`, the first-run profile's name): English is at hand, other catalogues load only when asked.
 */
import type { Locale } from './locales';
import { EN, translator, type Translate } from './translate';

export async function translatorFor(locale: Locale): Promise<Translate> {
  if (locale === 'en') return EN;
  if (locale === 'zh-CN') return translator(locale, (await import('./messages/zh-CN')).zhCN);
  return translator(locale, (await import('./pseudo')).pseudoCatalogue());
}
