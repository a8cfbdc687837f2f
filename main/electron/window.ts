/**
 * The one window and its session, locked down: deny by default.
 */
import type { BrowserWindow as BrowserWindowType, Session } from 'electron';
import { APP_ENTRY_URL, isAppUrl } from './app-protocol';
import { log } from '../log';

/**
 * Creates the app's window. The options are written out literally, here and only here, so that a
 * reader and the security scanner both see every hardened preference at the call.
 */
export function createMainWindow(
  BrowserWindow: typeof BrowserWindowType,
  preloadPath: string,
  isProduction: boolean,
): BrowserWindowType {
  return new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 900,
    minHeight: 640,
    show: false,
    title: 'Key Ceremony',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Middle-click (auxclick) could otherwise open a link in a new window.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: !isProduction,
    },
  });
}

export function hardenSession(session: Session, isProduction: boolean): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('window.permission_denied', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    // Developer tools load their own devtools:// resources; they are closed in production builds.
    const devtools = !isProduction && details.url.startsWith('devtools://');
    const allowed = devtools || isAppUrl(details.url);
    if (!allowed) log.warn('window.request_blocked', { scheme: details.url.split(':', 1)[0] ?? '' });
    callback({ cancel: !allowed });
  });
}

export function hardenWindow(window: BrowserWindowType, isProduction: boolean): void {
  const contents = window.webContents;
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => {
    // Only the app's own page may load, in the top frame (a #fragment picks a view, e.g. the report).
    if (!event.isMainFrame || event.url.split('#')[0] !== APP_ENTRY_URL) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  if (isProduction) {
    contents.on('devtools-opened', () => contents.closeDevTools());
  }
}
