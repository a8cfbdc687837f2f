/**
 * Characters that change how a name reads without being seen: bidirectional controls (which can show
 * "Alice" for a name stored reversed, or hide part of it) and zero-width characters (which make two
 * names that look the same differ). Names an officer types are refused with them; names that come
 * from elsewhere (Cobo's vault names, a record read back) are shown with each one made visible.
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const INVISIBLE_ALL = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Whether a text holds a bidirectional control or a zero-width character. */
export const hasInvisible = (text: string): boolean => INVISIBLE.test(text);

/** The text with each such character written out, e.g. "Alice[U+202E]". */
export const showInvisible = (text: string): string =>
  text.replace(
    INVISIBLE_ALL,
    (ch) => `[U+${ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}]`,
  );
