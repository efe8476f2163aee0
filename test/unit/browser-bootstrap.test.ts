// Audit M2: the browser kiosk's own browser is handed a one-time boot code on its command line
// (seen by every local user in `ps`), never the session token. The codes (single use, short
// lived), the browser's arguments, and the page's side: reading the fragment, trading the code
// for the token once, and only then opening the API socket.
import { describe, expect, it } from 'vitest';
import { BOOT_CODE_TTL_MS, createBootCodes } from '../../electron/host/bootstrap-codes.js';
import { kioskBrowserArgs } from '../../electron/cli/browser.js';
import type { ClientTransport } from '../../electron/contract/client.js';
import {
  BOOTSTRAP_PATH,
  createBootTransport,
  fragmentCredential,
  redeemBootCode,
  type BootRedemption,
  type FetchLike,
} from '../../renderer/src/transport/boot-code.js';
import type { Link, LinkState } from '../../renderer/src/transport/link.js';

describe('boot codes', () => {
  it('are random, URL-safe and at least 128 bits', () => {
    const codes = createBootCodes();
    const issued = Array.from({ length: 50 }, () => codes.issue());
    expect(new Set(issued).size).toBe(50);
    for (const code of issued) expect(code).toMatch(/^[A-Za-z0-9_-]{22,}$/);
  });

  it('work once: a second use is refused as used', () => {
    const codes = createBootCodes();
    const code = codes.issue();
    expect(codes.redeem(code)).toBe('ok');
    expect(codes.redeem(code)).toBe('used');
    expect(codes.redeem(code)).toBe('used');
  });

  it('expire after about a minute, used or not', () => {
    expect(BOOT_CODE_TTL_MS).toBeGreaterThanOrEqual(30_000);
    expect(BOOT_CODE_TTL_MS).toBeLessThanOrEqual(120_000);
    let now = 1_000_000;
    const codes = createBootCodes({ now: () => now });
    const late = codes.issue();
    const inTime = codes.issue();
    now += BOOT_CODE_TTL_MS - 1;
    expect(codes.redeem(inTime)).toBe('ok');
    now += 1;
    expect(codes.redeem(late)).toBe('expired');
    expect(codes.redeem(late)).toBe('expired');
    // Long after, they are forgotten altogether.
    now += 60 * 60_000;
    expect(codes.redeem(late)).toBe('unknown');
    expect(codes.redeem(inTime)).toBe('unknown');
  });

  it('refuse anything not issued, including near misses and non-strings', () => {
    const codes = createBootCodes();
    const code = codes.issue();
    expect(codes.redeem('')).toBe('unknown');
    expect(codes.redeem(code.slice(1))).toBe('unknown');
    expect(codes.redeem(`${code}x`)).toBe('unknown');
    expect(
      codes.redeem(code.toUpperCase() === code ? code.toLowerCase() : code.toUpperCase()),
    ).toBe('unknown');
    expect(codes.redeem(undefined as unknown as string)).toBe('unknown');
    // The near misses did not spend it.
    expect(codes.redeem(code)).toBe('ok');
  });

  it('keep only a bounded number alive (the oldest go first)', () => {
    const codes = createBootCodes({ maxLive: 4 });
    const issued = Array.from({ length: 6 }, () => codes.issue());
    expect(codes.redeem(issued[0]!)).toBe('unknown');
    expect(codes.redeem(issued[1]!)).toBe('unknown');
    for (const code of issued.slice(2)) expect(codes.redeem(code)).toBe('ok');
  });
});

describe("the kiosk browser's arguments", () => {
  it('carry the boot URL and a fresh profile, and no token', () => {
    const args = kioskBrowserArgs('http://127.0.0.1:4000/#boot=abcDEF123_-abcDEF123_-', '/tmp/p1');
    expect(args).toContain('--app=http://127.0.0.1:4000/#boot=abcDEF123_-abcDEF123_-');
    expect(args).toContain('--kiosk');
    expect(args).toContain('--user-data-dir=/tmp/p1');
    expect(args.join(' ')).not.toMatch(/token/);
  });

  it('are never built with the session token', () => {
    expect(() => kioskBrowserArgs('http://127.0.0.1:4000/#token=SECRET', '/tmp/p1')).toThrow(
      /token/,
    );
    expect(() => kioskBrowserArgs('http://127.0.0.1:4000/?x=1#boot=a&token=S', '/tmp/p1')).toThrow(
      /token/,
    );
  });
});

describe("the page's fragment", () => {
  it('holds either a token (a URL printed for a person) or a boot code (the kiosk browser)', () => {
    expect(fragmentCredential('#token=abc')).toEqual({ kind: 'token', token: 'abc' });
    expect(fragmentCredential('#boot=xyz')).toEqual({ kind: 'boot', code: 'xyz' });
    expect(fragmentCredential('')).toBeNull();
    expect(fragmentCredential('#')).toBeNull();
    expect(fragmentCredential('#token=')).toBeNull();
    expect(fragmentCredential('#other=1')).toBeNull();
    // A token given outright needs no exchange.
    expect(fragmentCredential('#boot=xyz&token=abc')).toEqual({ kind: 'token', token: 'abc' });
  });
});

type FetchInit = Parameters<FetchLike>[1];

/** A fetch stand-in answering the bootstrap call. */
function fakeFetch(
  answer: (url: string, init: FetchInit) => Response | Promise<Response>,
): FetchLike & { calls: Array<{ url: string; init: FetchInit }> } {
  const calls: Array<{ url: string; init: FetchInit }> = [];
  const f: FetchLike = async (url, init) => {
    calls.push({ url, init });
    return answer(url, init);
  };
  return Object.assign(f, { calls });
}

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

describe('trading a boot code for the token', () => {
  it('posts the code as JSON to the bootstrap path, uncached, and returns the token', async () => {
    const f = fakeFetch(() => json(200, { token: 'T0K3N' }));
    expect(await redeemBootCode('CODE', f)).toEqual({ kind: 'token', token: 'T0K3N' });
    expect(f.calls).toHaveLength(1);
    const { url, init } = f.calls[0]!;
    expect(url).toBe(BOOTSTRAP_PATH);
    expect(init.method).toBe('POST');
    expect(init.cache).toBe('no-store');
    expect(new Headers(init.headers).get('Content-Type')).toBe('application/json');
    expect(JSON.parse(String(init.body))).toEqual({ code: 'CODE' });
    // Never in the URL.
    expect(url).not.toContain('CODE');
  });

  it('reports a refusal with the host’s reason', async () => {
    const used = await redeemBootCode(
      'CODE',
      fakeFetch(() => json(410, { error: 'used', message: 'this boot code was already used' })),
    );
    expect(used).toEqual({ kind: 'refused', reason: 'this boot code was already used' });
    const odd = await redeemBootCode(
      'CODE',
      fakeFetch(() => json(200, { nope: 1 })),
    );
    expect(odd.kind).toBe('refused');
  });

  it('tells an unreachable host apart from a refusal', async () => {
    const down = await redeemBootCode(
      'CODE',
      fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(down.kind).toBe('unreachable');
    const busy = await redeemBootCode(
      'CODE',
      fakeFetch(() => json(503, {})),
    );
    expect(busy.kind).toBe('unreachable');
  });
});

/** A WebSocket transport stand-in whose state the test drives. */
function fakeWs(): ClientTransport &
  Link & { set(state: LinkState): void; emit(e: unknown, p: unknown): void } {
  let state: LinkState = 'connecting';
  const watchers = new Set<(s: LinkState) => void>();
  const handlers = new Set<(e: unknown, p: unknown) => void>();
  return {
    invoke: async (name) => ({ ok: true, value: name }),
    listen(h) {
      handlers.add(h);
      return () => handlers.delete(h);
    },
    watch(l) {
      watchers.add(l);
      l(state);
      return () => watchers.delete(l);
    },
    set(next) {
      state = next;
      for (const w of watchers) w(next);
    },
    emit(e, p) {
      for (const h of handlers) h(e, p);
    },
  };
}

const tick = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('the page opened with a boot code', () => {
  it('is "connecting" until the code is traded, then uses the token for the API socket', async () => {
    let settle: (r: BootRedemption) => void = () => undefined;
    const ws = fakeWs();
    const tokens: string[] = [];
    const stored: string[] = [];
    const transport = createBootTransport('CODE', {
      redeem: () => new Promise((resolve) => (settle = resolve)),
      connect: (token) => (tokens.push(token), ws),
      onToken: (token) => stored.push(token),
      onRefused: () => expect.unreachable('not refused'),
    });
    const states: LinkState[] = [];
    transport.watch((s) => states.push(s));
    const events: unknown[] = [];
    transport.listen((e, p) => events.push([e, p]));
    await expect(transport.invoke('getSnapshot', {})).rejects.toThrow(/not connected/);
    expect(tokens).toEqual([]);

    settle({ kind: 'token', token: 'T0K3N' });
    await tick();
    expect(tokens).toEqual(['T0K3N']);
    expect(stored).toEqual(['T0K3N']);
    ws.set('open');
    ws.emit('state', { screen: 'idle' });
    expect(states).toEqual(['connecting', 'open']);
    expect(events).toEqual([['state', { screen: 'idle' }]]);
    expect(await transport.invoke('getSnapshot', {})).toEqual({ ok: true, value: 'getSnapshot' });
  });

  it('a refused code never opens a socket: the page is told, to show its "no token" state', async () => {
    const refusals: string[] = [];
    const transport = createBootTransport('CODE', {
      redeem: async () => ({ kind: 'refused', reason: 'this boot code was already used' }),
      connect: () => expect.unreachable('no socket without a token'),
      onToken: () => expect.unreachable('no token'),
      onRefused: (reason) => refusals.push(reason),
    });
    const states: LinkState[] = [];
    transport.watch((s) => states.push(s));
    await tick();
    expect(refusals).toEqual(['this boot code was already used']);
    expect(states).toEqual(['connecting']);
  });

  it('an unreachable host is asked again, with the same code', async () => {
    const asked: string[] = [];
    const ws = fakeWs();
    const transport = createBootTransport('CODE', {
      redeem: async (code) => {
        asked.push(code);
        return asked.length < 3
          ? { kind: 'unreachable', reason: 'Failed to fetch' }
          : { kind: 'token', token: 'T' };
      },
      connect: () => ws,
      onToken: () => undefined,
      onRefused: () => expect.unreachable('not refused'),
      retryMinMs: 5,
      retryMaxMs: 10,
    });
    const states: LinkState[] = [];
    transport.watch((s) => states.push(s));
    await tick(100);
    expect(asked).toEqual(['CODE', 'CODE', 'CODE']);
    ws.set('open');
    expect(states).toEqual(['connecting', 'open']);
  });
});
