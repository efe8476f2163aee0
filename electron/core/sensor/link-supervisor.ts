// Keeps one sensor streaming for days: open -> (detect) -> stream; on unplug, EIO or close,
// reconnect with backoff and jitter (at once when the port reappears), re-detecting when needed;
// reports stalled, frozen and garbage streams. All of it reaches the staff as SensorStatus.
import { existsSync } from 'node:fs';
import type { SerialPort } from 'serialport';
import type { SensorStatus } from '../../contract/schemas.js';
import { detectProtocol } from './auto-detect.js';
import { backoffDelay } from './backoff.js';
import type { FrameDecoder } from './decoder.js';
import { emptyStats, type DecoderStats, type ThermalFrame } from './frame.js';
import { frameRateCommand, minBaudForRate, modeCommand } from './protocols/gy-mcu90640/commands.js';
import { LinkHealth, type HealthOptions, type LinkFault } from './link-health.js';
import { closePort, openPort, PortOpenError } from './open-port.js';
import { PROTOCOLS } from './protocols/index.js';
import type { ProtocolId } from './protocol-ids.js';

export interface SupervisorOptions {
  path: string;
  protocol: ProtocolId | 'auto';
  baud: number | 'auto';
  /** GY-MCU90640: the frame rate to set on the module after opening (0.5, 1, 2, 4 or 8 Hz). */
  rateHz?: 0.5 | 1 | 2 | 4 | 8 | null;
  onFrame: (frame: ThermalFrame) => void;
  onStatus: (status: SensorStatus) => void;
  health?: Partial<HealthOptions>;
  /** A stream stalled this long is closed and reopened (USB adapters sometimes need it). */
  stallReopenMs?: number;
  now?: () => number;
  random?: () => number;
}

type LinkState = SensorStatus['state'];

export class LinkSupervisor {
  private state: LinkState = 'connecting';
  private fault: LinkFault | null = null;
  private protocol: ProtocolId | null;
  private baud: number | null;
  private readonly detected: boolean;
  private port: SerialPort | null = null;
  private decoder: FrameDecoder | null = null;
  private health: LinkHealth | null = null;
  /** Stats of decoders from earlier connections; the live decoder's are added on top. */
  private readonly past: DecoderStats = emptyStats();
  private reconnects = 0;
  private everStreamed = false;
  private seq = 0;
  private attempt = 0;
  private lastError: string | null = null;
  private lastErrorAt: number | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private watchTimer: NodeJS.Timeout | null = null;
  private healthTimer: NodeJS.Timeout | null = null;
  private stopped = true;
  private busy = false;
  private openWaiters: Array<() => void> = [];
  private lastPublished = '';

  constructor(private readonly options: SupervisorOptions) {
    this.detected = options.protocol === 'auto' || options.baud === 'auto';
    this.protocol = options.protocol === 'auto' ? null : options.protocol;
    this.baud = options.baud === 'auto' ? null : options.baud;
  }

  start(): void {
    this.stopped = false;
    this.healthTimer = setInterval(() => this.checkHealth(), 250);
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of [this.retryTimer, this.watchTimer]) if (t) clearTimeout(t);
    if (this.healthTimer) clearInterval(this.healthTimer);
    await this.dropPort();
  }

  /** Resolves once the port is open and streaming can begin. */
  waitOpen(): Promise<void> {
    return this.port?.isOpen
      ? Promise.resolve()
      : new Promise((resolve) => this.openWaiters.push(resolve));
  }

  status(): SensorStatus {
    const live = this.decoder?.stats ?? emptyStats();
    return {
      state: this.state,
      fault: this.fault,
      port: this.options.path,
      protocol: this.protocol,
      baud: this.baud,
      frames: this.past.frames + live.frames,
      checksumErrors: this.past.checksumErrors + live.checksumErrors,
      malformed: this.past.malformed + live.malformed,
      resyncs: this.past.resyncs + live.resyncs,
      bytesDiscarded: this.past.bytesDiscarded + live.bytesDiscarded,
      reconnects: this.reconnects,
      rateHz:
        this.health?.rateHz === null || !this.health
          ? null
          : Math.round(this.health.rateHz * 10) / 10,
      lastError: this.lastError,
      lastErrorAt: this.lastErrorAt === null ? null : new Date(this.lastErrorAt).toISOString(),
    };
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private async connect(): Promise<void> {
    if (this.stopped || this.busy) return;
    this.busy = true;
    try {
      if (this.protocol === null || this.baud === null) {
        this.setState('detecting');
        const found = await detectProtocol(this.options.path, {
          protocols: this.protocol ? [this.protocol] : undefined,
          bauds: this.baud ? [this.baud] : undefined,
        });
        if (!found.ok) return this.retryLater(found.reason);
        this.protocol = found.protocol;
        this.baud = found.baud;
      }
      if (this.stopped) return;
      const port = await openPort(this.options.path, this.baud);
      if (this.stopped) return void (await closePort(port));
      this.attach(port, this.protocol);
    } catch (error) {
      this.retryLater(
        error instanceof PortOpenError ? error.message : `sensor: ${(error as Error).message}`,
      );
    } finally {
      this.busy = false;
    }
  }

  private attach(port: SerialPort, protocol: ProtocolId): void {
    if (this.everStreamed) this.reconnects++;
    this.everStreamed = true;
    this.attempt = 0;
    this.port = port;
    this.decoder = PROTOCOLS[protocol].createDecoder();
    this.health = new LinkHealth(
      { typicalRateHz: PROTOCOLS[protocol].typicalRateHz, ...this.options.health },
      this.now(),
    );
    port.on('data', (chunk: Buffer) => this.onData(chunk));
    port.on('error', (error) => this.lost(error.message));
    port.on('close', () => this.lost('the port closed (unplugged?)'));
    this.applyRate(port, protocol);
    this.setState('streaming');
    for (const resolve of this.openWaiters.splice(0)) resolve();
  }

  private applyRate(port: SerialPort, protocol: ProtocolId): void {
    const rate = this.options.rateHz;
    if (protocol !== 'gy-mcu90640' || !rate) return;
    port.write(Buffer.concat([modeCommand('auto'), frameRateCommand(rate)]));
    const needed = minBaudForRate(rate);
    if (this.baud !== null && this.baud < needed) {
      this.recordError(
        `${rate} Hz needs ${needed} baud; at ${this.baud} baud the module sends fewer frames`,
      );
    }
  }

  private onData(chunk: Buffer): void {
    const now = this.now();
    this.health?.onBytes(chunk.length, now);
    for (const frame of this.decoder!.push(chunk, now)) {
      this.health?.onFrame(frame, now);
      frame.seq = this.seq++;
      this.options.onFrame(frame);
    }
  }

  private checkHealth(): void {
    if (this.stopped || this.state !== 'streaming' || !this.health) return this.publish();
    const now = this.now();
    const fault = this.health.fault(now);
    if (fault !== this.fault) {
      this.fault = fault;
      if (fault === 'garbage') this.recordError(this.garbageMessage());
      if (fault === 'frozen')
        this.recordError(
          'the sensor keeps sending the identical image: it may have hung; power-cycle it',
        );
      if (fault === 'stalled')
        this.recordError('no valid frame for several frame intervals: the sensor stopped sending');
    }
    if (fault === 'garbage' && this.detected) {
      // Perhaps the sensor was re-configured or swapped: find out what it speaks now.
      this.protocol = this.options.protocol === 'auto' ? null : this.protocol;
      this.baud = this.options.baud === 'auto' ? null : this.baud;
      return void this.reopen();
    }
    if (
      fault === 'stalled' &&
      this.health.sinceFrame(now) > (this.options.stallReopenMs ?? 10_000)
    ) {
      return void this.reopen();
    }
    this.publish();
  }

  private garbageMessage(): string {
    const others = PROTOCOLS[this.protocol!].bauds.filter((b) => b !== this.baud);
    const hint = others.length ? ` — the sensor may be set to ${others.join(' or ')}` : '';
    return `no valid frames at ${this.baud} baud${hint}`;
  }

  private lost(why: string): void {
    if (this.stopped || !this.port) return;
    void this.dropPort().then(() => this.retryLater(`sensor lost: ${why}`));
  }

  private async reopen(): Promise<void> {
    await this.dropPort();
    this.retryLater(this.lastError ?? 'reopening the port', 0);
  }

  private async dropPort(): Promise<void> {
    const port = this.port;
    this.port = null;
    if (this.decoder) addStats(this.past, this.decoder.stats);
    this.decoder = null;
    this.health = null;
    this.fault = null;
    if (!port) return;
    port.removeAllListeners();
    port.on('error', () => undefined); // a dying port may still report; it has been handled
    await closePort(port);
  }

  /** Waits with backoff, or less if the port's device file reappears (USB replugged). */
  private retryLater(reason: string, delayMs?: number): void {
    if (this.stopped) return;
    this.recordError(reason);
    this.setState('disconnected');
    const delay = delayMs ?? backoffDelay(this.attempt++, this.options.random);
    const fire = (): void => {
      for (const t of [this.retryTimer, this.watchTimer]) if (t) clearTimeout(t);
      this.retryTimer = this.watchTimer = null;
      if (!this.stopped) void this.connect();
    };
    this.retryTimer = setTimeout(fire, delay);
    let wasPresent = existsSync(this.options.path);
    const watch = (): void => {
      const present = existsSync(this.options.path);
      if (present && !wasPresent) return fire();
      wasPresent = present;
      this.watchTimer = setTimeout(watch, 100);
    };
    this.watchTimer = setTimeout(watch, 100);
  }

  private recordError(message: string): void {
    this.lastError = message;
    this.lastErrorAt = this.now();
    this.publish();
  }

  private setState(state: LinkState): void {
    this.state = state;
    this.publish();
  }

  private publish(): void {
    const status = this.status();
    // Counters change with every frame; publish them at most on each health tick or change of state.
    const key = JSON.stringify({ ...status, frames: 0, bytesDiscarded: 0, rateHz: 0 });
    if (key === this.lastPublished) return;
    this.lastPublished = key;
    this.options.onStatus(status);
  }
}

function addStats(into: DecoderStats, from: DecoderStats): void {
  into.frames += from.frames;
  into.checksumErrors += from.checksumErrors;
  into.malformed += from.malformed;
  into.resyncs += from.resyncs;
  into.bytesDiscarded += from.bytesDiscarded;
}
