// Locks the Electron renderer down: no navigation, no new windows, no webviews, no permissions,
// no remote content, and a strict CSP on every response. The one download allowed is a file the
// page made itself (the HR export's CSV), saved where staff choose in the save dialog.
import type { App, Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from './app/csp.js';
import { isAllowedRequest, isOwnBlobUrl } from './app/url-policy.js';

export function hardenSession(session: Session, rendererDir: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, details.resourceType, rendererDir) });
  });
  session.on('will-download', (event, item) => {
    if (!isOwnBlobUrl(item.getURL())) event.preventDefault();
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
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
