/**
 * Shared code that makes its sentences with a translator (`t` last) says them as message keys too:
 * run it with a recording translator, whose every message comes back as a mark, then read the text
 * it composed (marks, and the names and values between them) back as one `Said`. Main runs the code
 * again with `EN` for its English; a `Said` whose English differs (code that cut or changed the text it
 * was given) is not used, and the page shows the English.
 */
import type { Said, SaidValue } from './said';
import { EN, said, sayEnglish, type MessageValues, type Translate } from './translate';

// Private-use characters: no message, name or value of ours contains them.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARK = /(\uE000\d+\uE001)/;

export interface Recorder {
  readonly t: Translate;
  /** The text the code composed, as what it said; null when it holds no message at all. */
  said(text: string): SaidValue;
}

export function recorder(): Recorder {
  const recorded: Said[] = [];
  const back = (text: string): SaidValue => {
    const parts = text
      .split(MARK)
      .filter((p) => p !== '')
      .map((p): SaidValue => {
        const at = p.startsWith(OPEN) && p.endsWith(CLOSE) ? Number(p.slice(1, -1)) : NaN;
        return recorded[at] ?? p;
      });
    if (!parts.length) return '';
    // A text made of several pieces: said one after another, nothing between them.
    return parts.reduceRight((rest, first) => said('errors.join.none', { first, rest }));
  };
  const t: Translate = (key, values?: MessageValues) => {
    const kept = values
      ? Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? back(v) : v]))
      : undefined;
    recorded.push(said(key, kept));
    return `${OPEN}${recorded.length - 1}${CLOSE}`;
  };
  return { t, said: back };
}

/**
 * What `make` says, as message keys when they say exactly its English (else as its English): `make`
 * is run with `EN` (unless the caller already has that, `inEnglish`) and with a recording translator,
 * and must compose its text the same way both times.
 */
export function saidBy<T>(
  make: (t: Translate) => T,
  texts: (made: T) => readonly string[],
  inEnglish: T = make(EN),
): SaidValue[] {
  const english = texts(inEnglish);
  const rec = recorder();
  const told = texts(make(rec.t)).map((text) => rec.said(text));
  return english.map((text, i) => {
    const s = told[i];
    return s !== undefined && (typeof s === 'object' ? sayEnglish(s) : String(s)) === text ? s : text;
  });
}
