// The kiosk API over the local WebSocket: numbered requests, replies matched by id, events pushed
// by the server. Reconnects with backoff; callers learn of each fresh connection through watch().
import type { CallName } from '@contract/api.js';
import type { ClientTransport } from '@contract/client.js';
import { WsServerMessageSchema, type WsRequest } from '@contract/wire.js';
import type { Link, LinkState } from './link';

export interface WsTransport extends ClientTransport, Link {
  /** Closes the socket for good and stops reconnecting. */
  close(): void;
}

export interface WsTransportOptions {
  /** Injected by tests; the browser's WebSocket otherwise. */
  createSocket?: (url: string) => WebSocket;
  minDelayMs?: number;
  maxDelayMs?: number;
  /** A call with no reply by then fails, rather than leaving the screen waiting forever. */
  callTimeoutMs?: number;
}

// WebSocket.OPEN, spelled out so a test double need not provide the static constants.
const OPEN = 1;

interface Pending {
  resolve: (raw: unknown) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export function createWsTransport(url: string, options: WsTransportOptions = {}): WsTransport {
  const createSocket = options.createSocket ?? ((u: string) => new WebSocket(u));
  const minDelay = options.minDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 5000;
  const callTimeout = options.callTimeoutMs ?? 10_000;

  const pending = new Map<number, Pending>();
  const eventHandlers = new Set<(event: unknown, payload: unknown) => void>();
  const watchers = new Set<(state: LinkState) => void>();
  let state: LinkState = 'connecting';
  let socket: WebSocket | null = null;
  let nextId = 0;
  let delay = minDelay;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let closedForGood = false;

  const setState = (next: LinkState): void => {
    if (next === state) return;
    state = next;
    for (const watcher of [...watchers]) watcher(next);
  };

  const settle = (id: number): Pending | undefined => {
    const entry = pending.get(id);
    if (entry) {
      clearTimeout(entry.timer);
      pending.delete(id);
    }
    return entry;
  };

  const failAll = (message: string): void => {
    for (const id of [...pending.keys()]) settle(id)?.reject(new Error(message));
  };

  const onMessage = (data: unknown): void => {
    let json: unknown;
    try {
      json = typeof data === 'string' ? JSON.parse(data) : undefined;
    } catch {
      json = undefined;
    }
    const parsed = WsServerMessageSchema.safeParse(json);
    if (!parsed.success) {
      console.warn('kiosk API: ignored a malformed message from the kiosk');
      return;
    }
    const message = parsed.data;
    if ('id' in message) {
      const entry = settle(message.id);
      if (entry) entry.resolve(message.result);
      else console.warn(`kiosk API: ignored a reply to unknown call #${message.id}`);
      return;
    }
    for (const handler of [...eventHandlers]) handler(message.event, message.payload);
  };

  const connect = (): void => {
    retryTimer = undefined;
    const ws = createSocket(url);
    socket = ws;
    ws.onopen = () => {
      delay = minDelay;
      setState('open');
    };
    ws.onmessage = (e: MessageEvent) => onMessage(e.data);
    // 'error' is always followed by 'close', which does the work.
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      failAll('connection to the kiosk closed');
      if (closedForGood) return;
      // Before the first connection we are still "connecting"; after one, it was "lost".
      if (state === 'open') setState('lost');
      retryTimer = setTimeout(connect, delay);
      delay = Math.min(delay * 2, maxDelay);
    };
  };

  connect();

  return {
    invoke(name: CallName, args: unknown): Promise<unknown> {
      const ws = socket;
      if (!ws || ws.readyState !== OPEN) {
        return Promise.reject(new Error('not connected to the kiosk'));
      }
      const id = nextId++;
      const request: WsRequest = { id, call: name, args };
      return new Promise<unknown>((resolve, reject) => {
        const timer = setTimeout(
          () => settle(id)?.reject(new Error('the kiosk did not reply in time')),
          callTimeout,
        );
        pending.set(id, { resolve, reject, timer });
        try {
          ws.send(JSON.stringify(request));
        } catch (error) {
          settle(id)?.reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },

    listen(handler) {
      eventHandlers.add(handler);
      return () => {
        eventHandlers.delete(handler);
      };
    },

    watch(listener) {
      watchers.add(listener);
      listener(state);
      return () => {
        watchers.delete(listener);
      };
    },

    close() {
      closedForGood = true;
      clearTimeout(retryTimer);
      const ws = socket;
      socket = null;
      ws?.close();
      failAll('connection to the kiosk closed');
      setState('lost');
    },
  };
}
