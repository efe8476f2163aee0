// Carries the kiosk API over Electron IPC: calls through ipcMain.handle (validated by the shared
// dispatcher), events through webContents.send. Only our own window's main frame may call, and
// only while it shows the kiosk's own page, kiosk://app (not a document that got there some other
// way).
import type { IpcMain, WebContents } from 'electron';
import type { CallHandlers, EventName } from './contract/api.js';
import { dispatchCall } from './contract/dispatch.js';
import { IPC_CALL, IPC_EVENT } from './contract/wire.js';
import { isAllowedDocumentUrl } from './app/url-policy.js';

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
    const frame = event.senderFrame;
    if (
      event.sender !== contents ||
      frame !== contents.mainFrame ||
      !isAllowedDocumentUrl(frame.url)
    ) {
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
