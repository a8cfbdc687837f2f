/**
 * Messages as data (issue #32): a message is looked up by its key in the catalogue of the language
 * chosen and formatted as ICU MessageFormat (placeholders, plurals) by FormatJS's intl-messageformat,
 * the same engine in main and in the page. A key the catalogue lacks falls back to English, so a gap
 * shows English, never a key; the catalogue checks in `npm test` keep such gaps out.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { en } from './messages/en';
import type { Locale } from './locales';

export type MessageKey = keyof typeof en;
export type Catalogue = Readonly<Record<MessageKey, string>>;
export type MessageValues = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export const ENGLISH: Catalogue = en;

/** A formatter for one language: each message parsed once, then formatted with its values. */
export function translator(locale: Locale, catalogue: Catalogue): Translate {
  const parsed = new Map<MessageKey, IntlMessageFormat>();
  return (key, values) => {
    let format = parsed.get(key);
    if (!format) {
      format = new IntlMessageFormat(catalogue[key] ?? en[key], locale);
      parsed.set(key, format);
    }
    return String(format.format(values));
  };
}
