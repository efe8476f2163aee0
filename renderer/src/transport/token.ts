// The page's way in, from the URL fragment, read once and then wiped from the address bar so it
// is not left on screen:
// - `#token=…`: the session token itself (the URL the kiosk prints for a person to open);
// - `#boot=…`: a one-time boot code (the kiosk's own browser, whose command line every local user
//   can read: audit M2), traded once for the token at POST /bootstrap.
// The token is then kept in sessionStorage, so a reload still works.
import { fragmentCredential, type AccessCredential } from './boot-code';

const STORAGE_KEY = 'kiosk.token';

/**
 * The page's credential: from the fragment (wiped from the address bar at once, before anything
 * is sent anywhere), else the token this tab kept from before.
 */
export function takeAccessCredential(): AccessCredential | null {
  const fromHash = fragmentCredential(location.hash);
  if (fromHash) {
    history.replaceState(history.state, '', location.pathname + location.search);
    if (fromHash.kind === 'token') rememberAccessToken(fromHash.token);
    return fromHash;
  }
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    return stored ? { kind: 'token', token: stored } : null;
  } catch {
    return null;
  }
}

export function rememberAccessToken(token: string): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, token);
  } catch {
    // Storage can be disabled; the token still works for this page load.
  }
}

export function forgetAccessToken(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing kept, nothing to forget
  }
}
