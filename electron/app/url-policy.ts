// Which URLs the Electron renderer may load: its own origin, kiosk://app, nothing remote and no
// file:// at all (the renderer is served by the kiosk:// protocol, see renderer-protocol.ts).
import { RENDERER_ORIGIN, rendererPathOf } from './renderer-protocol.js';

export function isAllowedRendererUrl(url: string): boolean {
  if (url.startsWith('devtools://')) return true;
  if (url.startsWith('data:')) return true; // the page's empty icon; img-src allows data: images
  if (isOwnBlobUrl(url)) return true; // the HR export's CSV, made by the page itself
  return rendererPathOf(url) !== null;
}

/**
 * What may be loaded as a page or a frame (and may therefore call the kiosk API): the kiosk's own
 * origin only. `data:` and `blob:` stay allowed for subresources (inlined images, the CSV), never
 * as a document, where they would run code of unknown origin.
 */
export function isAllowedDocumentUrl(url: string): boolean {
  return rendererPathOf(url) !== null;
}

/** Whether a request may proceed: documents by `isAllowedDocumentUrl`, the rest as resources. */
export function isAllowedRequest(url: string, resourceType: string): boolean {
  return resourceType === 'mainFrame' || resourceType === 'subFrame'
    ? isAllowedDocumentUrl(url) || url.startsWith('devtools://')
    : isAllowedRendererUrl(url);
}

/** A blob made by our own page (kiosk://app origin): the only thing the kiosk may download. */
export function isOwnBlobUrl(url: string): boolean {
  return url.startsWith(`blob:${RENDERER_ORIGIN}/`);
}
