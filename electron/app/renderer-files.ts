// The built renderer as both transports serve it (the browser kiosk's host and Electron's kiosk://
// protocol): which file a URL path names, and the headers every reply carries.
import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.wav': 'audio/wav',
};

export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

export function contentTypeOf(file: string): string {
  return TYPES[extname(file)] ?? 'application/octet-stream';
}

/**
 * The regular file a URL path (as in the URL, still percent-encoded) names under `root`, or null:
 * for `..` (however encoded), for a link that leads out of `root` (judged where it really leads),
 * for a folder, and for anything missing or unreadable. `/` names index.html.
 */
export async function resolveRendererFile(root: string, urlPath: string): Promise<string | null> {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null; // malformed percent-encoding names no file
  }
  const requested = join(root, path === '' || path === '/' ? 'index.html' : path);
  if (!isInside(root, requested)) return null;
  try {
    const [realRoot, real] = await Promise.all([realpath(root), realpath(requested)]);
    if (!isInside(realRoot, real) || !(await stat(real)).isFile()) return null;
    return real;
  } catch {
    return null; // missing, unreadable, or a path the file system refuses (a NUL byte)
  }
}

function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
