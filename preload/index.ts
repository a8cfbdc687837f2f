/**
 * The sandboxed preload: gives the bridge an Electron IPC transport and exposes it as
 * `window.keyCeremony`. It exposes nothing else: no ipcRenderer, no Node, no generic send.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createBridge, type Transport } from './bridge';
import { IPC_CALL, IPC_EVENT } from '../common/contract';

const electronTransport: Transport = {
  invoke: (channel, input) => ipcRenderer.invoke(IPC_CALL, channel, input),
  subscribe(listener) {
    const handler = (_event: IpcRendererEvent, envelope: unknown) => listener(envelope);
    ipcRenderer.on(IPC_EVENT, handler);
    return () => ipcRenderer.removeListener(IPC_EVENT, handler);
  },
};

contextBridge.exposeInMainWorld('keyCeremony', createBridge(electronTransport));
