// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createPdfPrinter, createSaveDialog, reportUrl } from '../../../main/electron/desktop-files';

const electron = (await import('electron')) as unknown as typeof import('../../mocks/electron');

const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-desktop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('desktop file output', () => {
  it('writes where the officer chose, asking before replacing, and nothing when cancelled', async () => {
    const save = createSaveDialog(electron.dialog as never, () => null, dir);
    electron.dialog.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: path.join(dir, 'chosen.json'),
    });
    expect(await save('t.json', '{"a":1}')).toBe(path.join(dir, 'chosen.json'));
    expect(readFileSync(path.join(dir, 'chosen.json'), 'utf8')).toBe('{"a":1}');
    const options = electron.dialog.showSaveDialog.mock.calls[0] as unknown as [
      { defaultPath: string; properties: string[] },
    ];
    expect(options[0].defaultPath).toBe(path.join(dir, 't.json'));
    expect(options[0].properties).toContain('showOverwriteConfirmation');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    expect(await save('t.json', 'x')).toBeNull();
  });

  it('prints the report in a hidden hardened window that may use IPC only while it lives', async () => {
    const own = new Set<never>();
    const print = createPdfPrinter(electron.BrowserWindow as never, '/p/index.cjs', own, true);
    const before = electron.MockBrowserWindow.instances.length;
    const pdf = await print('6b1f8c2e-1d2a-4b7a-9c1e-1f2e3d4c5b6a');
    expect(Buffer.from(pdf).toString('latin1')).toBe('%PDF');
    const win = electron.MockBrowserWindow.instances[before]!;
    expect(win.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(win.loadURL).toHaveBeenCalledWith(reportUrl('6b1f8c2e-1d2a-4b7a-9c1e-1f2e3d4c5b6a'));
    expect(reportUrl('x')).toBe('app://key-ceremony/index.html#report=x');
    expect(reportUrl('x', 'zh-CN')).toBe('app://key-ceremony/index.html#report=x&lang=zh-CN');
    expect(win.destroy).toHaveBeenCalled();
    expect(own.size).toBe(0);
    const nav = { preventDefault: vi.fn(), isMainFrame: true, url: reportUrl('y') };
    win.webContents.emit('will-frame-navigate', nav);
    expect(nav.preventDefault).not.toHaveBeenCalled();
  });
});
