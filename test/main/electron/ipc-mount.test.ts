// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { IPC_CALL, IPC_EVENT } from '../../../common/contract';
import { createEventHub } from '../../../main/ipc/event-hub';
import { mountElectronIpc } from '../../../main/electron/ipc-mount';
import { setLogSink } from '../../../main/log';

const electron = (await import('electron')) as unknown as typeof import('../../mocks/electron');

function setup() {
  const ipcMain = electron.createIpcMain();
  const dispatch = vi.fn(async () => ({ ok: true as const, value: 'answered' }));
  const hub = createEventHub();
  const own = new electron.MockWebContents();
  const windows = new Set([own]) as Set<never>;
  const unmount = mountElectronIpc(ipcMain as never, dispatch, hub, windows);
  const handler = ipcMain.handlers.get(IPC_CALL)!;
  return { ipcMain, dispatch, hub, own, handler, unmount };
}

const frame = (url: string, parent: unknown = null) => ({ url, parent });

describe('Electron IPC mount', () => {
  setLogSink(() => {});

  it('answers our own page in the top frame', async () => {
    const { handler, own, dispatch } = setup();
    const result = await handler(
      { sender: own, senderFrame: frame('app://key-ceremony/index.html') },
      'app.info',
      {},
    );
    expect(result).toEqual({ ok: true, value: 'answered' });
    expect(dispatch).toHaveBeenCalledWith('app.info', {});
  });

  it.each([
    ['a foreign origin', 'https://evil.example/', null, true],
    ['a file page', 'file:///tmp/x.html', null, true],
    ['a sub-frame of our page', 'app://key-ceremony/index.html', { url: 'app://key-ceremony/' }, true],
    ['a missing frame', null, null, true],
    ['a webContents that is not our window', 'app://key-ceremony/index.html', null, false],
  ])('refuses %s', async (_name, url, parent, ownSender) => {
    const { handler, own, dispatch } = setup();
    const sender = ownSender ? own : new electron.MockWebContents();
    const result = await handler(
      { sender, senderFrame: url === null ? null : frame(url, parent) },
      'app.info',
      {},
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.forbidden_sender' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('pushes events to our windows only, and unmounts cleanly', () => {
    const { hub, own, unmount, ipcMain } = setup();
    hub.emit('app.changed', { topic: 'profiles' });
    expect(own.sent).toEqual([[IPC_EVENT, { event: 'app.changed', payload: { topic: 'profiles' } }]]);
    hub.emit('app.changed', { topic: 'bogus' } as never);
    expect(own.sent).toHaveLength(1);
    unmount();
    expect(ipcMain.handlers.has(IPC_CALL)).toBe(false);
    hub.emit('app.changed', { topic: 'profiles' });
    expect(own.sent).toHaveLength(1);
  });
});
