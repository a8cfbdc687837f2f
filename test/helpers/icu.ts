/** A message's text as ICU MessageFormat sees it: its literals, placeholders and markup aside. */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

const literalsOf = (elements: readonly MessageFormatElement[]): string =>
  elements
    .map((e) =>
      e.type === TYPE.literal
        ? e.value
        : e.type === TYPE.tag
          ? literalsOf(e.children)
          : e.type === TYPE.plural || e.type === TYPE.select
            ? Object.values(e.options)
                .map((o) => literalsOf(o.value))
                .join(' ')
            : ' ',
    )
    .join('');

/** The text of a message, each plural or select form's text joined by a space. */
export const literals = (message: string): string => literalsOf(parse(message));

/** How many characters of text a message shows at most (its longest form of each plural or select). */
export function textLength(message: string): number {
  const count = (elements: readonly MessageFormatElement[]): number =>
    elements.reduce(
      (n, e) =>
        n +
        (e.type === TYPE.literal ? e.value.length : 0) +
        (e.type === TYPE.tag ? count(e.children) : 0) +
        (e.type === TYPE.plural || e.type === TYPE.select
          ? Math.max(...Object.values(e.options).map((o) => count(o.value)))
          : 0),
      0,
    );
  return count(parse(message));
}
