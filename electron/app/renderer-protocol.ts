// Electron serves the renderer from its own origin, kiosk://app, rather than file://: a protocol
// handler's replies carry headers, so the one CSP (csp.ts) applies as a header as it does in the
// browser kiosk, and the page gets a real origin instead of file://'s whole disk.
import { readFile } from 'node:fs/promises';
import { contentTypeOf, resolveRendererFile, securityHeaders } from './renderer-files.js';

export const RENDERER_SCHEME = 'kiosk';
export const RENDERER_ORIGIN = `${RENDERER_SCHEME}://app`;
export const RENDERER_ENTRY_URL = `${RENDERER_ORIGIN}/index.html`;

export interface RendererReply {
  status: 200 | 404 | 405;
  /** The file to send (200 only). */
  file: string | null;
  headers: Record<string, string>;
}

/** The path (still percent-encoded) a URL names on kiosk://app, or null for any other URL. */
export function rendererPathOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // `host` includes any port; no credentials either: only the one exact origin.
  const own =
    parsed.protocol === `${RENDERER_SCHEME}:` &&
    parsed.host === 'app' &&
    parsed.username === '' &&
    parsed.password === '';
  return own ? parsed.pathname || '/' : null;
}

/** What to answer a request for `url`: a file under `rendererDir`, or a refusal; always the CSP. */
export async function rendererReply(
  method: string,
  url: string,
  rendererDir: string,
): Promise<RendererReply> {
  const headers = securityHeaders();
  if (method !== 'GET' && method !== 'HEAD') {
    return { status: 405, file: null, headers: { ...headers, Allow: 'GET, HEAD' } };
  }
  const path = rendererPathOf(url);
  const file = path === null ? null : await resolveRendererFile(rendererDir, path);
  if (file === null) return { status: 404, file: null, headers };
  return { status: 200, file, headers: { ...headers, 'Content-Type': contentTypeOf(file) } };
}

/** The handler `protocol.handle` runs for the kiosk scheme. */
export async function rendererResponse(request: Request, rendererDir: string): Promise<Response> {
  const reply = await rendererReply(request.method, request.url, rendererDir);
  const body = reply.file === null ? null : await readFile(reply.file).catch(() => null);
  if (reply.file !== null && body === null) {
    return new Response(null, { status: 404, headers: securityHeaders() });
  }
  return new Response(request.method === 'HEAD' ? null : body, {
    status: reply.status,
    headers: reply.headers,
  });
}
