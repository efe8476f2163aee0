// Which URLs the Electron renderer may load: the bundled renderer's own files, nothing remote.
import { relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

export function isAllowedRendererUrl(url: string, rendererDir: string): boolean {
  if (url.startsWith('devtools://')) return true;
  if (url.startsWith('data:')) return true; // fonts and icons inlined by the bundler
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
