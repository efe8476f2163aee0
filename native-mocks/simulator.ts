// A simulated sensor: renders scenes and has a simulated board (native-mocks/firmware) print them
// to a serial device (normally one end of a socat pseudo-terminal pair) byte for byte as the real
// firmware does, at its real pace unless a rate is given, with optional faults. Given the end
// the kiosk opens (`sensorPath`), it also sees the kiosk open and close the port: an Uno-class
// board resets on open, and nothing is delivered while nobody has the port open. A simulated
// GY-MCU90640 obeys the frame-rate command; a simulated MI48 answers the host's commands and is
// silent until started.
import type { SerialPort } from 'serialport';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ProtocolId } from '../electron/core/sensor/protocol-ids.js';
import { BoardRunner, type Timing } from './board-runner.js';
import { NO_FAULTS, type Faults } from './faults.js';
import { createFirmware, type FirmwareModel, type FirmwareOptions } from './firmware/index.js';
import { concatBytes } from './firmware/sensor-order.js';
import { Gy90640CommandListener } from './gy-mcu90640-listener.js';
import { corrupt, garbage } from './line-faults.js';
import type { PersonPlan } from './people.js';
import { watchPortOpeners } from './port-openers.js';
import { createRng } from './prng.js';
import type { SceneSpec } from './scene.js';
import { renderSensorImage } from './sensor-image.js';
import { SerialLine } from './serial-line.js';
import { CLOSE_WAIT_MS, closePort, openForWriting, within } from './sim-port.js';
import {
  emptyRoomScenes,
  roomForSeed,
  walkthroughScenes,
  type RoomConditions,
} from './walkthrough.js';

export interface SimulatorOptions {
  /** Where to write: the simulator end of a pty pair, or a serial device. */
  path: string;
  protocol?: ProtocolId;
  /**
   * Frames per second, overriding the firmware's period; each frame is then written at once.
   * Default: the firmware's real pace, bytes trickling at the line's rate behind a UART.
   */
  rateHz?: number;
  seed: number;
  /** The people to walk through, in order (ignored when `scenes` is given). */
  people?: readonly PersonPlan[];
  /** After the people: 'stop', or keep sending the empty room so the sensor stays alive. */
  after?: 'stop' | 'empty-room';
  /** Supplies more people whenever the list runs out (the endless demo loop). */
  morePeople?: () => readonly PersonPlan[];
  /** Any scene sequence instead of people (diagnostics: empty room, someone standing still). */
  scenes?: Iterable<SceneSpec>;
  /** Send the empty room until release() is called (the demo waits for a screen). */
  holdUntilReleased?: boolean;
  /** Line noise and hiccups on top of the firmware's output. */
  faults?: Faults;
  room?: RoomConditions;
  /** Staff "remove" the blackbody this long after release, for this long (demo, tests). */
  blackbodyGap?: { afterS: number; forS: number } | null;
  /** Which firmware version and board, and the firmware's own faults (native-mocks/firmware). */
  firmware?: FirmwareOptions;
  /**
   * The end the kiosk opens (the pty pair's other end). When given, the simulator watches who
   * has it open: a board that resets on open does so, setup() that waits for the host waits,
   * and nothing is written while nobody has it open. Without it, everything is written.
   */
  sensorPath?: string;
  /**
   * Processes that hold the sensor end without being its reader (socat holds both ends).
   * Default: this process only; pass socat's pid too, and leave this process out when the
   * reader runs in this process.
   */
  ignoreOpeners?: readonly number[];
}

/** How long stop() lets the run end by itself before it closes the port under a pending write. */
const STOP_GRACE_MS = 250;

export class Simulator {
  framesWritten = 0;
  /** Frames per second now: the given rate, the firmware's, or a commanded one. */
  rateHz: number;
  /** The simulated board, as configured. */
  readonly firmware: FirmwareModel;
  /** Resets by the host's open so far (boards that reset on open, with `sensorPath`). */
  resets = 0;
  private framesProduced = 0;
  private commandedPeriodMs: number | null = null;
  private readonly abort = new AbortController();
  private released: boolean;
  private releasedAtFrame: number | null = null;
  private done: Promise<void> | null = null;
  private port: SerialPort | null = null;
  private line: SerialLine | null = null;
  private readonly protocol: ProtocolId;
  private readonly room: RoomConditions;
  private scenes: Iterator<SceneSpec> | null = null;
  private readonly faultRng: () => number;
  private readonly noise: () => number;
  private frozen: Uint8Array | null = null;
  /** Faults that happen once start after ~2 s of frames. */
  private faultAt: number | null = null;

  constructor(private readonly options: SimulatorOptions) {
    this.protocol = options.protocol ?? 'gy-mcu90640';
    this.faultRng = createRng(options.seed ^ 0xfa17);
    this.noise = createRng(options.seed ^ 0xa11ce);
    this.firmware = createFirmware(this.protocol, { seed: options.seed, ...options.firmware });
    this.rateHz = options.rateHz ?? 1000 / this.firmware.periodMs;
    this.released = !options.holdUntilReleased;
    this.room = options.room ?? roomForSeed(options.seed);
  }

  get bytesWritten(): number {
    return this.line?.bytesWritten ?? 0;
  }

  /** Starts sending; resolves when the scenes run out (or stop() is called). */
  start(): Promise<void> {
    this.done ??= this.run();
    return this.done;
  }

  /** Lets the people walk in (see holdUntilReleased). */
  release(): void {
    this.released = true;
  }

  /**
   * Stops within about a second, even when a write is pending because nobody reads the other
   * end: the run is aborted, and if it does not end by itself the port is closed under it.
   */
  async stop(): Promise<void> {
    this.abort.abort(new Error('simulator stopped'));
    if (!this.done) return;
    const ended = this.done.then(
      () => true,
      () => true,
    );
    if (await within(ended, STOP_GRACE_MS)) return;
    await closePort(this.port);
    await within(ended, CLOSE_WAIT_MS);
  }

  private async run(): Promise<void> {
    const port = await openForWriting(this.options.path);
    this.port = port;
    // Closing the port under a pending write reports the cancelled write here too.
    port.on('error', () => undefined);
    const openers = this.options.sensorPath
      ? watchPortOpeners(this.options.sensorPath, {
          ignorePids: this.options.ignoreOpeners ?? [process.pid],
        })
      : null;
    const line = new SerialLine(port, () => openers?.isOpen ?? true);
    this.line = line;
    this.listen(port, line);
    const runner = new BoardRunner({
      model: this.firmware,
      line,
      openers,
      timing: () => this.timing(),
      nextFrame: (signal) => this.nextFrame(signal),
      onFrameSent: (delivered) => {
        if (delivered > 0) this.framesWritten++;
        this.resets = runner.resets;
      },
    });
    try {
      await runner.run(this.abort.signal);
    } catch (error) {
      if (!this.abort.signal.aborted) throw error;
    } finally {
      this.resets = runner.resets;
      openers?.stop();
      await closePort(port);
    }
  }

  /** What the host writes: the GY-MCU90640's frame-rate command, the MI48's commands. */
  private listen(port: SerialPort, line: SerialLine): void {
    if (this.protocol === 'gy-mcu90640') {
      const listener = new Gy90640CommandListener((hz) => {
        this.rateHz = hz;
        this.commandedPeriodMs = 1000 / hz;
      });
      port.on('data', (chunk: Buffer) => listener.push(chunk));
    }
    const camera = this.firmware.camera;
    if (camera) {
      port.on('data', (chunk: Buffer) => {
        const replies = camera.input(chunk);
        if (replies.length > 0) void line.reply(replies, this.abort.signal).catch(() => undefined);
      });
    }
  }

  private timing(): Timing {
    if (this.options.rateHz !== undefined) {
      return { loop: { kind: 'periodic', periodMs: 1000 / this.rateHz }, bytesPerS: null };
    }
    const own = this.firmware.loop;
    const camera = this.firmware.camera;
    const loop =
      own.kind === 'periodic'
        ? {
            kind: own.kind,
            periodMs: camera
              ? camera.periodMs(own.periodMs)
              : (this.commandedPeriodMs ?? own.periodMs),
          }
        : own;
    return { loop, bytesPerS: this.firmware.lineBytesPerS };
  }

  /** One loop's output for the next scene, with the line faults applied; null when done. */
  private async nextFrame(signal: AbortSignal): Promise<Uint8Array | null> {
    this.scenes ??= this.sceneSource();
    const next = this.scenes.next();
    if (next.done) return null;
    const faults = this.options.faults ?? NO_FAULTS;
    const index = this.framesProduced++;
    const faultAt = (this.faultAt ??= Math.round(2 * this.rateHz));
    if (faults.stall > 0 && index === faultAt)
      await sleep(faults.stall * 1000, undefined, { signal });
    const inFreeze =
      faults.freeze > 0 && index >= faultAt && index < faultAt + faults.freeze * this.rateHz;
    const scene = this.inBlackbodyGap(index) ? { ...next.value, blackbodyC: null } : next.value;
    let bytes =
      inFreeze && this.frozen
        ? this.frozen
        : this.firmware.frameBytes(renderSensorImage(scene, this.noise, this.protocol));
    if (inFreeze) this.frozen ??= bytes;
    const text = this.firmware.text;
    const noise =
      faults.garbage > 0 && this.faultRng() < faults.garbage
        ? garbage(this.faultRng, text)
        : new Uint8Array(0);
    if (faults.checksum > 0 && this.faultRng() < faults.checksum) {
      bytes = corrupt(bytes, this.faultRng, text);
    }
    return concatBytes([noise, bytes]);
  }

  private inBlackbodyGap(index: number): boolean {
    const gap = this.options.blackbodyGap;
    if (!gap || this.releasedAtFrame === null) return false;
    const s = (index - this.releasedAtFrame) / this.rateHz;
    return s >= gap.afterS && s < gap.afterS + gap.forS;
  }

  private *sceneSource(): Generator<SceneSpec> {
    const o = this.options;
    const idle = emptyRoomScenes(this.room);
    while (!this.released && !this.abort.signal.aborted) yield idle.next().value;
    this.releasedAtFrame = this.framesProduced;
    if (o.scenes) return yield* o.scenes;
    let people = o.people ?? [];
    for (let round = 0; ; round++) {
      yield* walkthroughScenes(people, this.room, o.seed + round);
      const more = o.morePeople?.();
      if (!more) break;
      people = more;
    }
    if (o.after === 'empty-room') yield* idle;
  }
}
