/**
 * The browser host's counterpart of preload/index.ts: the same bridge over HTTP, installed as
 * `window.keyCeremony` before the page's own script runs, plus the page guard.
 */
import { createBridge } from './bridge';
import { createHttpTransport, takeSession } from './http-transport';
import { installPageGuard } from './page-guard';

installPageGuard(window);
Object.defineProperty(window, 'keyCeremony', {
  value: createBridge(createHttpTransport(takeSession(window))),
  writable: false,
  configurable: false,
  enumerable: true,
});
