// Carries the kiosk API over Electron IPC: calls through ipcMain.handle (validated by the shared
// dispatcher), events through webContents.send. Only our own window's main frame may call.
import type { IpcMain, WebContents } from 'electron';
import type { CallHandlers, EventName } from './contract/api.js';
import { dispatchCall } from './contract/dispatch.js';
import { IPC_CALL, IPC_EVENT } from './contract/wire.js';

export interface IpcKiosk {
  handlers: CallHandlers;
  subscribe(listener: (event: EventName, payload: unknown) => void): () => void;
}

export function serveKioskOverIpc(
  ipcMain: IpcMain,
  contents: WebContents,
  kiosk: IpcKiosk,
): () => void {
  ipcMain.handle(IPC_CALL, (event, name: unknown, args: unknown) => {
    if (event.sender !== contents || event.senderFrame !== contents.mainFrame) {
      return {
        ok: false,
        error: {
          code: 'invalid-request',
          message: 'calls are accepted from the kiosk window only',
        },
      };
    }
    return dispatchCall(kiosk.handlers, name, args);
  });
  const unsubscribe = kiosk.subscribe((event, payload) => {
    if (!contents.isDestroyed()) contents.send(IPC_EVENT, event, payload);
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_CALL);
  };
}
