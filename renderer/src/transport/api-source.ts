// Where the kiosk API comes from: the Electron preload when present, otherwise the local
// WebSocket, which needs the access token: given in the page URL (`#token=…`, the URL the kiosk
// printed), or traded once for the one-time boot code the kiosk's own browser is started with
// (`#boot=…`, audit M2).
import type { KioskApi } from '@contract/api.js';
import { createApiClient } from '@contract/client.js';
import { WS_PATH } from '@contract/wire.js';
import { createBootTransport, redeemBootCode } from './boot-code';
import { alwaysOpenLink, type Link } from './link';
import { forgetAccessToken, rememberAccessToken, takeAccessCredential } from './token';
import { createWsTransport } from './ws-transport';

export type ApiSource =
  | { kind: 'ready'; api: KioskApi; link: Link }
  /** The page cannot reach the kiosk at all, and retrying will not help. */
  | { kind: 'blocked'; reason: 'no-token' };

export function resolveApiSource(): ApiSource {
  if (window.kioskApi) return { kind: 'ready', api: window.kioskApi, link: alwaysOpenLink };
  const credential = takeAccessCredential();
  // Without a host (e.g. opened from file:// outside Electron) there is no server to ask either.
  if (!credential || !location.host) {
    reloadWhenTokenArrives();
    return { kind: 'blocked', reason: 'no-token' };
  }
  const transport =
    credential.kind === 'token'
      ? createWsTransport(socketUrl(credential.token))
      : createBootTransport(credential.code, {
          redeem: (code) => redeemBootCode(code),
          connect: (token) => createWsTransport(socketUrl(token)),
          onToken: rememberAccessToken,
          // The page opened without a usable way in: the same "no token" screen as a page opened
          // without one. The fragment is gone already, so the reload comes up blocked.
          onRefused: (reason) => {
            console.warn(`kiosk: the boot code was refused: ${reason}`);
            forgetAccessToken();
            location.reload();
          },
        });
  return { kind: 'ready', api: createApiClient(transport), link: transport };
}

function socketUrl(token: string): string {
  return `ws://${location.host}${WS_PATH}?token=${encodeURIComponent(token)}`;
}

// Pasting the printed URL into an already open page only changes the fragment, which does not
// reload it; start over so the token (or boot code) is picked up.
function reloadWhenTokenArrives(): void {
  window.addEventListener('hashchange', () => {
    if (fragmentHasCredential()) location.reload();
  });
}

function fragmentHasCredential(): boolean {
  const params = new URLSearchParams(location.hash.slice(1));
  return params.has('token') || params.has('boot');
}
