// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../../main/electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../main/csp';
import { createMainWindow, hardenSession, hardenWindow } from '../../../main/electron/window';

const electron = (await import('electron')) as unknown as typeof import('../../mocks/electron');

describe('window', () => {
  it('creates the window with exactly the hardened web preferences', () => {
    const win = createMainWindow(
      electron.BrowserWindow as never,
      '/app/preload/index.cjs',
      true,
    ) as unknown as InstanceType<typeof electron.MockBrowserWindow>;
    expect(win.options.webPreferences).toEqual({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: false,
    });
    const dev = createMainWindow(electron.BrowserWindow as never, '/p', false) as unknown as {
      options: { webPreferences: { devTools: boolean } };
    };
    expect(dev.options.webPreferences.devTools).toBe(true);
  });

  it('denies every permission request and check', () => {
    const session = new electron.MockSession();
    hardenSession(session as never, true);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.permissionCheckHandler?.({}, permission)).toBe(false);
    }
    expect(session.devicePermissionHandler?.({})).toBe(false);
  });

  it.each([
    ['app://key-ceremony/index.html', false],
    ['app://key-ceremony/assets/index.js', false],
    ['app://evil/index.html', true],
    ['https://api.cobo.com/v2/wallets', true],
    ['http://127.0.0.1:1234/', true],
    ['file:///etc/passwd', true],
    ['data:text/html,hi', true],
    ['devtools://devtools/bundled/inspector.html', true],
  ])('page session request to %s is cancelled: %s', (url, cancelled) => {
    const session = new electron.MockSession();
    hardenSession(session as never, true);
    const callback = vi.fn();
    session.beforeRequest?.({ url }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: cancelled });
  });

  it('prevents navigation, redirects, webviews and new windows', () => {
    const win = new electron.BrowserWindow({});
    hardenWindow(win as never, true);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      win.webContents.emit(name, event, 'https://evil.example/');
      expect(event.preventDefault).toHaveBeenCalled();
    }
    const frameNav = { preventDefault: vi.fn(), isMainFrame: true, url: 'https://evil.example/' };
    win.webContents.emit('will-frame-navigate', frameNav);
    expect(frameNav.preventDefault).toHaveBeenCalled();
    const ownLoad = { preventDefault: vi.fn(), isMainFrame: true, url: APP_ENTRY_URL };
    win.webContents.emit('will-frame-navigate', ownLoad);
    expect(ownLoad.preventDefault).not.toHaveBeenCalled();
    expect(win.webContents.windowOpenHandler?.({ url: 'https://cobo.com' })).toEqual({ action: 'deny' });
    win.webContents.emit('devtools-opened');
    expect(win.webContents.closeDevTools).toHaveBeenCalled();
  });

  it('has a strict CSP', () => {
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
  });
});
