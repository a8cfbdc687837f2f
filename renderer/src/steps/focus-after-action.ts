/**
 * After an action, focus goes to what it revealed (an element marked `data-focus-result` that was not
 * there before) or back to what started it, never to the page body: a button disabled while busy, or
 * replaced by its result, would otherwise drop a keyboard user to the top of the page. Main's answer
 * can reach the page a moment after the call returns, so the new element is looked for briefly.
 */
export async function withFocusAfter<T>(
  area: () => HTMLElement | null,
  fallback: () => HTMLElement | null,
  action: () => Promise<T>,
): Promise<T> {
  const trigger = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const results = () => [...(area()?.querySelectorAll<HTMLElement>('[data-focus-result]') ?? [])];
  const before = new Set(results());
  const result = await action();
  const lost = () => !document.activeElement || document.activeElement === document.body;
  const usable = (e: HTMLElement | null): e is HTMLElement =>
    Boolean(e?.isConnected && !e.matches(':disabled'));
  for (let waited = 0; waited < 1_000; waited += 50) {
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
  if (lost()) fallback()?.focus();
  return result;
}
