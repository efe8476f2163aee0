// HTTP requests written byte for byte on a TCP socket: the request line's path and the headers
// go out exactly as given (fetch and node:http would normalise `..`, or insist on a Host).
import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  /** Everything after the header block. */
  body: string;
}

/** Sends `GET path` (HTTP/1.1 unless told) with exactly these headers, reads to the close. */
export function rawGet(
  port: number,
  path: string,
  headers: Record<string, string>,
  version: '1.0' | '1.1' = '1.1',
): Promise<RawResponse> {
  const head = [
    `GET ${path} HTTP/${version}`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    'Connection: close',
    '',
    '',
  ].join('\r\n');
  return rawRequest(port, head);
}

export function rawRequest(port: number, text: string, host = '127.0.0.1'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port }, () => socket.write(text));
    const chunks: Buffer[] = [];
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('error', reject);
    socket.on('close', () => {
      const reply = Buffer.concat(chunks).toString('latin1');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(reply)?.[1] ?? 0);
      const split = reply.indexOf('\r\n\r\n');
      resolve({ status, body: split < 0 ? '' : reply.slice(split + 4) });
    });
  });
}

/** Whether a plain TCP connection to host:port is accepted (a local refusal is immediate; the
 * timeout is only a safety net, and counts as not accepted). */
export function tcpAccepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(5000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
