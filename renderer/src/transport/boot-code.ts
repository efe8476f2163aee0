// The page's side of the one-time boot code (audit M2): the kiosk's own browser is started with
// `#boot=CODE` rather than the session token (its command line is readable by every local user),
// and the page trades the code, once, for the token over the loopback connection before opening
// the API socket. No DOM here (unit-tested under Node); token.ts and api-source.ts do the wiring.
import type { CallName } from '@contract/api.js';
import type { ClientTransport } from '@contract/client.js';
import type { Link, LinkState } from './link.js';

/** Where the page trades its boot code for the token (electron/host/server.ts says the same). */
export const BOOTSTRAP_PATH = '/bootstrap';

export type AccessCredential = { kind: 'token'; token: string } | { kind: 'boot'; code: string };

/** What a URL fragment (`location.hash`) carries; a token outright wins over a boot code. */
export function fragmentCredential(hash: string): AccessCredential | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  if (token) return { kind: 'token', token };
  const code = params.get('boot');
  if (code) return { kind: 'boot', code };
  return null;
}

/** The little of fetch() the exchange needs (the page's fetch, or a test's stand-in). */
export type FetchLike = (
  url: string,
  init: {
    method: 'POST';
    headers: Record<string, string>;
    body: string;
    cache: 'no-store';
    credentials: 'omit';
    referrerPolicy: 'no-referrer';
  },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export type BootRedemption =
  | { kind: 'token'; token: string }
  /** The kiosk said no (a used, expired or unknown code): asking again will not help. */
  | { kind: 'refused'; reason: string }
  /** No answer from the kiosk (not up yet, or busy): worth asking again. */
  | { kind: 'unreachable'; reason: string };

/** Trades a boot code for the session token: once, in the request body, never cached. */
export async function redeemBootCode(
  code: string,
  fetchFn: FetchLike = (url, init) => fetch(url, init),
): Promise<BootRedemption> {
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await fetchFn(BOOTSTRAP_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  } catch (error) {
    return { kind: 'unreachable', reason: error instanceof Error ? error.message : String(error) };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const field = (name: string): unknown =>
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
  if (response.status >= 500) {
    return { kind: 'unreachable', reason: `the kiosk answered ${response.status}` };
  }
  const token = field('token');
  if (response.ok && typeof token === 'string' && token !== '') return { kind: 'token', token };
  const message = field('message');
  return {
    kind: 'refused',
    reason:
      typeof message === 'string'
        ? message
        : `the kiosk refused the boot code (${response.status})`,
  };
}

export interface BootTransportDeps {
  redeem: (code: string) => Promise<BootRedemption>;
  /** Opens the API socket with the token. */
  connect: (token: string) => ClientTransport & Link;
  /** The token, to keep for reloads. */
  onToken: (token: string) => void;
  /** The kiosk refused the code: no socket will be opened. */
  onRefused: (reason: string) => void;
  retryMinMs?: number;
  retryMaxMs?: number;
}

/**
 * The API over a socket opened only once the boot code was traded for the token. Until then the
 * link is "connecting" and calls fail as they do on a socket not yet open; an unreachable kiosk is
 * asked again (with backoff), a refusal is final.
 */
export function createBootTransport(code: string, deps: BootTransportDeps): ClientTransport & Link {
  const minDelay = deps.retryMinMs ?? 500;
  const maxDelay = deps.retryMaxMs ?? 5000;
  const handlers = new Set<(event: unknown, payload: unknown) => void>();
  const watchers = new Set<(state: LinkState) => void>();
  let state: LinkState = 'connecting';
  let inner: (ClientTransport & Link) | null = null;
  let delay = minDelay;

  const setState = (next: LinkState): void => {
    if (next === state) return;
    state = next;
    for (const watcher of [...watchers]) watcher(next);
  };

  const attempt = async (): Promise<void> => {
    let outcome: BootRedemption;
    try {
      outcome = await deps.redeem(code);
    } catch (error) {
      outcome = { kind: 'unreachable', reason: String(error) };
    }
    if (outcome.kind === 'unreachable') {
      setTimeout(() => void attempt(), delay);
      delay = Math.min(delay * 2, maxDelay);
      return;
    }
    if (outcome.kind === 'refused') {
      deps.onRefused(outcome.reason);
      return;
    }
    deps.onToken(outcome.token);
    const transport = deps.connect(outcome.token);
    inner = transport;
    transport.listen((event, payload) => {
      for (const handler of [...handlers]) handler(event, payload);
    });
    transport.watch(setState);
  };
  void attempt();

  return {
    invoke(name: CallName, args: unknown): Promise<unknown> {
      if (!inner) return Promise.reject(new Error('not connected to the kiosk'));
      return inner.invoke(name, args);
    },
    listen(handler) {
      handlers.add(handler);
      return () => {
        handlers.delete(handler);
      };
    },
    watch(listener) {
      watchers.add(listener);
      listener(state);
      return () => {
        watchers.delete(listener);
      };
    },
  };
}
