// Electron's kiosk:// protocol (audit L5): kiosk://app/<path> maps to a file under the built
// renderer and nothing else, and every reply carries the one CSP and nosniff.
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/app/csp.js';
import {
  RENDERER_ENTRY_URL,
  RENDERER_ORIGIN,
  rendererPathOf,
  rendererReply,
  rendererResponse,
} from '../../electron/app/renderer-protocol.js';
import { tempDir } from '../support/paths.js';

// <tmp>/renderer is served; <tmp>/secret.txt and <tmp>/renderer-evil/ sit beside it.
let root: string;
let dir: string;

beforeAll(() => {
  root = realpathSync(tempDir('kiosk-protocol-'));
  dir = join(root, 'renderer');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(root, 'secret.txt'), 'not for the page');
  mkdirSync(join(root, 'renderer-evil'));
  writeFileSync(join(root, 'renderer-evil', 'x.js'), 'evil');
  symlinkSync(join(root, 'secret.txt'), join(dir, 'leak.txt'));
  symlinkSync(root, join(dir, 'up'));
  symlinkSync(join(dir, 'assets', 'app.js'), join(dir, 'alias.js'));
});

describe('kiosk:// URLs', () => {
  it('name a path only on the kiosk origin', () => {
    expect(RENDERER_ENTRY_URL).toBe(`${RENDERER_ORIGIN}/index.html`);
    expect(rendererPathOf('kiosk://app/index.html')).toBe('/index.html');
    expect(rendererPathOf('kiosk://app/assets/app.js?v=1#x')).toBe('/assets/app.js');
    expect(rendererPathOf('kiosk://app')).toBe('/');
  });

  it('refuse other hosts, ports, credentials and schemes', () => {
    for (const url of [
      'kiosk://evil/index.html',
      'kiosk://app.evil/index.html',
      'kiosk://app:8080/index.html',
      'kiosk://user@app/index.html',
      'file:///opt/kiosk/dist/renderer/index.html',
      'http://app/index.html',
      'https://127.0.0.1/index.html',
      'data:text/html,x',
      'blob:kiosk://app/5f1c',
      'not a url',
    ]) {
      expect(rendererPathOf(url), url).toBeNull();
    }
  });
});

describe('kiosk:// replies', () => {
  it('serve the renderer files with the CSP, nosniff and their content type', async () => {
    const page = await rendererReply('GET', RENDERER_ENTRY_URL, dir);
    expect(page).toMatchObject({ status: 200, file: join(dir, 'index.html') });
    expect(page.headers).toMatchObject({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Content-Type': 'text/html; charset=utf-8',
    });
    expect((await rendererReply('GET', 'kiosk://app/', dir)).file).toBe(join(dir, 'index.html'));
    const script = await rendererReply('GET', 'kiosk://app/assets/app.js', dir);
    expect(script.file).toBe(join(dir, 'assets', 'app.js'));
    expect(script.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    // A link that stays inside the folder is fine.
    expect((await rendererReply('GET', 'kiosk://app/alias.js', dir)).status).toBe(200);
  });

  it('refuse traversal, links out of the folder, folders, other hosts and schemes', async () => {
    for (const url of [
      'kiosk://app/..%2fsecret.txt',
      'kiosk://app/..%2F..%2Fetc%2Fpasswd',
      'kiosk://app/%2e%2e%2fsecret.txt',
      'kiosk://app/..%5csecret.txt',
      'kiosk://app/..%2frenderer-evil%2fx.js',
      'kiosk://app/leak.txt',
      'kiosk://app/up/secret.txt',
      'kiosk://app/assets/',
      'kiosk://app/missing.js',
      'kiosk://app/%E0%A4%A',
      'kiosk://app/index.html%00.js',
      'kiosk://evil/index.html',
      `file://${dir}/index.html`,
    ]) {
      const reply = await rendererReply('GET', url, dir);
      expect(reply, url).toMatchObject({ status: 404, file: null });
      // Even a refusal carries the policy.
      expect(reply.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answer GET and HEAD only', async () => {
    expect(await rendererReply('POST', RENDERER_ENTRY_URL, dir)).toMatchObject({
      status: 405,
      file: null,
    });
  });

  it('become a Response with the file as its body (HEAD without one)', async () => {
    const page = await rendererResponse(new Request(RENDERER_ENTRY_URL), dir);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toBe('<!doctype html><div id="root"></div>');
    const head = await rendererResponse(new Request(RENDERER_ENTRY_URL, { method: 'HEAD' }), dir);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const leak = await rendererResponse(new Request('kiosk://app/leak.txt'), dir);
    expect(leak.status).toBe(404);
    expect(await leak.text()).not.toContain('not for the page');
  });
});
