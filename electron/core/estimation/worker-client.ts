// Main-thread side of the estimation worker: posts frames (transferring their buffers), bounds
// the backlog, hands results back in order, and restarts the worker if it dies. The main thread
// never waits on the worker.
import { Worker } from 'node:worker_threads';
import type { ThermalFrame } from '../sensor/frame.js';
import type { FromWorker, ToWorker } from './messages.js';

/** Where the bundled worker sits next to the bundled caller (see scripts/build.mjs). */
export function defaultWorkerUrl(): URL {
  return new URL('./estimation-worker.mjs', import.meta.url);
}

export type WorkerResult = Extract<FromWorker, { type: 'result' }>;
export type WorkerSettings = Extract<ToWorker, { type: 'configure' }>['settings'];

export interface EstimationClientOptions {
  workerUrl?: URL | string;
  /** Frames waiting in the worker beyond this are dropped (and counted): a live view must not lag. */
  maxBacklog?: number;
  onResult: (result: WorkerResult) => void;
  onError: (message: string) => void;
  /** The worker died (true) and is back, configured (false). */
  onRestarting?: (restarting: boolean) => void;
}

export class EstimationClient {
  private worker: Worker;
  private backlog = 0;
  private readonly maxBacklog: number;
  private settings: WorkerSettings | null = null;
  private configured: Array<() => void> = [];
  private restarting = false;
  private closing = false;
  /** A capture staff armed and the worker has not made yet (re-armed in a restarted worker). */
  private captureArmed = false;
  dropped = 0;
  processed = 0;
  crashes = 0;

  constructor(private readonly options: EstimationClientOptions) {
    this.maxBacklog = options.maxBacklog ?? 64;
    this.worker = this.spawn();
  }

  /** Sends settings; resolves once the worker has applied them. */
  configure(settings: WorkerSettings): Promise<void> {
    this.settings = settings;
    return new Promise((resolve) => {
      this.configured.push(resolve);
      this.post({ type: 'configure', settings });
    });
  }

  /**
   * Arms (or disarms) the capture of the next pass/refer reading, for the site-calibration
   * wizard: the result that carries it arrives through onResult, once.
   */
  armCapture(armed: boolean): void {
    this.captureArmed = armed;
    this.post({ type: 'capture', armed });
  }

  submit(frame: ThermalFrame): void {
    if (this.restarting || this.backlog >= this.maxBacklog) {
      this.dropped++;
      return;
    }
    this.backlog++;
    // Copy only when the pixels are a view on a larger buffer; otherwise transfer as is.
    const whole =
      frame.pixels.byteOffset === 0 && frame.pixels.byteLength === frame.pixels.buffer.byteLength;
    const pixels = (whole ? frame.pixels : frame.pixels.slice()).buffer as ArrayBuffer;
    this.post({
      type: 'frame',
      seq: frame.seq,
      width: frame.width,
      height: frame.height,
      ambient: frame.ambient,
      receivedAt: frame.receivedAt,
      pixels,
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.worker.terminate();
  }

  private spawn(): Worker {
    const worker = new Worker(this.options.workerUrl ?? defaultWorkerUrl());
    worker.on('message', (message: FromWorker) => this.receive(message));
    worker.on('error', (error) =>
      this.options.onError(`estimation worker crashed: ${error.message}`),
    );
    worker.on('exit', (code) => {
      if (!this.closing && worker === this.worker) this.restart(code);
    });
    return worker;
  }

  /** A dead worker is replaced at once and given the same settings; frames meanwhile are dropped. */
  private restart(code: number): void {
    this.crashes++;
    this.restarting = true;
    this.backlog = 0;
    this.options.onError(`estimation worker exited (code ${code}); restarting it`);
    this.options.onRestarting?.(true);
    this.worker = this.spawn();
    if (this.captureArmed) this.post({ type: 'capture', armed: true });
    if (!this.settings) return this.back();
    // Anyone still waiting on the dead worker's configure is answered by the new one's.
    const waiting = this.configured.splice(0);
    this.configured.push(() => {
      for (const resolve of waiting) resolve();
      this.back();
    });
    this.post({ type: 'configure', settings: this.settings });
  }

  private back(): void {
    this.restarting = false;
    this.options.onRestarting?.(false);
  }

  private post(message: ToWorker): void {
    this.worker.postMessage(message, message.type === 'frame' ? [message.pixels] : []);
  }

  private receive(message: FromWorker): void {
    if (message.type === 'configured') {
      this.configured.shift()?.();
      return;
    }
    if (message.type === 'error') {
      if (message.seq !== null) this.backlog = Math.max(0, this.backlog - 1);
      return this.options.onError(message.message);
    }
    this.backlog = Math.max(0, this.backlog - 1);
    this.processed++;
    if (message.capture) this.captureArmed = false;
    this.options.onResult(message);
  }
}
