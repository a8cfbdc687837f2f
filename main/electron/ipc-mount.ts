/**
 * Mounts the dispatch on Electron's IPC. Only our own page, in the top frame of one of our windows,
 * is answered; every other sender gets a structured refusal.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import { IPC_CALL, IPC_EVENT } from '../../common/contract';
import { isAppUrl } from './app-protocol';
import { log } from '../log';
import { SENDER_REFUSED, type Dispatch } from '../ipc/dispatch';
import type { EventHub } from '../ipc/event-hub';

/** True only for the top frame of a window we created, showing a page from our own app:// origin. */
export function isTrustedSender(
  frame: WebFrameMain | null | undefined,
  sender: WebContents,
  ownWindows: ReadonlySet<WebContents>,
): boolean {
  if (!frame || !ownWindows.has(sender)) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

export function mountElectronIpc(
  ipcMain: IpcMain,
  dispatch: Dispatch,
  hub: EventHub,
  ownWindows: Set<WebContents>,
): () => void {
  ipcMain.handle(IPC_CALL, (event: IpcMainInvokeEvent, channel: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame, event.sender, ownWindows)) {
      log.warn('ipc.sender_refused', {
        channel: typeof channel === 'string' ? channel.slice(0, 60) : typeof channel,
      });
      return SENDER_REFUSED;
    }
    return dispatch(channel, input);
  });
  const disconnect = hub.connect((envelope) => {
    for (const contents of ownWindows) {
      if (!contents.isDestroyed()) contents.send(IPC_EVENT, envelope);
    }
  });
  return () => {
    ipcMain.removeHandler(IPC_CALL);
    disconnect();
  };
}
