// The Node host: static renderer with security headers, and the kiosk API over a token-guarded
// WebSocket on 127.0.0.1.
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { CallHandlers, EventName } from '../../electron/contract/api.js';
import { MAX_CLIENTS, startHost, type RunningHost } from '../../electron/host/server.js';
import { demoSnapshot, today, withLockedStaff } from '../support/fixtures.js';
import { RENDERER } from '../support/paths.js';

const handlers: CallHandlers = withLockedStaff({
  getSnapshot: () => demoSnapshot,
  getCounts: () => [today],
});

type Listener = (event: EventName, payload: unknown) => void;

describe('browser-kiosk host', () => {
  let host: RunningHost | null = null;
  const listeners = new Set<Listener>();
  afterEach(async () => {
    await host?.close();
    listeners.clear();
  });

  async function start(): Promise<RunningHost> {
    host = await startHost({
      rendererDir: RENDERER,
      handlers,
      events: { subscribe: (l) => (listeners.add(l), () => listeners.delete(l)) },
    });
    return host;
  }

  /** Resolves with the HTTP status of a refused upgrade, or 101 when the socket opened. */
  function connect(
    url: string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; ws: WebSocket }> {
    return new Promise((resolve) => {
      const ws = new WebSocket(url, { headers });
      ws.once('open', () => resolve({ status: 101, ws }));
      ws.once('unexpected-response', (_req, res) => resolve({ status: res.statusCode ?? 0, ws }));
      ws.once('error', () => undefined);
    });
  }

  it('binds to 127.0.0.1 and puts the token only in the URL fragment', async () => {
    const h = await start();
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(h.kioskUrl).toBe(`${h.url}#token=${h.token}`);
    expect(h.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses a WebSocket without the token, with a wrong token, or from another origin', async () => {
    const h = await start();
    const base = `ws://127.0.0.1:${h.port}/api`;
    expect((await connect(base)).status).toBe(401);
    expect((await connect(`${base}?token=${h.token.slice(1)}x`)).status).toBe(401);
    expect(
      (await connect(`${base}?token=${h.token}`, { Origin: 'http://evil.example' })).status,
    ).toBe(403);
    const ok = await connect(`${base}?token=${h.token}`, { Origin: `http://127.0.0.1:${h.port}` });
    expect(ok.status).toBe(101);
    ok.ws.close();
  });

  it('answers only at its own address: another Host (a DNS-rebound page) is refused (audit L3)', async () => {
    const h = await start();
    const own = await fetch(h.url);
    expect(own.status).toBe(200);
    const rebound = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: h.port, path: '/', headers: { Host: `evil.example:${h.port}` } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(rebound).toBe(421);
    const ws = await connect(`ws://127.0.0.1:${h.port}/api?token=${h.token}`, {
      Host: `evil.example:${h.port}`,
    });
    expect(ws.status).toBe(421);
  });

  it('caps API clients at MAX_CLIENTS and closes one that stops reading (audit L4)', async () => {
    const h = await start();
    const url = `ws://127.0.0.1:${h.port}/api?token=${h.token}`;
    const open: WebSocket[] = [];
    for (let i = 0; i < MAX_CLIENTS; i++) {
      const c = await connect(url);
      expect(c.status).toBe(101);
      open.push(c.ws);
    }
    expect((await connect(url)).status).toBe(503);
    // One stops reading: events pile up for it until the queue limit closes it, while the
    // others read on. Its own side, paused, cannot see the close: the free place shows it.
    const stuck = open[0]!;
    (stuck as unknown as { _socket: { pause(): void } })._socket.pause();
    const big = 'x'.repeat(64 * 1024);
    let again: { status: number; ws: WebSocket } | null = null;
    for (let i = 0; i < 2000 && again?.status !== 101; i++) {
      for (const l of listeners) l('room', { big, i });
      await new Promise((r) => setTimeout(r, 1));
      if (i % 50 === 49) again = await connect(url);
    }
    expect(again!.status).toBe(101);
    for (const ws of open.slice(1)) expect(ws.readyState).toBe(WebSocket.OPEN);
    for (const ws of [...open.slice(1), again!.ws]) ws.close();
    stuck.terminate();
  });

  it('answers calls, returns malformed messages as error values, and relays events', async () => {
    const h = await start();
    const { ws } = await connect(`ws://127.0.0.1:${h.port}/api?token=${h.token}`);
    const messages: unknown[] = [];
    ws.on('message', (data) => messages.push(JSON.parse(String(data))));
    ws.send(JSON.stringify({ id: 1, call: 'getSnapshot', args: {} }));
    ws.send('{not json');
    ws.send(
      JSON.stringify({
        id: 2,
        call: 'getCounts',
        args: { session: 's'.repeat(24), range: { from: '2026-11-30', to: '2026-11-01' } },
      }),
    );
    await new Promise((r) => setTimeout(r, 100));
    for (const l of listeners) l('state', { screen: 'pass' });
    await new Promise((r) => setTimeout(r, 100));
    // Replies are matched by id, not by order.
    expect(messages).toHaveLength(4);
    expect(messages).toEqual(
      expect.arrayContaining([
        { id: 1, result: { ok: true, value: handlers.getSnapshot({}) } },
        {
          id: 0,
          result: {
            ok: false,
            error: {
              code: 'invalid-request',
              message: expect.stringMatching(/expected a JSON message/),
            },
          },
        },
        {
          id: 2,
          result: {
            ok: false,
            error: {
              code: 'invalid-request',
              message: expect.stringMatching(/"from" must not be after "to"/),
            },
          },
        },
        { event: 'state', payload: { screen: 'pass' } },
      ]),
    );
    ws.close();
  });

  it('serves the renderer with a strict CSP and never serves files outside it', async () => {
    const h = await start();
    const page = await fetch(h.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(
      /default-src 'none'; script-src 'self'/,
    );
    expect(await page.text()).toContain('<div id="root">');
    const escape = await fetch(`${h.url}..%2f..%2fpackage.json`);
    expect(escape.status).toBe(404);
    expect((await fetch(h.url, { method: 'POST' })).status).toBe(405);
  });
});
