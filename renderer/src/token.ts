// The access token arrives once in the URL fragment (#token=...). It is moved to sessionStorage
// and wiped from the address bar so it is not left on screen, while a reload still works.
const STORAGE_KEY = 'kiosk.token';

export function takeAccessToken(): string | null {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) {
    try {
      sessionStorage.setItem(STORAGE_KEY, fromHash);
    } catch {
      // Storage can be disabled; the token still works for this page load.
    }
    history.replaceState(history.state, '', location.pathname + location.search);
    return fromHash;
  }
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
