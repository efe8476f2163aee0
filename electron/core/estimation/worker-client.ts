// Main-thread side of the estimation worker: posts frames (transferring their buffers), bounds
// the backlog, and hands results back in order.
import { Worker } from 'node:worker_threads';
import type { ThermalFrame } from '../sensor/frame.js';
import type { FromWorker, ToWorker } from './messages.js';
import type { EstimationSettings } from './settings.js';

/** Where the bundled worker sits next to the bundled caller (see scripts/build.mjs). */
export function defaultWorkerUrl(): URL {
  return new URL('./estimation-worker.mjs', import.meta.url);
}

export type WorkerResult = Extract<FromWorker, { type: 'result' }>;

export interface EstimationClientOptions {
  workerUrl?: URL | string;
  /** Frames waiting in the worker beyond this are dropped (and counted): a live view must not lag. */
  maxBacklog?: number;
  onResult: (result: WorkerResult) => void;
  onError: (message: string) => void;
}

export class EstimationClient {
  private readonly worker: Worker;
  private backlog = 0;
  private readonly maxBacklog: number;
  dropped = 0;
  processed = 0;

  constructor(private readonly options: EstimationClientOptions) {
    this.maxBacklog = options.maxBacklog ?? 64;
    this.worker = new Worker(options.workerUrl ?? defaultWorkerUrl());
    this.worker.on('message', (message: FromWorker) => this.receive(message));
    this.worker.on('error', (error) =>
      options.onError(`estimation worker crashed: ${error.message}`),
    );
  }

  configure(settings: EstimationSettings): Promise<void> {
    return new Promise((resolve) => {
      const onMessage = (message: FromWorker): void => {
        if (message.type !== 'configured') return;
        this.worker.off('message', onMessage);
        resolve();
      };
      this.worker.on('message', onMessage);
      this.post({ type: 'configure', settings });
    });
  }

  post(message: ToWorker): void {
    this.worker.postMessage(message, message.type === 'frame' ? [message.pixels] : []);
  }

  submit(frame: ThermalFrame): void {
    if (this.backlog >= this.maxBacklog) {
      this.dropped++;
      return;
    }
    this.backlog++;
    // Copy only when the pixels are a view on a larger buffer; otherwise transfer as is.
    const whole =
      frame.pixels.byteOffset === 0 && frame.pixels.byteLength === frame.pixels.buffer.byteLength;
    const pixels = (whole ? frame.pixels : frame.pixels.slice()).buffer as ArrayBuffer;
    this.post({ type: 'frame', seq: frame.seq, width: frame.width, height: frame.height, pixels });
  }

  private receive(message: FromWorker): void {
    if (message.type === 'configured') return;
    if (message.type === 'error') {
      if (message.seq !== null) this.backlog = Math.max(0, this.backlog - 1);
      return this.options.onError(message.message);
    }
    this.backlog = Math.max(0, this.backlog - 1);
    this.processed++;
    this.options.onResult(message);
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
