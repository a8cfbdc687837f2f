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

/**
 * The language a POSIX environment asks for (LC_ALL, then LC_MESSAGES, then LANG: `zh_CN.UTF-8`,
 * `en_GB`, `C`), as a process without a window sees its system's; English when none is set.
 */
export function localeFromEnvironment(env: Readonly<Record<string, string | undefined>>): Locale {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  // The language and territory, without the encoding or modifier, in BCP 47's spelling.
  const tag = (value ?? '').split(/[.@]/)[0]?.replace(/_/g, '-') ?? '';
  return localeFromSystem([tag]);
}

/** The first of the system's languages the app has; English when it has none of them. */
export function localeFromSystem(languages: readonly string[]): Locale {
  for (const tag of languages) {
    if (/^en(-|$)/i.test(tag)) return 'en';
    if (isSimplified(tag)) return 'zh-CN';
  }
  return 'en';
}
