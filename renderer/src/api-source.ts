// Where the kiosk API comes from: the Electron preload when present, otherwise the local
// WebSocket, which needs the access token the kiosk printed in the page URL.
import type { KioskApi } from '../../electron/contract/api.js';
import { createApiClient } from '../../electron/contract/client.js';
import { WS_PATH } from '../../electron/contract/wire.js';
import { alwaysOpenLink, type Link } from './link';
import { takeAccessToken } from './token';
import { createWsTransport } from './ws-transport';

export type ApiSource =
  | { kind: 'ready'; api: KioskApi; link: Link }
  /** The page cannot reach the kiosk at all, and retrying will not help. */
  | { kind: 'blocked'; reason: 'no-token' };

export function resolveApiSource(): ApiSource {
  if (window.kioskApi) return { kind: 'ready', api: window.kioskApi, link: alwaysOpenLink };
  const token = takeAccessToken();
  // Without a host (e.g. opened from file:// outside Electron) there is no server to ask either.
  if (!token || !location.host) {
    reloadWhenTokenArrives();
    return { kind: 'blocked', reason: 'no-token' };
  }
  const url = `ws://${location.host}${WS_PATH}?token=${encodeURIComponent(token)}`;
  const transport = createWsTransport(url);
  return { kind: 'ready', api: createApiClient(transport), link: transport };
}

// Pasting the printed URL into an already open page only changes the fragment, which does not
// reload it; start over so the token is picked up.
function reloadWhenTokenArrives(): void {
  window.addEventListener('hashchange', () => {
    if (new URLSearchParams(location.hash.slice(1)).has('token')) location.reload();
  });
}
