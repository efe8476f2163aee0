/**
 * The kiosk page's one Content-Security-Policy, sent as a response header by both transports (the
 * browser kiosk's host and Electron's kiosk:// protocol); the page declares none of its own.
 * `connect-src 'self'` covers the browser kiosk's WebSocket too: in CSP3 'self' matches ws:// on
 * the page's own host and port, and no other port (test/e2e/csp.spec.ts checks this in Chromium).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "media-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
