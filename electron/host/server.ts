// The browser kiosk's host: serves the built renderer and carries the kiosk API over a WebSocket,
// bound to 127.0.0.1 and guarded by a per-launch token.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { CallHandlers, EventName } from '../contract/api.js';
import { dispatchCall } from '../contract/dispatch.js';
import { WS_PATH, WsRequestSchema } from '../contract/wire.js';
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
  token?: string;
  /** Called when the first API client connects (the demo starts walking people then). */
  onFirstClient?: () => void;
}

export interface RunningHost {
  url: string;
  /** The URL with the token in its fragment: what the kiosk browser opens. */
  kioskUrl: string;
  token: string;
  port: number;
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

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const serveStatic = createStaticHandler(options.rendererDir);
  let port = 0;
  // Only requests addressed to 127.0.0.1:port: a page whose DNS name was rebound to 127.0.0.1
  // sends its own name as Host, and must not read the kiosk's files.
  const ownHost = (req: IncomingMessage): boolean => req.headers.host === `127.0.0.1:${port}`;
  const server: Server = createServer((req, res) => {
    if (!ownHost(req)) {
      res.writeHead(421, { 'Content-Type': 'text/plain', Connection: 'close' });
      res.end('this kiosk answers only at its own address, 127.0.0.1');
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
    const origin = req.headers.origin;
    const refuse = (status: string): void => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (!ownHost(req)) return refuse('421 Misdirected Request');
    if (url.pathname !== WS_PATH) return refuse('404 Not Found');
    if (!sameToken(url.searchParams.get('token') ?? '', token)) return refuse('401 Unauthorized');
    // Browsers always send Origin; only our own page may connect, not another local site.
    if (origin !== undefined && origin !== `http://127.0.0.1:${port}`)
      return refuse('403 Forbidden');
    if (wss.clients.size >= MAX_CLIENTS) return refuse('503 Service Unavailable');
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (clients++ === 0) options.onFirstClient?.();
      serveClient(ws, options);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    kioskUrl: `${url}#token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of wss.clients) ws.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
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
