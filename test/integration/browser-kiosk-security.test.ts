// The browser kiosk's own browser (audit M2, M3, M4): it is handed a one-time boot code, never the
// session token; a boot code opens the session once, from the kiosk's own address and page only;
// a browser that goes away is started again while the kiosk keeps running, which ends only by
// the console's "Exit kiosk mode" (PIN) or a signal; as root no sandbox-less browser is started
// unless asked for.
import { request } from 'node:http';
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { CallHandlers } from '../../electron/contract/api.js';
import { BOOTSTRAP_PATH, startHost, type RunningHost } from '../../electron/host/server.js';
import { BOOTSTRAP_PATH as RENDERER_BOOTSTRAP_PATH } from '../../renderer/src/transport/boot-code.js';
import {
  alive,
  startWithFakeBrowser,
  waitUntil,
  type FakeBrowserKiosk,
} from '../support/fake-browser.js';
import { demoSnapshot, today, withLockedStaff } from '../support/fixtures.js';
import { RENDERER } from '../support/paths.js';

const handlers: CallHandlers = withLockedStaff({
  getSnapshot: () => demoSnapshot,
  getCounts: () => [today],
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One raw HTTP request to the host (raw, so Host and Origin can be anything). */
function send(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'POST',
        path: options.path ?? BOOTSTRAP_PATH,
        headers: { Host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** What the kiosk page sends: its code as JSON, from its own origin. */
function redeem(port: number, code: string, headers: Record<string, string> = {}): Promise<Reply> {
  return send(port, {
    headers: {
      'Content-Type': 'application/json',
      Origin: `http://127.0.0.1:${port}`,
      ...headers,
    },
    body: JSON.stringify({ code }),
  });
}

function connect(url: string): Promise<{ status: number; ws: WebSocket }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    ws.once('open', () => resolve({ status: 101, ws }));
    ws.once('unexpected-response', (_req, res) => resolve({ status: res.statusCode ?? 0, ws }));
    ws.once('error', () => undefined);
  });
}

describe('boot codes on the host (audit M2)', () => {
  let host: RunningHost | null = null;
  afterEach(async () => {
    await host?.close();
    host = null;
  });

  async function start(extra: { bootCodeTtlMs?: number } = {}): Promise<RunningHost> {
    host = await startHost({
      rendererDir: RENDERER,
      handlers,
      events: { subscribe: () => () => undefined },
      ...extra,
    });
    return host;
  }

  it('the page and the host agree on the bootstrap path', () => {
    expect(RENDERER_BOOTSTRAP_PATH).toBe(BOOTSTRAP_PATH);
  });

  it('a boot code gives the session token once, uncached; the token then opens the API', async () => {
    const h = await start();
    const code = h.issueBootCode();
    expect(code).not.toContain(h.token);
    expect(code.length).toBeGreaterThanOrEqual(22);
    const first = await redeem(h.port, code);
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(first.body)).toEqual({ token: h.token });
    const api = await connect(`ws://127.0.0.1:${h.port}/api?token=${JSON.parse(first.body).token}`);
    expect(api.status).toBe(101);
    api.ws.close();

    const again = await redeem(h.port, code);
    expect(again.status).toBe(410);
    expect(again.body).not.toContain(h.token);
    expect(JSON.parse(again.body)).toMatchObject({ error: 'used' });
  });

  it('each code is different, and each works once', async () => {
    const h = await start();
    const codes = [h.issueBootCode(), h.issueBootCode(), h.issueBootCode()];
    expect(new Set(codes).size).toBe(3);
    for (const code of codes.reverse()) expect((await redeem(h.port, code)).status).toBe(200);
  });

  it('a wrong, a malformed or an expired code is refused, never with the token', async () => {
    const h = await start({ bootCodeTtlMs: 100 });
    const code = h.issueBootCode();
    const wrong = await redeem(h.port, `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`);
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body)).toMatchObject({ error: 'unknown' });
    const malformed = await send(h.port, {
      headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${h.port}` },
      body: '{"code":',
    });
    expect(malformed.status).toBe(400);
    await new Promise((r) => setTimeout(r, 250));
    const expired = await redeem(h.port, code);
    expect(expired.status).toBe(410);
    expect(JSON.parse(expired.body)).toMatchObject({ error: 'expired' });
    for (const reply of [wrong, malformed, expired]) {
      expect(reply.body).not.toContain(h.token);
      expect(reply.headers['cache-control']).toBe('no-store');
    }
  });

  it('answers only its own address and its own page, and does not spend the code on a refusal', async () => {
    const h = await start();
    const code = h.issueBootCode();
    const rebound = await redeem(h.port, code, { Host: `evil.example:${h.port}` });
    expect(rebound.status).toBe(421);
    const otherSite = await redeem(h.port, code, { Origin: 'http://evil.example' });
    expect(otherSite.status).toBe(403);
    const otherPort = await redeem(h.port, code, { Origin: `http://127.0.0.1:${h.port + 1}` });
    expect(otherPort.status).toBe(403);
    // A form post or a "simple" cross-site fetch cannot send JSON without a preflight.
    const form = await send(h.port, {
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: `http://127.0.0.1:${h.port}`,
      },
      body: `code=${code}`,
    });
    expect(form.status).toBe(415);
    const get = await send(h.port, { method: 'GET', path: `${BOOTSTRAP_PATH}?code=${code}` });
    expect(get.status).toBe(405);
    for (const reply of [rebound, otherSite, otherPort, form, get]) {
      expect(reply.body).not.toContain(h.token);
    }
    // None of these spent it: the kiosk's own page still gets in with it.
    expect((await redeem(h.port, code)).status).toBe(200);
  });

  it('a body larger than any code is refused', async () => {
    const h = await start();
    const reply = await send(h.port, {
      headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${h.port}` },
      body: JSON.stringify({ code: 'x'.repeat(64 * 1024) }),
    });
    expect(reply.status).toBe(413);
  });
});

describe('the browser kiosk with its browser (audit M2, M3, M4)', () => {
  let kiosk: FakeBrowserKiosk | null = null;
  afterEach(async () => {
    await kiosk?.stop();
    kiosk = null;
  });
  const asRoot = process.getuid?.() === 0;
  // As root the kiosk starts no browser without --allow-root-browser (M4, checked below).
  const launchable = asRoot ? ['--allow-root-browser'] : [];

  it("puts a one-time boot code on the browser's command line, never the token (M2)", async () => {
    kiosk = await startWithFakeBrowser(launchable);
    const [launch] = await kiosk.waitForLaunches(1);
    const commandLine = launch!.args.join(' ');
    expect(commandLine).not.toContain(kiosk.token);
    expect(commandLine).not.toContain('token=');
    expect(launch!.app).toMatch(new RegExp(`^${kiosk.url}#boot=[\\w-]{22,}$`));
    const code = launch!.app.split('#boot=')[1]!;
    const first = await redeem(kiosk.port, code);
    expect(JSON.parse(first.body)).toEqual({ token: kiosk.token });
    expect((await redeem(kiosk.port, code)).status).toBe(410);
  });

  it('a browser that is killed is started again, fresh, and the kiosk keeps running (M3)', async () => {
    kiosk = await startWithFakeBrowser(launchable);
    const [first] = await kiosk.waitForLaunches(1);
    process.kill(first!.pid, 'SIGKILL');
    const launches = await kiosk.waitForLaunches(2);
    const second = launches[1]!;
    expect(kiosk.process.exitCode).toBeNull();
    expect(second.pid).not.toBe(first!.pid);
    // A fresh profile (the old one deleted) and a fresh boot code.
    expect(second.profile).not.toBe(first!.profile);
    expect(existsSync(first!.profile)).toBe(false);
    expect(second.app).not.toBe(first!.app);
    expect(second.app).toContain('#boot=');
    // One line saying why.
    expect(kiosk.output()).toMatch(/browser .*(SIGKILL|signal).*start(ing)? it again/i);
    // The kiosk still answers.
    expect((await fetch(kiosk.url)).status).toBe(200);
  });

  it('"Exit kiosk mode" with the PIN ends the kiosk and its browser, which is not started again', async () => {
    kiosk = await startWithFakeBrowser(launchable);
    const [launch] = await kiosk.waitForLaunches(1);
    const { ws } = await connect(`ws://127.0.0.1:${kiosk.port}/api?token=${kiosk.token}`);
    const replies = new Map<number, { ok: boolean; value?: { session?: string } }>();
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; result?: never };
      if (message.id !== undefined) replies.set(message.id, message.result!);
    });
    const call = async (id: number, name: string, args: unknown) => {
      ws.send(JSON.stringify({ id, call: name, args }));
      await waitUntil(() => replies.has(id), 10_000, `a reply to ${name}`);
      return replies.get(id)!;
    };
    // The demo's PIN.
    const unlocked = await call(1, 'staffUnlock', { pin: '0000' });
    expect(unlocked.ok).toBe(true);
    expect((await call(2, 'exitKiosk', { session: unlocked.value!.session })).ok).toBe(true);
    expect(await kiosk.exited).toBe(0);
    await waitUntil(() => !alive(launch!.pid), 5000, 'the browser to be closed');
    expect(kiosk.launches()).toHaveLength(1);
  });

  it('SIGTERM to the kiosk ends it and closes its browser', async () => {
    kiosk = await startWithFakeBrowser(launchable);
    const [launch] = await kiosk.waitForLaunches(1);
    kiosk.process.kill('SIGTERM');
    expect(await kiosk.exited).toBe(0);
    await waitUntil(() => !alive(launch!.pid), 5000, 'the browser to be closed');
    expect(kiosk.launches()).toHaveLength(1);
  });

  it.runIf(asRoot)(
    'as root, without --allow-root-browser, it starts no browser, says why, and keeps serving (M4)',
    async () => {
      kiosk = await startWithFakeBrowser([]);
      await waitUntil(
        () => /allow-root-browser/.test(kiosk!.output()),
        5000,
        'the message about root',
      );
      const said = kiosk.output();
      expect(said).toMatch(/no browser (was )?started/i);
      expect(said).toMatch(/root/);
      expect(said).toMatch(/sandbox/i);
      expect(said).toMatch(/ordinary user/);
      await new Promise((r) => setTimeout(r, 1500));
      expect(kiosk.launches()).toEqual([]);
      expect(kiosk.process.exitCode).toBeNull();
      expect((await fetch(kiosk.url)).status).toBe(200);
    },
  );

  it.runIf(asRoot)(
    'as root with --allow-root-browser, the browser runs without its sandbox, with a warning (M4)',
    async () => {
      kiosk = await startWithFakeBrowser(['--allow-root-browser']);
      const [launch] = await kiosk.waitForLaunches(1);
      expect(launch!.args).toContain('--no-sandbox');
      expect(kiosk.output()).toMatch(/warning.*sandbox/i);
    },
  );
});
