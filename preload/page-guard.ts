/**
 * The browser host's stand-in for what Electron's main enforces on the window: the page opens no
 * window and follows no link or form away from its own origin. (Electron does this in main/electron/window.ts;
 * in a plain browser only the page itself can.) The CSP already blocks remote fetches, scripts and
 * form targets; this covers what CSP does not.
 */
export function installPageGuard(win: Window): void {
  Object.defineProperty(win, 'open', { value: () => null, writable: false, configurable: false });

  const leavesApp = (href: string): boolean => {
    try {
      return new URL(href, win.location.href).origin !== win.location.origin;
    } catch {
      return true;
    }
  };

  win.document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(target instanceof HTMLAnchorElement)) return;
      if (leavesApp(target.href) || target.target === '_blank' || target.hasAttribute('download')) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    },
    true,
  );
  win.document.addEventListener('submit', (event) => event.preventDefault(), true);
}
