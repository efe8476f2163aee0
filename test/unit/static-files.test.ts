// The browser kiosk's static files resolve paths the same way as Electron's kiosk:// protocol:
// a link inside the renderer folder that leads out of it is refused, like a `..` in the path.
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/app/csp.js';
import { createStaticHandler } from '../../electron/host/static-files.js';
import { tempDir } from '../support/paths.js';

let server: Server;
let base: string;

beforeAll(async () => {
  const root = realpathSync(tempDir('kiosk-static-'));
  const dir = join(root, 'renderer');
  mkdirSync(dir);
  writeFileSync(join(dir, 'index.html'), '<div id="root"></div>');
  writeFileSync(join(root, 'secret.txt'), 'not for the page');
  symlinkSync(join(root, 'secret.txt'), join(dir, 'leak.txt'));
  const handler = createStaticHandler(dir);
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('browser kiosk static files', () => {
  it('serve the renderer folder with the CSP', async () => {
    const page = await fetch(base);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toBe('<div id="root"></div>');
  });

  it('refuse a link that leads out of the folder, and traversal', async () => {
    for (const path of ['leak.txt', '..%2fsecret.txt', '%2e%2e%2fsecret.txt']) {
      const reply = await fetch(base + path);
      expect(reply.status, path).toBe(404);
      expect(await reply.text(), path).not.toContain('not for the page');
      expect(reply.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });
});
