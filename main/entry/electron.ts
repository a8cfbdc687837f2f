/**
 * Electron's main entry: lifecycle, single instance, the hardened window. Everything else lives in
 * Electron-free services started by startRuntime.
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, session, type WebContents } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ENTRY_URL, handleAppScheme, registerAppScheme } from '../electron/app-protocol';
import { createPdfPrinter, createSaveDialog } from '../electron/desktop-files';
import { mountElectronIpc } from '../electron/ipc-mount';
import { log } from '../log';
import { startRuntime } from '../runtime';
import { localeFromSystem } from '../../common/i18n/locales';
import { createMainWindow, hardenSession, hardenWindow } from '../electron/window';

const here = path.dirname(fileURLToPath(import.meta.url));
const isProduction = app.isPackaged;

registerAppScheme(protocol);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const ownWindows = new Set<WebContents>();
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => event.preventDefault());
  });

  app
    .whenReady()
    .then(async () => {
      hardenSession(session.defaultSession, isProduction);
      handleAppScheme(protocol, path.join(here, '../renderer'));
      const preloadPath = path.join(here, '../preload/index.cjs');
      const runtime = await startRuntime({
        frontEnd: 'electron',
        dataDir: app.getPath('userData'),
        saveFile: createSaveDialog(dialog, () => mainWindow, app.getPath('documents')),
        printReportPdf: createPdfPrinter(BrowserWindow, preloadPath, ownWindows, isProduction),
        // The languages the officer set in the system, as the page's navigator.languages has them.
        systemLocale: localeFromSystem(app.getPreferredSystemLanguages()),
      });
      mountElectronIpc(ipcMain, runtime.dispatch, runtime.services.events, ownWindows);

      mainWindow = createMainWindow(BrowserWindow, preloadPath, isProduction);
      hardenWindow(mainWindow, isProduction);
      const contents = mainWindow.webContents;
      ownWindows.add(contents);
      mainWindow.on('closed', () => {
        ownWindows.delete(contents);
        mainWindow = null;
      });
      mainWindow.once('ready-to-show', () => mainWindow?.show());
      await mainWindow.loadURL(APP_ENTRY_URL);

      app.on('before-quit', () => void runtime.close());
    })
    .catch(() => {
      log.error('app.start_failed');
      app.quit();
    });

  app.on('window-all-closed', () => app.quit());
}
