/**
 * The language a command line speaks (`--lang en|zh-CN`, issue #32): English unless asked, Chinese
 * loaded only then. Read before the command's own options, so a command used wrongly still answers
 * in the language asked; a language the app does not speak is a usage error (the command says so in
 * English).
 */
import { parseArgs } from 'node:util';
import { OFFICERS_LOCALES, type Locale } from '../common/i18n/locales';
import type { Translate } from '../common/i18n/translate';
import { translatorFor } from '../common/i18n/translator-for';

export type CommandLanguage =
  | { readonly locale: Locale; readonly t: Translate }
  | { readonly unknown: string; readonly locale?: undefined };

export async function commandLanguage(args: readonly string[]): Promise<CommandLanguage> {
  const { values } = parseArgs({
    args: [...args],
    options: { lang: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  // `--lang` without a value is left to the command's own parsing, which refuses it.
  const asked = typeof values.lang === 'string' ? values.lang : 'en';
  const locale = OFFICERS_LOCALES.find((l) => l === asked);
  if (!locale) return { unknown: asked };
  return { locale, t: await translatorFor(locale) };
}
