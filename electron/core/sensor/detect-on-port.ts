// Runs a Detector on an open port: feeds it what arrives, carries out its actions (another baud
// rate on the same open port, an MI48 probe), and reports its progress. The port stays open for
// the caller, with the decoder that recognised it: reopening would reset an Arduino board.
import { monotonicMs } from './monotonic-clock.js';
import type { SerialPort } from 'serialport';
import { Detector, type Detection, type DetectorOptions } from './detector.js';
import type { ProtocolId } from './protocol-ids.js';

export interface ListenOptions extends DetectorOptions {
  /** Give up after this long (ms); undefined: until stopped. */
  deadlineMs?: number;
  /**
   * Called about every `progressEveryMs` with what has been heard so far; `problem` when the
   * device itself reported one (it cannot see its sensor, prints ASCII art, …).
   */
  onProgress?: (reason: string, problem: boolean) => void;
  progressEveryMs?: number;
  /** Resolves (with the latest reason) when this signal aborts. */
  signal?: AbortSignal;
  now?: () => number;
}

export type ListenResult =
  | ({ ok: true } & Detection)
  | { ok: false; reason: string; protocol: ProtocolId | null; bytes: number };

const TICK_MS = 100;

export function listenForProtocol(
  port: SerialPort,
  options: ListenOptions = {},
): Promise<ListenResult> {
  const now = options.now ?? monotonicMs;
  const detector = new Detector(options, now());
  let bytes = 0;
  return new Promise((resolve) => {
    let lastProgress = now();
    const finish = (result: ListenResult): void => {
      clearInterval(ticker);
      if (deadline) clearTimeout(deadline);
      port.off('data', onData);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const failed = (): ListenResult => ({
      ok: false,
      reason: detector.explain(now()),
      protocol: detector.notice()?.protocol ?? null,
      bytes,
    });
    const onData = (chunk: Buffer): void => {
      bytes += chunk.length;
      const found = detector.push(chunk, now());
      if (found) finish({ ok: true, ...found });
    };
    const onAbort = (): void => finish(failed());
    const ticker = setInterval(() => {
      const t = now();
      for (const action of detector.tick(t)) {
        if (action.kind === 'write') port.write(Buffer.from(action.bytes));
        else port.update({ baudRate: action.baud }, () => undefined);
      }
      if (options.onProgress && t - lastProgress >= (options.progressEveryMs ?? 1000)) {
        lastProgress = t;
        options.onProgress(detector.explain(t), detector.notice()?.notice.kind === 'problem');
      }
    }, TICK_MS);
    const deadline =
      options.deadlineMs === undefined
        ? null
        : setTimeout(() => finish(failed()), options.deadlineMs);
    port.on('data', onData);
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort);
  });
}
