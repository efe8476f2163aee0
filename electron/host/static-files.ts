// Serves the built renderer from one folder, read-only, with security headers on every reply.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentTypeOf, resolveRendererFile, securityHeaders } from '../app/renderer-files.js';

export function createStaticHandler(root: string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const headers = securityHeaders();
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    } catch {
      res.writeHead(400, headers).end('bad request');
      return;
    }
    const file = await resolveRendererFile(root, pathname);
    const body = file === null ? null : await readFile(file).catch(() => null);
    if (file === null || body === null) {
      res.writeHead(404, headers).end('not found');
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': contentTypeOf(file) });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
