// The wire between the simulated board and the host: bytes behind a UART bridge arrive at the
// line's pace (baud / 10 per second), written in small chunks on a schedule so that a 9600-baud
// frame really takes half a second to arrive; native USB writes at once. While nobody has the
// host end open the bridge drops what the board prints, so nothing is written then (which also
// keeps the pseudo-terminal's buffer from filling).
import type { SerialPort } from 'serialport';
import { setTimeout as sleep } from 'node:timers/promises';

/** How often a trickled write hands the next bytes over. */
const TICK_MS = 20;

export class SerialLine {
  bytesWritten = 0;

  /** `delivered`: whether the host end is open now (bytes are dropped while it is not). */
  constructor(
    private readonly port: SerialPort,
    private readonly delivered: () => boolean,
  ) {}

  /**
   * Sends `bytes` at `bytesPerS` (null: at once) and resolves when the last byte has left, i.e.
   * after bytes.length / bytesPerS seconds. Throws the abort reason when `signal` aborts,
   * possibly mid-line, as a board that is reset stops printing mid-line. Resolves to the number
   * of bytes actually delivered.
   */
  async write(bytes: Uint8Array, bytesPerS: number | null, signal: AbortSignal): Promise<number> {
    signal.throwIfAborted();
    if (bytesPerS === null) return this.send(bytes, signal);
    const start = performance.now();
    let sent = 0;
    let delivered = 0;
    while (sent < bytes.length) {
      // Bytes whose last bit has left by now.
      const due = Math.min(
        bytes.length,
        Math.floor(((performance.now() - start) * bytesPerS) / 1000),
      );
      if (due > sent) {
        delivered += await this.send(bytes.subarray(sent, due), signal);
        sent = due;
      }
      if (sent < bytes.length) {
        const nextByteAt = ((sent + 1) * 1000) / bytesPerS;
        await sleep(Math.max(TICK_MS, nextByteAt - (performance.now() - start)), undefined, {
          signal,
        });
      }
    }
    return delivered;
  }

  /** Writes at once even if the host end looks closed: replies to a host that just wrote. */
  async reply(bytes: Uint8Array, signal: AbortSignal): Promise<void> {
    await this.send(bytes, signal, true);
  }

  private async send(bytes: Uint8Array, signal: AbortSignal, always = false): Promise<number> {
    if (bytes.length === 0 || !(always || this.delivered())) return 0;
    const written = new Promise<void>((resolve, reject) =>
      this.port.write(bytes, (error) => (error ? reject(error) : resolve())),
    );
    // A reset or stop must not wait for a host that has stopped reading: the write stays queued
    // (or is cancelled when the port closes) and we move on.
    await unlessAborted(written, signal);
    this.bytesWritten += bytes.length;
    return bytes.length;
  }
}

/** `promise`, or the abort reason if `signal` aborts first (without leaking a listener). */
export function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as Error);
    if (signal.aborted) {
      onAbort();
      // A write that fails later (the port closing) is expected after an abort.
      promise.catch(() => undefined);
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error as Error);
      },
    );
  });
}
