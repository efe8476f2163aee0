// Keeps one sensor streaming for days: open the port once -> (detect on the open port) -> start
// the device -> stream; on unplug, EIO or close, reconnect with backoff and jitter (at once when
// the port reappears); reports stalled, frozen and garbage streams. Opening a port resets
// Uno-class boards, so the port is never reopened just to detect or re-detect: only a stream that
// stays stalled, or a lost port, is reopened. All of it reaches the staff as SensorStatus.
import { deviceFileGone } from './device-file.js';
import { monotonicMs } from './monotonic-clock.js';
import type { SerialPort } from 'serialport';
import type { SensorStatus } from '../../contract/schemas.js';
import { backoffDelay } from './backoff.js';
import type { FrameDecoder } from './decoder.js';
import { listenForProtocol } from './detect-on-port.js';
import { createDriver, type DeviceDriver } from './device-driver.js';
import { emptyStats, type ThermalFrame } from './frame.js';
import { LinkHealth } from './link-health.js';
import { FROZEN_MESSAGE, garbageMessage, noticeMessage, stallMessage } from './link-messages.js';
import { LinkReport, type LinkState } from './link-report.js';
import { closePort, openPort, PortOpenError } from './open-port.js';
import { vendorIdOf } from './port-discovery.js';
import { writeToPort } from './port-write.js';
import { DETECTION_BAUDS, PROTOCOLS } from './protocols/index.js';
import type { ProtocolId } from './protocol-ids.js';
import { ReconnectTimer } from './reconnect-timer.js';
import type { SupervisorOptions } from './supervisor-options.js';

// First declared here: importers keep this path.
export type { SupervisorOptions };

export class LinkSupervisor {
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
  private readonly report: LinkReport;
  private everStreamed = false;
  private seq = 0;
  private attempt = 0;
  private readonly retry = new ReconnectTimer();
  private healthTimer: NodeJS.Timeout | null = null;
  private stopped = true;
  private busy = false;
  private openWaiters: Array<() => void> = [];

  constructor(private readonly options: SupervisorOptions) {
    this.detected = options.protocol === 'auto' || options.baud === 'auto';
    this.protocol = options.protocol === 'auto' ? null : options.protocol;
    this.baud = options.baud === 'auto' ? null : options.baud;
    this.report = new LinkReport(options);
  }

  start(): void {
    this.stopped = false;
    this.healthTimer = setInterval(() => this.checkHealth(), 250);
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.retry.cancel();
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
    return this.report.status(this.protocol, this.baud, live, this.health?.rateHz ?? null);
  }

  /** Monotonic: intervals only (see monotonic-clock.ts). */
  private now(): number {
    return this.options.now?.() ?? monotonicMs();
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
      if (this.everStreamed) this.report.reconnects++;
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
        this.report.fault = problem ? 'device' : null;
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
    this.report.fault = null;
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
      write: (bytes) => writeToPort(port, bytes),
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
    if (notice?.kind === 'problem' && this.report.lastError !== notice.message) {
      this.recordError(noticeMessage(notice));
    }
  }

  private deliver(frame: ThermalFrame, now: number): void {
    this.health?.onFrame(frame, now);
    frame.seq = this.seq++;
    this.options.onFrame(frame);
  }

  private checkHealth(): void {
    if (this.stopped || this.report.state !== 'streaming' || !this.health) return this.publish();
    if (deviceFileGone(this.options.path)) {
      return this.lost(`${this.options.path} is gone (unplugged?)`);
    }
    const now = this.now();
    // What the device says about itself comes first: it names the cause.
    const fault = this.decoder?.notice?.kind === 'problem' ? 'device' : this.health.fault(now);
    if (fault !== this.report.fault) {
      this.report.fault = fault;
      if (fault === 'garbage') this.recordError(garbageMessage(this.protocol!, this.baud));
      if (fault === 'frozen') this.recordError(FROZEN_MESSAGE);
      if (fault === 'stalled') {
        this.recordError(stallMessage(this.decoder?.notice, this.driverProblem));
      }
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
    this.retryLater(this.report.lastError ?? 'reopening the port', 0);
  }

  /** Stops reading with the current decoder; the port stays open. */
  private dropDecoder(port: SerialPort): void {
    port.removeAllListeners('data');
    if (this.decoder) this.report.retire(this.decoder.stats);
    this.decoder = null;
    this.driver = null;
    this.health = null;
    this.report.fault = null;
  }

  private async dropPort(): Promise<void> {
    const port = this.port;
    this.port = null;
    if (port) this.dropDecoder(port);
    else if (this.decoder) {
      this.report.retire(this.decoder.stats);
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
    this.retry.schedule(this.options.path, delay, () => {
      if (!this.stopped) void this.connect();
    });
  }

  private recordError(message: string): void {
    this.report.lastError = message;
    // Shown to staff as a time of day: the wall clock (or the tests' clock).
    this.report.lastErrorAt = this.options.now?.() ?? Date.now();
    this.publish();
  }

  private setState(state: LinkState): void {
    this.report.state = state;
    this.publish();
  }

  private publish(): void {
    const status = this.status();
    if (this.report.isNews(status)) this.options.onStatus(status);
  }
}
