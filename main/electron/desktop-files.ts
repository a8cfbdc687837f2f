/**
 * The desktop app's way out for files: a save dialog that the officer answers (and that asks before
 * replacing a file), and the report view printed to PDF in a hidden, equally hardened window.
 */
import type { Locale } from '../../common/i18n/locales';
import type { BrowserWindow as BrowserWindowType, Dialog, WebContents } from 'electron';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_ENTRY_URL } from './app-protocol';
import type { SaveFile } from '../journal/exports';
import { createMainWindow, hardenWindow } from './window';

export function createSaveDialog(
  dialog: Pick<Dialog, 'showSaveDialog'>,
  parent: () => BrowserWindowType | null,
  documentsDir: string,
): SaveFile {
  return async (suggested, content) => {
    const window = parent();
    const options = {
      title: 'Save the ceremony record',
      defaultPath: path.join(documentsDir, suggested),
      properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
    };
    const result = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    // The dialog already asked before replacing an existing file.
    await writeFile(result.filePath, content, { mode: 0o600 });
    return result.filePath;
  };
}

/** The URL of a ceremony's report view in the app's own page, in the language it is printed in. */
export const reportUrl = (ceremonyId: string, locale?: Locale) =>
  `${APP_ENTRY_URL}#report=${encodeURIComponent(ceremonyId)}${locale ? `&lang=${locale}` : ''}`;

export function createPdfPrinter(
  BrowserWindow: typeof BrowserWindowType,
  preloadPath: string,
  ownWindows: Set<WebContents>,
  isProduction: boolean,
): (ceremonyId: string, locale?: Locale) => Promise<Uint8Array> {
  return async (ceremonyId, locale) => {
    const window = createMainWindow(BrowserWindow, preloadPath, isProduction);
    hardenWindow(window, isProduction);
    const contents = window.webContents;
    ownWindows.add(contents);
    try {
      await window.loadURL(reportUrl(ceremonyId, locale));
      // The report renders after the page has read the ceremony through the bridge.
      await contents.executeJavaScript(
        'new Promise((resolve) => { const t = Date.now(); (function wait() { if (document.querySelector(\'[data-testid="report"]\') || Date.now() - t > 10000) resolve(true); else setTimeout(wait, 50); })(); })',
      );
      // The page's own @page size and margins (report.css), so the PDF and the browser's print agree.
      return await contents.printToPDF({ printBackground: true, pageSize: 'A4', preferCSSPageSize: true });
    } finally {
      ownWindows.delete(contents);
      window.destroy();
    }
  };
}
