// One CSP from one source (audit L5): electron/app/csp.ts is the only policy. The built page
// carries none of its own (a <meta> policy would apply on top of the header, and drift from it),
// and both transports send csp.ts's policy as a response header.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/app/csp.js';
import { rendererResponse } from '../../electron/app/renderer-protocol.js';
import { createStaticHandler } from '../../electron/host/static-files.js';
import { RENDERER, ROOT } from '../support/paths.js';

/** Every policy an HTML page declares for itself, in any spelling of the attribute. */
function metaPolicies(html: string): string[] {
  return [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => /http-equiv\s*=\s*["']?\s*content-security-policy/i.test(tag));
}

function directive(policy: string, name: string): string | undefined {
  return policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.split(/\s+/)[0] === name);
}

describe('one Content-Security-Policy', () => {
  let server: Server | null = null;
  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = null;
  });

  it('the built renderer and its source page declare no policy of their own', () => {
    const built = readFileSync(join(RENDERER, 'index.html'), 'utf8');
    expect(built).toContain('<div id="root">');
    expect(metaPolicies(built)).toEqual([]);
    expect(metaPolicies(readFileSync(join(ROOT, 'renderer', 'index.html'), 'utf8'))).toEqual([]);
  });

  it('lets the page connect only to its own origin (its WebSocket), and frames it nowhere', () => {
    expect(directive(CONTENT_SECURITY_POLICY, 'connect-src')).toBe("connect-src 'self'");
    expect(directive(CONTENT_SECURITY_POLICY, 'default-src')).toBe("default-src 'none'");
    expect(directive(CONTENT_SECURITY_POLICY, 'script-src')).toBe("script-src 'self'");
    expect(directive(CONTENT_SECURITY_POLICY, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|ws:|http:|blob:/);
  });

  it('is the header of the browser kiosk host and of the Electron kiosk:// protocol', async () => {
    const handler = createStaticHandler(RENDERER);
    server = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.address() as AddressInfo;
    const overHttp = await fetch(`http://127.0.0.1:${port}/`);
    expect(overHttp.status).toBe(200);
    expect(overHttp.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);

    const overProtocol = await rendererResponse(new Request('kiosk://app/index.html'), RENDERER);
    expect(overProtocol.status).toBe(200);
    expect(overProtocol.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await overProtocol.text()).toBe(await overHttp.text());
  });
});
