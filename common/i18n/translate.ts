/**
 * Messages as data (issue #32): a message is looked up by its key in the catalogue of the language
 * chosen and formatted as ICU MessageFormat (placeholders, plurals) by FormatJS's intl-messageformat,
 * the same engine in main and in the page. A key the catalogue lacks falls back to English, so a gap
 * shows English, never a key; the catalogue checks in `npm test` keep such gaps out.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { en } from './messages/en';
import type { Locale } from './locales';
import type { Said, SaidValue } from './said';

export type MessageKey = keyof typeof en;
export type Catalogue = Readonly<Record<MessageKey, string>>;
export type MessageValues = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export const ENGLISH: Catalogue = en;

/** A formatter for one language: each message parsed once, then formatted with its values. */
export function translator(locale: Locale, catalogue: Catalogue): Translate {
  const formatOf = compiled(locale, catalogue);
  return (key, values) => String(formatOf(key).format(values));
}

/** Each message parsed once, on first use. */
function compiled(locale: Locale, catalogue: Catalogue): (key: MessageKey) => IntlMessageFormat {
  const parsed = new Map<MessageKey, IntlMessageFormat>();
  return (key) => {
    let format = parsed.get(key);
    if (!format) {
      format = new IntlMessageFormat(catalogue[key] ?? en[key], locale);
      parsed.set(key, format);
    }
    return format;
  };
}

/** English, for main's logs and the command line, and wherever no screen language applies. */
export const EN: Translate = translator('en', en);

/** A value for a rich message: text, a number, a ready part (an element), or a tag's wrapper. */
export type RichValue<Part> = string | number | Part | ((chunks: Array<string | Part>) => Part);
export type RichValues<Part> = Readonly<Record<string, RichValue<Part>>>;
export type TranslateRich = <Part>(key: MessageKey, values: RichValues<Part>) => Array<string | Part>;

/**
 * The same messages with parts that are not text (the page's elements): `<b>…</b>` in a message is
 * given to the value `b` to wrap, `{name}` takes the part given. Returned as a list of parts in order.
 */
export function richTranslator(locale: Locale, catalogue: Catalogue): TranslateRich {
  const formatOf = compiled(locale, catalogue);
  return <Part>(key: MessageKey, values: RichValues<Part>) => {
    const out = formatOf(key).format<Part>(values);
    return Array.isArray(out) ? out : [out];
  };
}

export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

/** A sentence main said (./said.ts), with its values. */
export const said = (key: MessageKey, values?: Readonly<Record<string, SaidValue>>): Said =>
  values ? { key, values } : { key };

/**
 * The sentence in a language, nested sentences first; null when there is none, or when it names a
 * message this build does not know (either way the caller shows main's English: `say(t, x.said) ?? x.english`).
 */
export function say(t: Translate, sentence: Said | null | undefined): string | null {
  if (!sentence || !isMessageKey(sentence.key)) return null;
  const values: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(sentence.values ?? {})) {
    const text = typeof v === 'object' ? say(t, v) : v;
    if (text === null) return null;
    values[name] = text;
  }
  return t(sentence.key, values);
}

/** In English: what main logs and the command line prints. */
export const sayEnglish = (sentence: Said): string => say(EN, sentence) ?? sentence.key;
