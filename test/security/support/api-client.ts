// A WebSocket client of the kiosk API that can also misbehave: typed calls, raw frames, replies
// matched by id, the id-0 replies to frames that were no call, and the events relayed.
import type { Socket } from 'node:net';
import WebSocket from 'ws';
import type {
  CallArgs,
  CallName,
  CallResult,
  EventName,
  Result,
} from '../../../electron/contract/api.js';
import type { UnlockResult } from '../../../electron/contract/staff.js';

export interface ApiClient {
  ws: WebSocket;
  call<N extends CallName>(name: N, args: CallArgs<N>): Promise<Result<CallResult<N>>>;
  /** Any name and arguments, as a fuzzer or an attacker sends them: the raw reply. */
  callRaw(name: string, args: unknown): Promise<unknown>;
  /** Sends a frame as it is (text, or binary) without waiting for anything. */
  sendRaw(data: string | Uint8Array, binary?: boolean): void;
  /** Runs `send` with the socket corked: the frames it sends leave in one write, so the kiosk
   * reads them all at once (no chance to run anything else in between). */
  together<T>(send: () => T): T;
  /** Stops reading (the kiosk's replies pile up in the kernel, then in the kiosk). */
  pauseReading(): void;
  resumeReading(): void;
  /** The reply to a frame sent with sendRaw under this id (call before sending it; ids from
   * 1,000,000 up stay clear of the client's own). */
  waitReply(id: number): Promise<unknown>;
  /** The next reply with id 0 (the host's answer to a frame that was not a call). */
  nextUnaddressed(): Promise<unknown>;
  unaddressedCount(): number;
  /** Replies whose id no call was waiting for (none, from a host that answers what it is asked). */
  strays: unknown[];
  /** Every event received so far, in order. */
  events: Array<{ event: string; payload: unknown }>;
  /** The first event of that name after `from` events (already received or still to come). */
  event(name: EventName, from?: number): Promise<unknown>;
  /** Resolves with the close code once the connection is closed, by either side. */
  closed: Promise<number>;
  close(): Promise<void>;
}

/** Opens a connection (rejecting with the HTTP status if the upgrade is refused). */
export function openClient(url: string, headers: Record<string, string> = {}): Promise<ApiClient> {
  const ws = new WebSocket(url, { headers });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(wrap(ws)));
    ws.once('unexpected-response', (_req, res) =>
      reject(new Error(`upgrade refused: ${res.statusCode}`)),
    );
    ws.once('error', reject);
  });
}

/** The HTTP status of the upgrade: 101 when the socket opened (it is then closed again). */
export function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.once('open', () => {
      ws.terminate();
      resolve(101);
    });
    ws.once('unexpected-response', (req, res) => {
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    ws.once('error', (error) => reject(error));
  });
}

/** Unlocks with a PIN and returns the session, or throws saying what the keypad would show. */
export async function unlock(client: ApiClient, pin: string): Promise<string> {
  const result = await client.call('staffUnlock', { pin });
  if (!result.ok) throw new Error(`staffUnlock: ${result.error.code}: ${result.error.message}`);
  if (result.value.status !== 'unlocked') throw new Error(`staffUnlock: ${result.value.status}`);
  return result.value.session;
}

/** The keypad's answer to a PIN (the call itself must succeed). */
export async function tryPin(client: ApiClient, pin: string): Promise<UnlockResult> {
  const result = await client.call('staffUnlock', { pin });
  if (!result.ok) throw new Error(`staffUnlock: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** ws keeps its TCP socket private; these tests need it to cork writes. */
function socketOf(ws: WebSocket): Socket {
  return (ws as unknown as { _socket: Socket })._socket;
}

function wrap(ws: WebSocket): ApiClient {
  let nextId = 1;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const unaddressed: unknown[] = [];
  let unaddressedSeen = 0;
  const waiters: Array<() => void> = [];
  const events: Array<{ event: string; payload: unknown }> = [];
  const strays: unknown[] = [];
  let closeCode: number | null = null;
  const closed = new Promise<number>((resolve) =>
    ws.once('close', (code) => {
      closeCode = code;
      const error = new Error(`connection closed (${code}) before the reply`);
      for (const p of pending.values()) p.reject(error);
      pending.clear();
      resolve(code);
      for (const w of waiters.splice(0)) w();
    }),
  );
  // A refused or reset socket is reported through `closed`; the error itself is expected.
  ws.on('error', () => undefined);
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as {
      id?: number;
      result?: unknown;
      event?: string;
      payload?: unknown;
    };
    if (typeof message.id === 'number') {
      if (message.id === 0) {
        unaddressed.push(message.result);
        unaddressedSeen++;
      } else {
        const waiting = pending.get(message.id);
        if (waiting) waiting.resolve(message.result);
        else strays.push(message);
        pending.delete(message.id);
      }
    } else if (typeof message.event === 'string') {
      events.push({ event: message.event, payload: message.payload });
    }
    for (const w of waiters.splice(0)) w();
  });

  /** Waits until `ready()` gives a value; fails if the connection closes first. */
  const until = <T>(ready: () => T | undefined): Promise<T> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        const value = ready();
        if (value !== undefined) resolve(value);
        else if (closeCode !== null) reject(new Error(`connection closed (${closeCode})`));
        else waiters.push(check);
      };
      check();
    });

  const callRaw = (name: string, args: unknown): Promise<unknown> =>
    new Promise((resolve, reject) => {
      if (closeCode !== null) return reject(new Error(`connection closed (${closeCode})`));
      const id = nextId++;
      pending.set(id, { resolve, reject });
      ws.send(JSON.stringify({ id, call: name, args }));
    });

  return {
    ws,
    call: <N extends CallName>(name: N, args: CallArgs<N>) =>
      callRaw(name, args) as Promise<Result<CallResult<N>>>,
    callRaw,
    sendRaw: (data, binary = false) => ws.send(data, { binary }),
    waitReply: (id) => new Promise((resolve, reject) => pending.set(id, { resolve, reject })),
    together: (send) => {
      socketOf(ws).cork();
      try {
        return send();
      } finally {
        socketOf(ws).uncork();
      }
    },
    pauseReading: () => ws.pause(),
    resumeReading: () => ws.resume(),
    nextUnaddressed: () => until(() => (unaddressed.length > 0 ? unaddressed.shift() : undefined)),
    unaddressedCount: () => unaddressedSeen,
    strays,
    events,
    event: (name, from = 0) =>
      until(() => events.slice(from).find((e) => e.event === name)?.payload),
    closed,
    close: async () => {
      if (closeCode === null) ws.close();
      await closed;
    },
  };
}
