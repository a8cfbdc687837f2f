/**
 * What a longer language does to a screen (issue #32): text cut off by its box, and text drawn over
 * other text. Run on the pseudo-locale's screens, whose every message is 30 % longer than English.
 */
import type { Page } from 'playwright-core';

export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    // What the page does not show: hidden, for screen readers only (clipped to a pixel on purpose), or
    // inside a closed <details> (its summary aside).
    const unseen = (el: Element) =>
      !!el.closest('[hidden], [aria-hidden="true"], option, .visually-hidden') ||
      (!!el.closest('details:not([open])') && !el.closest('summary'));
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} “${(el.textContent ?? '').trim().slice(0, 50)}”`;
    // Cut off: a box that hides what overflows it, with more text than it shows.
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (!el.textContent?.trim() || unseen(el)) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const hidesX = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      const hidesY = ['hidden', 'clip'].includes(style.overflowY);
      if (
        (hidesX && el.scrollWidth > el.clientWidth + 1) ||
        (hidesY && el.scrollHeight > el.clientHeight + 1)
      )
        problems.push(`cut off: ${name(el)}`);
    }
    // Drawn over: the lines of two different texts sharing pixels.
    const boxes: Array<{ rect: DOMRect; owner: Element }> = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const owner = n.parentElement;
      if (!owner || !n.textContent?.trim() || unseen(owner)) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const rect of range.getClientRects())
        if (rect.width > 0 && rect.height > 0) boxes.push({ rect, owner });
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.owner === b.owner) continue;
        const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        // Lines touching by a pixel or two (line-height rounding) are not overlap.
        if (w > 2 && h > 2) problems.push(`drawn over: ${name(a.owner)} and ${name(b.owner)}`);
      }
    return [...new Set(problems)];
  });
}
