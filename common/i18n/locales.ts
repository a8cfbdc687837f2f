/**
 * The languages the app speaks (issue #32), and which one a system's preferences ask for. Chinese is
 * Simplified only (Cobo's manual and apps): a Traditional-Chinese system is not guessed to want it.
 */
import { z } from 'zod';

/** `en-XA` is the pseudo-locale (./pseudo.ts): offered by the browser host only, for testing layouts. */
export const Locale = z.enum(['en', 'zh-CN', 'en-XA']);
export type Locale = z.infer<typeof Locale>;

/** The languages an officer is offered; the pseudo-locale is for testing. */
export const OFFICERS_LOCALES: readonly Locale[] = ['en', 'zh-CN'];

/** Each language named in itself, as a language menu shows it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  'zh-CN': '简体中文',
  'en-XA': '[Ƥšéúđó-ĺóçáĺé · ·]',
};

/** Chinese written in Simplified characters: zh, zh-CN, zh-SG, zh-Hans and zh-Hans-*. */
const isSimplified = (tag: string) => {
  const t = tag.toLowerCase();
  return t === 'zh' || t === 'zh-cn' || t === 'zh-sg' || t === 'zh-hans' || t.startsWith('zh-hans-');
};

/** The first of the system's languages the app has; English when it has none of them. */
export function localeFromSystem(languages: readonly string[]): Locale {
  for (const tag of languages) {
    if (/^en(-|$)/i.test(tag)) return 'en';
    if (isSimplified(tag)) return 'zh-CN';
  }
  return 'en';
}
