// A simulated sensor: renders scenes, encodes them in a protocol's real wire format and writes
// them to a serial device (normally one end of a socat pseudo-terminal pair) at a chosen rate,
// with optional faults. A simulated GY-MCU90640 also obeys the frame-rate command.
import { SerialPort } from 'serialport';
import type { ProtocolId } from '../electron/core/sensor/protocol-ids.js';
import { SIMULATED } from './encoders/index.js';
import { NO_FAULTS, type Faults } from './faults.js';
import { Gy90640CommandListener } from './gy-mcu90640-listener.js';
import type { PersonPlan } from './people.js';
import { createRng } from './prng.js';
import type { SceneSpec } from './scene.js';
import { renderSensorImage } from './sensor-image.js';
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
  /** Frames per second. */
  rateHz: number;
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
  faults?: Faults;
  room?: RoomConditions;
  /** Staff "remove" the blackbody this long after release, for this long (demo, tests). */
  blackbodyGap?: { afterS: number; forS: number } | null;
}

export class Simulator {
  framesWritten = 0;
  bytesWritten = 0;
  rateHz: number;
  private stopped = false;
  private released: boolean;
  private releasedAtFrame: number | null = null;
  private done: Promise<void> | null = null;
  private readonly protocol: ProtocolId;
  private readonly room: RoomConditions;

  constructor(private readonly options: SimulatorOptions) {
    this.protocol = options.protocol ?? 'gy-mcu90640';
    this.rateHz = options.rateHz;
    this.released = !options.holdUntilReleased;
    this.room = options.room ?? roomForSeed(options.seed);
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

  async stop(): Promise<void> {
    this.stopped = true;
    await this.done?.catch(() => undefined);
  }

  private async run(): Promise<void> {
    const port = await openForWriting(this.options.path);
    const sim = SIMULATED[this.protocol];
    const faults = this.options.faults ?? NO_FAULTS;
    const rng = createRng(this.options.seed ^ 0xfa17);
    const noise = createRng(this.options.seed ^ 0xa11ce);
    if (this.protocol === 'gy-mcu90640') {
      const listener = new Gy90640CommandListener((hz) => (this.rateHz = hz));
      port.on('data', (chunk: Buffer) => listener.push(chunk));
    }
    let nextAt = performance.now();
    let frozen: Uint8Array | null = null;
    const faultAt = Math.round(2 * this.rateHz); // faults that happen once start after ~2 s
    const write = async (bytes: Uint8Array): Promise<void> => {
      await new Promise<void>((resolve, reject) =>
        port.write(bytes, (e) => (e ? reject(e) : resolve())),
      );
      this.bytesWritten += bytes.length;
    };
    try {
      if (sim.banner) await write(Buffer.from(sim.banner, 'latin1'));
      for (const spec of this.sceneSource()) {
        if (this.stopped) return;
        const index = this.framesWritten;
        if (faults.stall > 0 && index === faultAt) {
          await sleep(faults.stall * 1000);
          nextAt = performance.now();
        }
        const inFreeze =
          faults.freeze > 0 && index >= faultAt && index < faultAt + faults.freeze * this.rateHz;
        const scene = this.inBlackbodyGap(index) ? { ...spec, blackbodyC: null } : spec;
        let bytes: Uint8Array =
          inFreeze && frozen ? frozen : sim.encode(renderSensorImage(scene, noise, this.protocol));
        if (inFreeze) frozen ??= bytes;
        if (faults.garbage > 0 && rng() < faults.garbage) await write(garbage(rng, sim.text));
        if (faults.checksum > 0 && rng() < faults.checksum) bytes = corrupt(bytes, rng, sim.text);
        await write(bytes);
        this.framesWritten++;
        // Pace against a schedule, so slow writes do not accumulate drift.
        nextAt += 1000 / this.rateHz;
        const wait = nextAt - performance.now();
        if (wait > 0) await sleep(wait);
      }
    } finally {
      await new Promise<void>((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve()));
    }
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
    while (!this.released && !this.stopped) yield idle.next().value;
    this.releasedAtFrame = this.framesWritten;
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

function openForWriting(path: string): Promise<SerialPort> {
  return new Promise((resolve, reject) => {
    const port = new SerialPort({ path, baudRate: 115200, autoOpen: false });
    port.open((error) =>
      error ? reject(new Error(`simulator cannot open ${path}: ${error.message}`)) : resolve(port),
    );
  });
}

/** Random bytes; for text protocols a stray line, which is how noise reaches a line-based reader. */
function garbage(rng: () => number, text: boolean): Uint8Array {
  const bytes = Uint8Array.from({ length: 1 + Math.floor(rng() * 48) }, () =>
    Math.floor(rng() * 256),
  );
  if (!text) return bytes;
  for (let i = 0; i < bytes.length; i++)
    if (bytes[i] === 0x0a || bytes[i] === 0x5b || bytes[i] === 0x5d || bytes[i] === 0x2d)
      bytes[i] = 0x3f;
  return Uint8Array.from([...bytes, 0x0a]);
}

/** One byte changed: a checksum error for binary frames, a non-number for text frames. */
function corrupt(frame: Uint8Array, rng: () => number, text: boolean): Uint8Array {
  const out = Uint8Array.from(frame);
  if (text) {
    const digits = [...out.keys()].filter((i) => out[i]! >= 0x30 && out[i]! <= 0x39);
    if (digits.length) out[digits[Math.floor(rng() * digits.length)]!] = 0x78; // 'x'
    return out;
  }
  // Avoid the sync bytes at the start: corrupt the payload.
  const at = 4 + Math.floor(rng() * (out.length - 4));
  out[at] = out[at]! ^ 0x01;
  return out;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
