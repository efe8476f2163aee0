// Sandboxed preload: exposes exactly one object, the typed kiosk API, and nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { KioskApi } from './contract/api.js';
import { createApiClient } from './contract/client.js';
import { IPC_CALL, IPC_EVENT } from './contract/wire.js';

const client = createApiClient({
  invoke: (name, args) => ipcRenderer.invoke(IPC_CALL, name, args),
  listen: (handler) => {
    const listener = (_event: IpcRendererEvent, name: unknown, payload: unknown): void =>
      handler(name, payload);
    ipcRenderer.on(IPC_EVENT, listener);
    return () => ipcRenderer.off(IPC_EVENT, listener);
  },
});

const kioskApi = {
  call: (name, args) => client.call(name, args),
  on: (event, listener) => client.on(event, listener),
} satisfies KioskApi;

contextBridge.exposeInMainWorld('kioskApi', kioskApi);
