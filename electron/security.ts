// Locks the Electron renderer down: no navigation, no new windows, no webviews, no permissions,
// no remote content, and a strict CSP on every response.
import type { App, Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from './app/csp.js';
import { isAllowedRendererUrl } from './app/url-policy.js';

export function hardenSession(session: Session, rendererDir: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRendererUrl(details.url, rendererDir) });
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
