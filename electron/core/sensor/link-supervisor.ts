// Keeps one sensor streaming for days: open the port once -> (detect on the open port) -> start
// the device -> stream; on unplug, EIO or close, reconnect with backoff and jitter (at once when
// the port reappears); reports stalled, frozen and garbage streams. Opening a port resets
// Uno-class boards, so the port is never reopened just to detect or re-detect: only a stream that
// stays stalled, or a lost port, is reopened. All of it reaches the staff as SensorStatus.
import { existsSync } from 'node:fs';
import type { SerialPort } from 'serialport';
import type { SensorStatus } from '../../contract/schemas.js';
import { backoffDelay } from './backoff.js';
import type { FrameDecoder } from './decoder.js';
import { listenForProtocol } from './detect-on-port.js';
import { createDriver, type DeviceDriver } from './device-driver.js';
import { addStats, emptyStats, type DecoderStats, type ThermalFrame } from './frame.js';
import { LinkHealth, type HealthOptions, type LinkFault } from './link-health.js';
import { closePort, openPort, PortOpenError } from './open-port.js';
import { vendorIdOf } from './port-discovery.js';
import { DETECTION_BAUDS, PROTOCOLS } from './protocols/index.js';
import type { ProtocolId } from './protocol-ids.js';

export interface SupervisorOptions {
  path: string;
  protocol: ProtocolId | 'auto';
  baud: number | 'auto';
  /** GY-MCU90640: the frame rate to set on the module after opening (0.5, 1, 2, 4 or 8 Hz). */
  rateHz?: 0.5 | 1 | 2 | 4 | 8 | null;
  /** The port's USB vendor id, when known (helps detection: an MI48 is asked at once). */
  vendorId?: string | null;
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
  private fault: LinkFault | 'device' | null = null;
  private protocol: ProtocolId | null;
  private baud: number | null;
  private readonly detected: boolean;
  private port: SerialPort | null = null;
  private decoder: FrameDecoder | null = null;
  private driver: DeviceDriver | null = null;
  /** What starting the device reported (e.g. an MI48 that does not acknowledge), or null. */
  private driverProblem: string | null = null;
  private health: LinkHealth | null = null;
  private detection: AbortController | null = null;
  private vendorId: string | null = null;
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
    this.detection?.abort();
    // Leave the device as found: an MI48 is told to stop streaming before the port closes.
    await this.driver?.stop().catch(() => undefined);
    await this.dropPort();
  }

  /** Resolves once the port is open and streaming can begin. */
  waitOpen(): Promise<void> {
    return this.port?.isOpen && this.decoder
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
      repairedPixels: this.past.repairedPixels + live.repairedPixels,
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
      // Asked before opening: the answer helps detection (an MI48 is asked at once).
      if (this.protocol === null && this.vendorId === null) {
        this.vendorId = this.options.vendorId ?? (await vendorIdOf(this.options.path));
      }
      const port = await openPort(this.options.path, this.baud ?? DETECTION_BAUDS[0]!);
      if (this.stopped) return void (await closePort(port));
      this.port = port;
      port.on('error', (error) => this.lost(error.message));
      port.on('close', () => this.lost('the port closed (unplugged?)'));
      if (this.everStreamed) this.reconnects++;
      this.everStreamed = true;
      this.attempt = 0;
      await this.begin(port);
    } catch (error) {
      this.retryLater(
        error instanceof PortOpenError ? error.message : `sensor: ${(error as Error).message}`,
      );
    } finally {
      this.busy = false;
    }
  }

  /** Detects what the open port speaks (when it is not known), then streams from it. */
  private async begin(port: SerialPort): Promise<void> {
    if (this.protocol !== null && this.baud !== null) {
      return this.attach(port, this.protocol, PROTOCOLS[this.protocol].createDecoder(), []);
    }
    this.setState('detecting');
    const controller = new AbortController();
    this.detection = controller;
    const found = await listenForProtocol(port, {
      protocols: this.protocol ? [this.protocol] : undefined,
      bauds: this.baud ? [this.baud] : undefined,
      vendorId: this.vendorId,
      signal: controller.signal,
      onProgress: (reason, problem) => {
        this.fault = problem ? 'device' : null;
        this.recordError(reason);
      },
      now: this.options.now,
    });
    if (this.detection === controller) this.detection = null;
    if (controller.signal.aborted || this.stopped || this.port !== port) return;
    if (!found.ok) return; // only an abort ends detection without a result
    this.protocol = found.protocol;
    this.baud = found.baud;
    this.attach(port, found.protocol, found.decoder, found.frames);
  }

  private attach(
    port: SerialPort,
    protocol: ProtocolId,
    decoder: FrameDecoder,
    early: ThermalFrame[],
  ): void {
    const facts = PROTOCOLS[protocol];
    this.decoder = decoder;
    this.fault = null;
    // Until frames are measured: the firmware's slowest pace, after its board's boot delay.
    this.health = new LinkHealth(
      { typicalRateHz: 1000 / facts.framePeriodMs.slowest, ...this.options.health },
      this.now() + (early.length > 0 ? 0 : facts.openDelayMs),
    );
    port.on('data', (chunk: Buffer) => this.onData(chunk));
    this.setState('streaming');
    for (const resolve of this.openWaiters.splice(0)) resolve();
    const now = this.now();
    for (const frame of early) this.deliver(frame, now);
    const driver = createDriver(decoder, {
      write: (bytes) => write(port, bytes),
      baud: this.baud!,
      rateHz: this.options.rateHz ?? null,
    });
    this.driver = driver;
    this.driverProblem = null;
    void driver.start().then((problem) => {
      if (!problem || this.driver !== driver) return;
      this.driverProblem = problem;
      this.recordError(problem);
    });
  }

  private onData(chunk: Buffer): void {
    const now = this.now();
    this.health?.onBytes(chunk.length, now);
    const decoder = this.decoder;
    if (!decoder) return;
    for (const frame of decoder.push(chunk, now)) this.deliver(frame, now);
    const notice = decoder.notice;
    if (notice?.kind === 'problem' && this.lastError !== notice.message) {
      this.recordError(`the sensor says "${notice.line.trim()}": ${notice.message}`);
    }
  }

  private deliver(frame: ThermalFrame, now: number): void {
    this.health?.onFrame(frame, now);
    frame.seq = this.seq++;
    this.options.onFrame(frame);
  }

  private checkHealth(): void {
    if (this.stopped || this.state !== 'streaming' || !this.health) return this.publish();
    const now = this.now();
    // What the device says about itself comes first: it names the cause.
    const fault = this.decoder?.notice?.kind === 'problem' ? 'device' : this.health.fault(now);
    if (fault !== this.fault) {
      this.fault = fault;
      if (fault === 'garbage') this.recordError(this.garbageMessage());
      if (fault === 'frozen')
        this.recordError(
          'the sensor keeps sending the identical image: it may have hung; power-cycle it',
        );
      if (fault === 'stalled') this.recordError(this.stallMessage());
    }
    if (fault === 'garbage' && this.detected) {
      // Perhaps the sensor was re-configured or swapped: find out what it speaks now, on the
      // same open port (reopening would reset an Arduino board).
      return void this.redetect();
    }
    if (
      fault === 'stalled' &&
      this.health.sinceFrame(now) > (this.options.stallReopenMs ?? 10_000)
    ) {
      return void this.reopen();
    }
    this.publish();
  }

  private stallMessage(): string {
    const notice = this.decoder?.notice;
    if (notice?.kind === 'problem')
      return `the sensor says "${notice.line.trim()}": ${notice.message}`;
    if (this.driverProblem) return this.driverProblem;
    return 'no valid frame for several frame intervals: the sensor stopped sending';
  }

  private garbageMessage(): string {
    const others = PROTOCOLS[this.protocol!].bauds.filter((b) => b !== this.baud);
    const hint = others.length ? ` — the sensor may be set to ${others.join(' or ')}` : '';
    return `no valid frames at ${this.baud} baud${hint}`;
  }

  private redetect(): void {
    const port = this.port;
    if (!port) return;
    this.dropDecoder(port);
    this.protocol = this.options.protocol === 'auto' ? null : this.protocol;
    this.baud = this.options.baud === 'auto' ? null : this.baud;
    void this.begin(port);
  }

  private lost(why: string): void {
    if (this.stopped || !this.port) return;
    this.detection?.abort();
    void this.dropPort().then(() => this.retryLater(`sensor lost: ${why}`));
  }

  private async reopen(): Promise<void> {
    this.detection?.abort();
    await this.driver?.stop().catch(() => undefined);
    await this.dropPort();
    this.retryLater(this.lastError ?? 'reopening the port', 0);
  }

  /** Stops reading with the current decoder; the port stays open. */
  private dropDecoder(port: SerialPort): void {
    port.removeAllListeners('data');
    if (this.decoder) addStats(this.past, this.decoder.stats);
    this.decoder = null;
    this.driver = null;
    this.health = null;
    this.fault = null;
  }

  private async dropPort(): Promise<void> {
    const port = this.port;
    this.port = null;
    if (port) this.dropDecoder(port);
    else if (this.decoder) {
      addStats(this.past, this.decoder.stats);
      this.decoder = null;
    }
    this.driver = null;
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

function write(port: SerialPort, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!port.isOpen) return reject(new Error('the port is closed'));
    port.write(Buffer.from(bytes), (error) => (error ? reject(error) : resolve()));
  });
}
