// The browser kiosk's host: serves the built renderer and carries the kiosk API over a WebSocket,
// bound to 127.0.0.1 and guarded by a per-launch token. The kiosk's own browser is not given the
// token on its command line (audit M2): it gets a one-time boot code, which its page trades for
// the token at POST /bootstrap.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { CallHandlers, EventName } from '../contract/api.js';
import { dispatchCall } from '../contract/dispatch.js';
import { WS_PATH, WsRequestSchema } from '../contract/wire.js';
import { createBootCodes, type Redemption } from './bootstrap-codes.js';
import { createStaticHandler } from './static-files.js';

export interface EventSource {
  subscribe(listener: (event: EventName, payload: unknown) => void): () => void;
}

export interface HostOptions {
  rendererDir: string;
  handlers: CallHandlers;
  events: EventSource;
  /** 0 picks a free port. */
  port?: number;
  /** A server already listening (listenLocal): the port is claimed before the kiosk starts. */
  server?: Server;
  token?: string;
  /** Called when the first API client connects (the demo starts walking people then). */
  onFirstClient?: () => void;
  /** How long a boot code stays valid (default BOOT_CODE_TTL_MS); tests shorten it. */
  bootCodeTtlMs?: number;
  /** Called when a boot code is refused (e.g. presented a second time). */
  onBootRefused?: (why: Exclude<Redemption, 'ok'>) => void;
}

export interface RunningHost {
  url: string;
  /**
   * The URL with the token in its fragment: printed for a person to open in their own browser.
   * Never put it on a command line (every local user can read those): use bootUrl().
   */
  kioskUrl: string;
  token: string;
  port: number;
  /** A fresh one-time boot code (valid once, for about a minute). */
  issueBootCode(): string;
  /** The URL with a fresh boot code in its fragment (`#boot=…`): what the kiosk browser opens. */
  bootUrl(): string;
  close(): Promise<void>;
}

/** Largest request a client may send; calls are tiny. */
const MAX_MESSAGE_BYTES = 16 * 1024;
/**
 * API clients at once: the kiosk page and a few consoles, or a wall of test pages (the layout
 * check opens 15); far more is someone probing.
 */
export const MAX_CLIENTS = 32;
/** A client that lets this much pile up unread (it stopped reading) is closed. */
export const MAX_QUEUED_BYTES = 1024 * 1024;
/** Idle HTTP connections are closed after this (the page keeps one WebSocket, not these). */
const IDLE_MS = 5000;
/** Where the page trades its boot code for the token (renderer/src/transport/boot-code.ts says the same). */
export const BOOTSTRAP_PATH = '/bootstrap';
/** Largest bootstrap request body: `{"code":"…"}` is about 40 bytes. */
const MAX_BOOTSTRAP_BYTES = 1024;
/** Every bootstrap answer: JSON, never cached or stored anywhere. */
const BOOTSTRAP_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
/** What the page is told when its code is refused. */
const REFUSALS: Record<Exclude<Redemption, 'ok'>, { status: number; message: string }> = {
  unknown: { status: 401, message: 'this boot code is not one the kiosk issued' },
  used: { status: 410, message: 'this boot code was already used: each opens the kiosk once' },
  expired: { status: 410, message: 'this boot code has expired: each is valid for one minute' },
};

/** Claims 127.0.0.1:port (0: any free one) for a host started later: a taken port is found
 * before the kiosk opens its database. Rejects with the listen error (EADDRINUSE, EACCES). */
export async function listenLocal(port: number): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const serveStatic = createStaticHandler(options.rendererDir);
  const bootCodes = createBootCodes({ ttlMs: options.bootCodeTtlMs });
  let port = 0;
  // Only requests addressed to 127.0.0.1:port: a page whose DNS name was rebound to 127.0.0.1
  // sends its own name as Host, and must not read the kiosk's files.
  const ownHost = (req: IncomingMessage): boolean => req.headers.host === `127.0.0.1:${port}`;
  // Browsers always send Origin (on WebSocket upgrades and on every POST): only our own page may
  // connect or start a session, not another local site. Programs without one are let through,
  // as they can read nothing a browser page could not.
  const ownOrigin = (req: IncomingMessage): boolean =>
    req.headers.origin === undefined || req.headers.origin === `http://127.0.0.1:${port}`;
  const server: Server = options.server ?? (await listenLocal(options.port ?? 0));
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!ownHost(req)) {
      res.writeHead(421, { 'Content-Type': 'text/plain', Connection: 'close' });
      res.end('this kiosk answers only at its own address, 127.0.0.1');
      return;
    }
    if (pathOf(req) === BOOTSTRAP_PATH) {
      bootstrap(req, res, {
        ownOrigin: ownOrigin(req),
        redeem: (code) => {
          const outcome = bootCodes.redeem(code);
          if (outcome !== 'ok') options.onBootRefused?.(outcome);
          return outcome;
        },
        token,
      });
      return;
    }
    void serveStatic(req, res);
  });
  server.keepAliveTimeout = IDLE_MS;
  server.headersTimeout = IDLE_MS;
  server.requestTimeout = IDLE_MS;
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  let clients = 0;

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const refuse = (status: string): void => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (!ownHost(req)) return refuse('421 Misdirected Request');
    if (url.pathname !== WS_PATH) return refuse('404 Not Found');
    if (!sameToken(url.searchParams.get('token') ?? '', token)) return refuse('401 Unauthorized');
    if (!ownOrigin(req)) return refuse('403 Forbidden');
    if (wss.clients.size >= MAX_CLIENTS) return refuse('503 Service Unavailable');
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (clients++ === 0) options.onFirstClient?.();
      serveClient(ws, options);
    });
  });

  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    kioskUrl: `${url}#token=${token}`,
    token,
    port,
    issueBootCode: () => bootCodes.issue(),
    bootUrl: () => `${url}#boot=${bootCodes.issue()}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of wss.clients) ws.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function pathOf(req: IncomingMessage): string | null {
  try {
    return new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  } catch {
    return null;
  }
}

/**
 * POST /bootstrap with `{"code": "…"}` (Content-Type application/json, which a cross-site page
 * cannot send without a preflight the host never grants): answers `{"token": "…"}` once per code.
 * Every check on the request comes before the code is looked at, so a refused request never
 * spends it.
 */
function bootstrap(
  req: IncomingMessage,
  res: ServerResponse,
  context: { ownOrigin: boolean; redeem: (code: string) => Redemption; token: string },
): void {
  const answer = (status: number, body: object, extra: Record<string, string> = {}): void => {
    res.writeHead(status, { ...BOOTSTRAP_HEADERS, ...extra });
    res.end(JSON.stringify(body));
  };
  const refuse = (status: number, error: string, message: string): void =>
    answer(status, { error, message });
  if (req.method !== 'POST') {
    req.resume();
    return answer(
      405,
      { error: 'method', message: 'POST the boot code as JSON: {"code": "…"}' },
      { Allow: 'POST' },
    );
  }
  if (!context.ownOrigin) {
    req.resume();
    return refuse(403, 'origin', "only the kiosk's own page may start a session");
  }
  if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
    req.resume();
    return refuse(415, 'content-type', 'send the boot code as application/json');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= MAX_BOOTSTRAP_BYTES) chunks.push(chunk);
  });
  req.on('error', () => req.destroy());
  req.on('end', () => {
    if (size > MAX_BOOTSTRAP_BYTES) return refuse(413, 'too-large', 'a boot code is short');
    let code: unknown;
    try {
      code = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { code?: unknown })?.code;
    } catch {
      code = undefined;
    }
    if (typeof code !== 'string' || code === '') {
      return refuse(400, 'malformed', 'expected a JSON body {"code": "…"}');
    }
    const outcome = context.redeem(code);
    if (outcome === 'ok') return answer(200, { token: context.token });
    const { status, message } = REFUSALS[outcome];
    refuse(status, outcome, message);
  });
}

function serveClient(ws: WebSocket, options: HostOptions): void {
  /** Sends, unless the client has stopped reading: then it is closed, not buffered for ever. */
  const send = (text: string): void => {
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > MAX_QUEUED_BYTES) {
      ws.terminate();
      return;
    }
    ws.send(text);
  };
  const unsubscribe = options.events.subscribe((event, payload) => {
    send(JSON.stringify({ event, payload }));
  });
  ws.on('close', unsubscribe);
  ws.on('error', () => ws.terminate());
  ws.on('message', async (data, isBinary) => {
    const reply = (id: number, result: unknown): void => send(JSON.stringify({ id, result }));
    let parsed: unknown;
    try {
      parsed = isBinary ? undefined : JSON.parse(data.toString());
    } catch {
      parsed = undefined;
    }
    const request = WsRequestSchema.safeParse(parsed);
    if (!request.success) {
      // Without a valid id there is no call to answer; say so with id 0 rather than go silent.
      return reply(0, {
        ok: false,
        error: {
          code: 'invalid-request',
          message: 'expected a JSON message {"id": n, "call": name, "args": {...}}',
        },
      });
    }
    reply(
      request.data.id,
      await dispatchCall(options.handlers, request.data.call, request.data.args),
    );
  });
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
