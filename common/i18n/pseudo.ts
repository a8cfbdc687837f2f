/**
 * The pseudo-locale (issue #32): English with every letter accented and each message about 30 % longer,
 * so a screen shows at a glance which words bypass the catalogue and where a longer language would clip
 * or overlap. Placeholders, plurals and tags are kept; only the text between them changes. For the
 * browser host and its tests, never offered by the desktop app.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import { en } from './messages/en';
import type { Catalogue, MessageKey } from './translate';

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'áƀçđéƒĝĥíĵķĺɱñóƥǫŕšŧúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓƤǪŔŠŦÚṼŴẊÝŽ'][i] ?? c,
  ]),
);

/** One literal, accented; its padding is added once per message, at its end. */
const accent = (text: string) => [...text].map((c) => ACCENTED[c] ?? c).join('');

function accentAll(elements: MessageFormatElement[]): void {
  for (const e of elements) {
    if (e.type === TYPE.literal) e.value = accent(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select)
      for (const option of Object.values(e.options)) accentAll(option.value);
    if (e.type === TYPE.tag) accentAll(e.children);
  }
}

/** A message made pseudo: accented, then padded to 30 % more characters (at least one more). */
export function pseudoMessage(message: string): string {
  const ast = parse(message);
  accentAll(ast);
  // Padding that breaks between its dots, as a longer language's words would break between words.
  const padding = ' ·'.repeat(Math.max(1, Math.ceil((message.length * 0.3) / 2)));
  return `[${printAST(ast)}${padding}]`;
}

/** The whole English catalogue made pseudo. */
export const pseudoCatalogue = (): Catalogue =>
  Object.fromEntries(
    (Object.keys(en) as MessageKey[]).map((key) => [key, pseudoMessage(en[key])]),
  ) as Catalogue;
