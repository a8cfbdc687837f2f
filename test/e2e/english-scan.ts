/**
 * The scan for English on a screen in another language (issue #32): every text the page shows — its
 * text nodes and the names it gives controls (aria-label, title, placeholder, alt) — with what stays
 * as it is taken out: what a page marks `translate="no"` (HTML's own mark for ids, names, keys,
 * fingerprints, commands), code, and the do-not-translate list. What is left may hold no Latin word.
 */
import type { Page } from 'playwright-core';
import { NAMES } from '../../common/i18n/do-not-translate';
import { LOCALE_NAMES } from '../../common/i18n/locales';
import { EnvironmentId } from '../../common/contract';
import {
  CURVES,
  GROUP_STATUSES,
  GROUP_TYPES,
  HOLDER_STATUSES,
  HOLDER_TYPES,
  TSS_REQUEST_STATUSES,
  TSS_REQUEST_TYPES,
  VAULT_TYPES,
} from '../../common/cobo-enums';

/** Cobo's enum values, shown as Cobo sends them (the do-not-translate list names them as a class). */
const COBO_VALUES = [
  ...TSS_REQUEST_STATUSES,
  ...TSS_REQUEST_TYPES,
  ...GROUP_TYPES,
  ...GROUP_STATUSES,
  ...HOLDER_TYPES,
  ...HOLDER_STATUSES,
  ...VAULT_TYPES,
  ...CURVES,
];

/** The texts the page shows, outside what it marks as kept as it is. */
async function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const kept = (el: Element | null) =>
      !!el?.closest('[translate="no"], code, kbd, pre, samp, script, style, [hidden], [aria-hidden="true"]');
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || kept(parent) || !n.textContent?.trim()) continue;
      const style = getComputedStyle(parent);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      out.push(n.textContent.trim());
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]'))
      if (!kept(el))
        for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
          const v = el.getAttribute(a);
          if (v?.trim()) out.push(v.trim());
        }
    return out;
  });
}

/** The Latin words a text shows beyond the kept names and technical tokens. */
export function englishIn(text: string, alsoKept: readonly string[] = []): string[] {
  let rest = text;
  // Fingerprints first: their groups of four would otherwise be taken apart word by word.
  rest = rest.replace(/\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){2,}\b/g, ' ');
  // A command line (from ./ to the sentence's next Chinese character) and a file's path are typed as
  // they are.
  rest = rest.replace(/\.\/[\x21-\x7e ]+?(?=[\u3000-\u9fff\uff00-\uffef]|$)|\b[\w.-]+\/[\w./-]+/g, ' ');
  // Each language is named in itself in a language menu; an example an officer copies (an address, an
  // SSH key line) is data.
  rest = rest.replace(
    /\S+@\S+|\bssh-[\w-]+|\bAAAA\S*|\.(json|txt|sig|pub|pdf)\b|\b[a-z]+(?:-[a-z]+){2,}\b/g,
    ' ',
  );
  const kept = [
    ...Object.values(NAMES),
    ...Object.values(LOCALE_NAMES),
    ...COBO_VALUES,
    // An environment's code, as a record names it beside its name.
    ...EnvironmentId.options,
    ...alsoKept,
  ];
  for (const name of kept.sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ');
  // Ids, fingerprints, hashes, versions and Cobo's enum values (CamelCase words) are data, not words.
  rest = rest
    .replace(/\b[0-9a-f]{8}-[0-9a-f-]{27}\b/gi, ' ')
    // Cobo's ids (a vault's is 20 letters and digits, sometimes letters only).
    .replace(/\b[0-9A-Za-z]{16,}\b/g, ' ')
    .replace(/\b[0-9A-Za-z]*\d[0-9A-Za-z]*\b/g, ' ')
    .replace(/\b[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+\b/g, ' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

/** The English words on the page now, each with the text it was found in. */
export async function englishOnScreen(page: Page, alsoKept: readonly string[] = []): Promise<string[]> {
  return (await shownTexts(page)).flatMap((text) =>
    englishIn(text, alsoKept).map((word) => `${word} in “${text.slice(0, 80)}”`),
  );
}
