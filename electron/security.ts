// Locks the Electron renderer down: no navigation, no new windows, no webviews, no permissions,
// no remote content and no file://. The CSP comes with the page itself: the kiosk:// protocol
// handler (app/renderer-protocol.ts) sends it on every reply. The one download allowed is a file
// the page made itself (the HR export's CSV), saved where staff choose in the save dialog.
import type { App, Session } from 'electron';
import { isAllowedRequest, isOwnBlobUrl } from './app/url-policy.js';

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, details.resourceType) });
  });
  session.on('will-download', (event, item) => {
    if (!isOwnBlobUrl(item.getURL())) event.preventDefault();
  });
}

export function hardenAllContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
