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

/** A blob made by our own page (file:// origin): the only thing the kiosk may download. */
export function isOwnBlobUrl(url: string): boolean {
  return url.startsWith('blob:file://') || url.startsWith('blob:null/');
}
