// Writes a walk-through, frame by frame, in the GY-MCU90640 wire format at a chosen rate.
import { open, type FileHandle } from 'node:fs/promises';
import { encodeGy90640Frame } from './encoders/gy-mcu90640.js';
import type { PersonPlan } from './people.js';
import { createRng } from './prng.js';
import { renderScene, roomForSeed, walkthroughScenes, type RoomConditions } from './walkthrough.js';

export interface SimulatorOptions {
  /** Where to write: the simulator end of a pty pair, or any writable device or file. */
  path: string;
  /** Frames per second (the GY-MCU90640 runs at up to 8; faster is for headless runs). */
  rateHz: number;
  seed: number;
  /** The people to walk through, in order. */
  people: readonly PersonPlan[];
  /** After the people: 'stop', or keep sending the empty room so the sensor stays alive. */
  after: 'stop' | 'empty-room';
  /** Supplies more people whenever the list runs out (the endless demo loop). */
  morePeople?: () => readonly PersonPlan[];
  room?: RoomConditions;
}

export class Simulator {
  framesWritten = 0;
  private stopped = false;
  private done: Promise<void> | null = null;

  constructor(private readonly options: SimulatorOptions) {}

  start(): Promise<void> {
    this.done ??= this.run();
    return this.done;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.done;
  }

  private async run(): Promise<void> {
    const o = this.options;
    const room = o.room ?? roomForSeed(o.seed);
    const noise = createRng(o.seed ^ 0xa11ce);
    const file: FileHandle = await open(o.path, 'w');
    const intervalMs = 1000 / o.rateHz;
    const startedAt = performance.now();
    const write = async (spec: Parameters<typeof renderScene>[0]): Promise<void> => {
      const frame = encodeGy90640Frame(renderScene(spec, noise), room.roomC + 6);
      await file.write(frame);
      this.framesWritten++;
      // Pace against the start time, so slow writes do not accumulate drift.
      const wait = startedAt + this.framesWritten * intervalMs - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    };
    try {
      let people = o.people;
      let round = 0;
      for (;;) {
        for (const spec of walkthroughScenes(people, room, o.seed + round)) {
          if (this.stopped) return;
          await write(spec);
        }
        const more = o.morePeople?.();
        if (!more) break;
        people = more;
        round++;
      }
      while (o.after === 'empty-room' && !this.stopped) {
        await write({ ...room, heads: [], noiseC: 0.08 });
      }
    } finally {
      await file.close();
    }
  }
}
