// The Electron preload exposes the kiosk API here via contextBridge; absent in a plain browser.
import type { KioskApi } from '@contract/api.js';

declare global {
  interface Window {
    kioskApi?: KioskApi;
  }
}
