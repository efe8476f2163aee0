// The browser kiosk's local host, as the real CLI runs it: only 127.0.0.1 is listened on; only
// requests addressed to 127.0.0.1:port (not a DNS-rebound name) are answered; the API needs the
// launch token and, from a browser, the kiosk's own origin; static files never come from outside
// the renderer; and a crowd of clients or one that stops reading cannot take the host down.
import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/paths.js';
import { upgradeStatus } from './support/api-client.js';
import { startCliKiosk, stopAllKiosks, type CliKiosk } from '../support/cli-kiosk.js';
import { rawGet, tcpAccepts } from './support/raw-http.js';

let kiosk: CliKiosk;
beforeAll(async () => {
  kiosk = await startCliKiosk('demo', ['--db', join(tempDir('kiosk-security-'), 'demo.sqlite')]);
});
afterAll(stopAllKiosks);

const api = (query: string): string => `ws://127.0.0.1:${kiosk.port}/api${query}`;
const own = (): Record<string, string> => ({ Host: `127.0.0.1:${kiosk.port}` });
/** Bytes only files outside the renderer hold: the project's package.json, /etc/passwd. */
const OUTSIDE = [/"name": "thermal-screening-kiosk"/, /^root:/m];

describe('host boundary (real demo kiosk)', () => {
  it('refuses the API without the exact launch token', async () => {
    const t = kiosk.token;
    const flipped = t.slice(0, -1) + (t.endsWith('A') ? 'B' : 'A');
    const refused = [
      '',
      '?token=',
      `?token=${flipped}`,
      `?token=${t.slice(0, -1)}`,
      `?token=${t}x`,
      `?token=${t.toUpperCase() === t ? t.toLowerCase() : t.toUpperCase()}`,
      `?Token=${t}`,
      `?tok=${t}`,
    ];
    for (const query of refused) {
      expect(await upgradeStatus(api(query)), query || '(no query)').toBe(401);
    }
    // In a header instead of the URL: still no token.
    expect(await upgradeStatus(api(''), { Authorization: `Bearer ${t}` })).toBe(401);
    expect(await upgradeStatus(api(`?token=${t}`))).toBe(101);
  });

  it('refuses a browser page of any other origin, even with the token (another local site)', async () => {
    const p = kiosk.port;
    const others = [
      'http://evil.example',
      `http://localhost:${p}`,
      `http://127.0.0.1:${p + 1}`,
      `https://127.0.0.1:${p}`,
      `http://127.0.0.1:${p}.evil.example`,
      'null', // a sandboxed frame or a file:// page
    ];
    for (const origin of others) {
      expect(await upgradeStatus(api(`?token=${kiosk.token}`), { Origin: origin }), origin).toBe(
        403,
      );
    }
    const ownOrigin = { Origin: `http://127.0.0.1:${p}` };
    expect(await upgradeStatus(api(`?token=${kiosk.token}`), ownOrigin)).toBe(101);
  });

  it('answers only requests addressed to 127.0.0.1:port (a DNS-rebound name gets 421)', async () => {
    const p = kiosk.port;
    const page = await rawGet(p, '/', own());
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
    const hosts = [
      `localhost:${p}`,
      `evil.example:${p}`,
      '127.0.0.1',
      `127.0.0.1:${p}.evil.example`,
      `[::1]:${p}`,
    ];
    for (const host of hosts) {
      const reply = await rawGet(p, '/', { Host: host });
      expect(reply.status, host).toBe(421);
      expect(reply.body, host).not.toContain('<div id="root">');
    }
    // HTTP/1.0 may leave out Host altogether.
    expect((await rawGet(p, '/', {}, '1.0')).status).toBe(421);
    // The WebSocket, token and all, from a rebound page (browsers send their own name as Host).
    for (const host of [`evil.example:${p}`, `localhost:${p}`]) {
      expect(await upgradeStatus(api(`?token=${kiosk.token}`), { Host: host }), host).toBe(421);
    }
  });

  it('listens on 127.0.0.1 only: other loopback addresses refuse the connection', async () => {
    expect(await tcpAccepts('127.0.0.1', kiosk.port), '127.0.0.1').toBe(true);
    // All of 127/8 is this machine: a host bound to 0.0.0.0 would accept 127.0.0.2 too.
    expect(await tcpAccepts('127.0.0.2', kiosk.port), '127.0.0.2').toBe(false);
    expect(await tcpAccepts('::1', kiosk.port), '::1').toBe(false);
  });

  it('is not reachable on any other interface of the machine', async (ctx) => {
    const addresses = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a !== undefined && !a.internal && !a.address.startsWith('fe80:'))
      .map((a) => a!.address);
    if (addresses.length === 0) {
      const why = 'this machine has no network interface besides loopback';
      console.log(`skipped: ${why}`);
      ctx.skip(why);
    }
    for (const address of addresses) {
      expect(await tcpAccepts(address, kiosk.port), address).toBe(false);
    }
  });

  it('never serves a file outside the renderer, however the path is spelled', async () => {
    const p = kiosk.port;
    // The probe reaches real files: the same request for one inside the renderer is served.
    const inside = await rawGet(p, '/index.html', own());
    expect(inside.status).toBe(200);
    expect(inside.body).toContain('<div id="root">');
    // The renderer is dist/renderer: two levels up is the project (package.json).
    expect(readFileSync(join(ROOT, 'package.json'), 'utf8')).toMatch(OUTSIDE[0]!);
    const escapes = [
      '/../package.json',
      '/../../package.json',
      '/..%2f..%2fpackage.json',
      '/%2e%2e/%2e%2e/package.json',
      '/%2e%2e%2f%2e%2e%2fpackage.json',
      '/.%2e/.%2e/package.json',
      '/assets/..%2f..%2f..%2fpackage.json',
      '/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fpackage.json',
      '/..%5c..%5cpackage.json',
      '/%252e%252e%252f%252e%252e%252fpackage.json',
      '/....//....//package.json',
      '/..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/%2fetc%2fpasswd',
      '//etc/passwd',
      '/..%00/package.json',
      '/index.html%00/../../../package.json',
      '/%c0%ae%c0%ae/%c0%ae%c0%ae/package.json',
      `http://127.0.0.1:${p}/..%2f..%2fpackage.json`,
    ];
    for (const path of escapes) {
      const reply = await rawGet(p, path, own());
      expect([400, 404], `${path}: ${reply.status}`).toContain(reply.status);
      for (const marker of OUTSIDE) expect(reply.body, path).not.toMatch(marker);
    }
  });
});
