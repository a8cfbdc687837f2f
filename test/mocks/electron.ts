/**
 * A hand-written stand-in for the `electron` module: no Electron binary exists on CI machines, and the
 * main-process code is written so that everything but Electron's transport is tested for real.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class MockWebContents extends EventEmitter {
  destroyed = false;
  sent: Array<[string, unknown]> = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  closeDevTools = vi.fn();
  executeJavaScript = vi.fn(async () => true);
  printToPDF = vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46]));
  isDestroyed = () => this.destroyed;
  send = (channel: string, payload: unknown) => void this.sent.push([channel, payload]);
  setWindowOpenHandler = (handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  };
}

export class MockBrowserWindow extends EventEmitter {
  static instances: MockBrowserWindow[] = [];
  webContents = new MockWebContents();
  constructor(readonly options: Record<string, unknown>) {
    super();
    MockBrowserWindow.instances.push(this);
  }
  loadURL = vi.fn(async () => undefined);
  show = vi.fn();
  destroy = vi.fn();
}

export class MockSession {
  permissionRequestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | null = null;
  beforeRequest: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null;
  setPermissionRequestHandler = (h: MockSession['permissionRequestHandler']) =>
    void (this.permissionRequestHandler = h);
  setPermissionCheckHandler = (h: MockSession['permissionCheckHandler']) =>
    void (this.permissionCheckHandler = h);
  setDevicePermissionHandler = (h: MockSession['devicePermissionHandler']) =>
    void (this.devicePermissionHandler = h);
  webRequest = { onBeforeRequest: (h: MockSession['beforeRequest']) => void (this.beforeRequest = h) };
}

export function createIpcMain() {
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  return {
    handlers,
    handle: vi.fn(
      (channel: string, handler: (...args: unknown[]) => unknown) => void handlers.set(channel, handler),
    ),
    removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
  };
}

export function createIpcRenderer() {
  const emitter = new EventEmitter();
  return {
    emitter,
    invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null })),
    on: vi.fn(
      (channel: string, listener: (...args: unknown[]) => void) => void emitter.on(channel, listener),
    ),
    removeListener: vi.fn(
      (channel: string, listener: (...args: unknown[]) => void) => void emitter.off(channel, listener),
    ),
  };
}

export const ipcMain = createIpcMain();
export const ipcRenderer = createIpcRenderer();
export const exposed = new Map<string, unknown>();
export const contextBridge = {
  exposeInMainWorld: vi.fn((key: string, api: unknown) => void exposed.set(key, api)),
};
export const shell = { openExternal: vi.fn(async () => undefined) };
export const dialog = {
  showSaveDialog: vi.fn(async (): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
};
export const session = { defaultSession: new MockSession() };
export const BrowserWindow = MockBrowserWindow;
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  getPath: vi.fn(() => '/tmp/key-ceremony-test'),
  requestSingleInstanceLock: vi.fn(() => true),
  enableSandbox: vi.fn(),
  whenReady: vi.fn(async () => undefined),
  quit: vi.fn(),
});
export default { app, BrowserWindow, contextBridge, dialog, ipcMain, ipcRenderer, protocol, session, shell };
