/**
 * After an action, focus goes to what it revealed (an element marked `data-focus-result` that was not
 * there before) or back to what started it, never to the page body: a button disabled while busy, or
 * replaced by its result, would otherwise drop a keyboard user to the top of the page. Main's answer
 * can reach the page a moment after the call returns, so the new element is looked for briefly. A form
 * control (a tick, a radio button, a field) keeps the focus: the officer is still working there.
 */
/** The newest action: an older one still looking after the focus gives way to it. */
let newest = 0;

export async function withFocusAfter<T>(
  area: () => HTMLElement | null,
  fallback: () => HTMLElement | null,
  action: () => Promise<T>,
): Promise<T> {
  const mine = ++newest;
  const trigger = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const results = () => [...(area()?.querySelectorAll<HTMLElement>('[data-focus-result]') ?? [])];
  const before = new Set(results());
  const result = await action();
  const lost = () => !document.activeElement || document.activeElement === document.body;
  const usable = (e: HTMLElement | null): e is HTMLElement =>
    Boolean(e?.isConnected && !e.matches(':disabled'));
  const control = trigger?.matches('input, select, textarea') ? trigger : null;
  for (let waited = 0; waited < 1_000; waited += 50) {
    if (mine !== newest) return result;
    if (control?.isConnected) {
      if (usable(control)) {
        if (lost()) control.focus();
        return result;
      }
      await new Promise((r) => setTimeout(r, 50));
      continue;
    }
    const found = results().find((e) => !before.has(e));
    if (found) {
      // Unless the officer has moved on meanwhile.
      if (lost() || document.activeElement === trigger || !trigger?.isConnected) found.focus();
      return result;
    }
    // Meanwhile, back where it was as soon as that is possible again.
    if (lost() && usable(trigger)) trigger.focus();
    await new Promise((r) => setTimeout(r, 50));
  }
  if (mine === newest && lost()) fallback()?.focus();
  return result;
}

/**
 * Where focus goes when an action revealed nothing marked and its control is gone: the heading of the
 * screen now shown (a new screen, or the same one), made focusable for it.
 */
/**
 * The screen moves the focus itself (an action finished its step, and the next step opens with its
 * heading focused): any action still looking after the focus gives way.
 */
export function focusTakenByScreen(): void {
  newest++;
}

export function screenHeading(): HTMLElement | null {
  const heading = document.querySelector<HTMLElement>('#main h2, #main h3');
  if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  return heading;
}
