// Which URLs the Electron renderer may load: the bundled renderer's own files, nothing remote.
import { relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

export function isAllowedRendererUrl(url: string, rendererDir: string): boolean {
  if (url.startsWith('devtools://')) return true;
  if (url.startsWith('data:')) return true; // fonts and icons inlined by the bundler
  if (isOwnBlobUrl(url)) return true; // the HR export's CSV, made by the page itself
  if (!url.startsWith('file://')) return false;
  let path: string;
  try {
    path = fileURLToPath(url);
  } catch {
    return false;
  }
  const rel = relative(rendererDir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * What may be loaded as a page or a frame (and may therefore call the kiosk API): the renderer's
 * own files only. `data:` and `blob:` stay allowed for subresources (inlined fonts, the CSV), never
 * as a document, where they would run code of unknown origin.
 */
export function isAllowedDocumentUrl(url: string, rendererDir: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('devtools://')) {
    return false;
  }
  return isAllowedRendererUrl(url, rendererDir);
}

/** Whether a request may proceed: documents by `isAllowedDocumentUrl`, the rest as resources. */
export function isAllowedRequest(url: string, resourceType: string, rendererDir: string): boolean {
  return resourceType === 'mainFrame' || resourceType === 'subFrame'
    ? isAllowedDocumentUrl(url, rendererDir) || url.startsWith('devtools://')
    : isAllowedRendererUrl(url, rendererDir);
}

/** A blob made by our own page (file:// origin): the only thing the kiosk may download. */
export function isOwnBlobUrl(url: string): boolean {
  return url.startsWith('blob:file://') || url.startsWith('blob:null/');
}
