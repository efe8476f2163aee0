// Keeps one serial port open, decodes its bytes into frames, and reopens it after a fault.
// (Protocol auto-detection and the full supervisor come with the sensor layer.)
import { SerialPort } from 'serialport';
import type { SensorStatus } from '../../contract/schemas.js';
import type { ThermalFrame } from './frame.js';
import { Gy90640Decoder } from './gy-mcu90640.js';
import { describePortError } from './port-errors.js';

export interface SerialLinkOptions {
  path: string;
  baudRate: number;
  onFrame: (frame: ThermalFrame) => void;
  onStatus: (status: SensorStatus) => void;
  /** Delay before reopening a port that failed or closed. */
  reopenMs?: number;
}

export class SerialLink {
  private port: SerialPort | null = null;
  private readonly decoder = new Gy90640Decoder();
  private state: SensorStatus['state'] = 'connecting';
  private lastError: string | null = null;
  private reopenTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  private openWaiters: Array<() => void> = [];
  private isOpen = false;

  constructor(private readonly options: SerialLinkOptions) {}

  start(): void {
    this.stopped = false;
    this.open();
  }

  status(): SensorStatus {
    return {
      state: this.state,
      port: this.options.path,
      protocol: 'gy-mcu90640',
      ...this.decoder.stats,
      lastError: this.lastError,
    };
  }

  /** Resolves once the port is open (bytes written before that may be lost). */
  waitOpen(): Promise<void> {
    return this.isOpen
      ? Promise.resolve()
      : new Promise((resolve) => this.openWaiters.push(resolve));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reopenTimer) clearTimeout(this.reopenTimer);
    const port = this.port;
    this.port = null;
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
  }

  private open(): void {
    this.setState('connecting');
    const port = new SerialPort({
      path: this.options.path,
      baudRate: this.options.baudRate,
      autoOpen: false,
    });
    this.port = port;
    port.on('data', (chunk: Buffer) => {
      const before = this.decoder.stats.frames;
      for (const frame of this.decoder.push(chunk)) this.options.onFrame(frame);
      if (this.state !== 'streaming' && this.decoder.stats.frames > before)
        this.setState('streaming');
    });
    port.on('error', (error) => this.fail(error));
    port.on('close', () => this.fail(new Error('port closed')));
    port.open((error) => {
      if (error) return this.fail(error);
      this.isOpen = true;
      for (const resolve of this.openWaiters.splice(0)) resolve();
    });
  }

  private fail(error: Error): void {
    if (this.stopped) return;
    this.lastError = describePortError(this.options.path, error);
    const port = this.port;
    this.port = null;
    this.isOpen = false;
    if (port) {
      port.removeAllListeners();
      port.on('error', () => undefined); // a dying port may still report; it has been handled
      if (port.isOpen) port.close(() => undefined);
    }
    this.setState('disconnected');
    if (!this.reopenTimer) {
      this.reopenTimer = setTimeout(() => {
        this.reopenTimer = null;
        if (!this.stopped) this.open();
      }, this.options.reopenMs ?? 1000);
    }
  }

  private setState(state: SensorStatus['state']): void {
    this.state = state;
    this.options.onStatus(this.status());
  }
}
