// Runs a simulated board in real time: power-up, setup()'s prints, then loop() frame after frame
// at the firmware's pace (or a rate the caller gives); a board that resets when the host opens
// the port stops mid-line, stays silent for its bootloader and runs setup() again.
import { setTimeout as sleep } from 'node:timers/promises';
import type { FirmwareModel, LoopTiming } from './firmware/index.js';
import type { PortOpeners } from './port-openers.js';
import type { SerialLine } from './serial-line.js';

export interface Timing {
  loop: LoopTiming;
  /** Bytes per second on the line; null writes each print at once. */
  bytesPerS: number | null;
}

export interface BoardRunnerDeps {
  model: FirmwareModel;
  line: SerialLine;
  /** Null when the host's opens cannot be seen: no resets, and setup() does not wait. */
  openers: PortOpeners | null;
  /** The timing now (it can change: a frame-rate command, the MI48's FRAME_RATE register). */
  timing: () => Timing;
  /** The next loop()'s output, or null when the scenes have run out. */
  nextFrame: (signal: AbortSignal) => Promise<Uint8Array | null>;
  /** After each frame: how many of its bytes reached the host (0 while the port is closed). */
  onFrameSent: (delivered: number) => void;
}

export class BoardRunner {
  /** Resets by the host's open, so far. */
  resets = 0;

  constructor(private readonly deps: BoardRunnerDeps) {}

  /** Runs until the scenes run out or `stop` aborts (then it resolves quietly). */
  async run(stop: AbortSignal): Promise<void> {
    const { model, openers } = this.deps;
    let afterReset = false;
    for (;;) {
      const reset = new AbortController();
      const off =
        model.resetsOnOpen && openers
          ? openers.onChange((open) => {
              if (open) reset.abort(new Error('the host opened the port: DTR reset'));
            })
          : (): void => undefined;
      const signal = AbortSignal.any([stop, reset.signal]);
      try {
        await this.boot(signal, afterReset);
        await this.loop(signal);
        return;
      } catch (error) {
        if (stop.aborted) return;
        if (!reset.signal.aborted) throw error;
      } finally {
        off();
      }
      this.resets++;
      afterReset = true;
    }
  }

  private async boot(signal: AbortSignal, afterReset: boolean): Promise<void> {
    const { model, line, openers } = this.deps;
    // At power-up an Uno's bootloader starts the sketch at once; after a reset it waits first.
    if (afterReset && model.bootDelayMs > 0) await sleep(model.bootDelayMs, undefined, { signal });
    if (model.waitsForHost && openers) await openers.waitOpen(signal);
    for (const step of model.bootSteps()) {
      if (step.waitMs > 0) await sleep(step.waitMs, undefined, { signal });
      await line.write(step.bytes, this.deps.timing().bytesPerS, signal);
    }
    // `while (1);` after a "sensor not found" line: silent until reset or stop.
    if (model.halted) await new Promise((_, reject) => onAbort(signal, reject));
  }

  private async loop(signal: AbortSignal): Promise<void> {
    const { model } = this.deps;
    let nextAt = performance.now();
    for (;;) {
      const { loop, bytesPerS } = this.deps.timing();
      if (loop.kind === 'sequential') {
        await sleep(loop.beforeMs, undefined, { signal });
        if (!(await this.frame(bytesPerS, signal))) return;
        await sleep(loop.afterMs, undefined, { signal });
        continue;
      }
      // A stopped MI48 measures nothing: check again a period later.
      if (model.camera && !model.camera.wantsFrame) {
        await sleep(loop.periodMs, undefined, { signal });
        nextAt = performance.now();
        continue;
      }
      if (!(await this.frame(bytesPerS, signal))) return;
      // Pace against a schedule, so slow writes do not accumulate drift.
      nextAt += loop.periodMs;
      const wait = nextAt - performance.now();
      if (wait > 0) await sleep(wait, undefined, { signal });
      // After a stall (or a line too slow for the period) carry on from now: no burst.
      else if (wait < -loop.periodMs) nextAt = performance.now();
    }
  }

  private async frame(bytesPerS: number | null, signal: AbortSignal): Promise<boolean> {
    const bytes = await this.deps.nextFrame(signal);
    if (!bytes) return false;
    this.deps.onFrameSent(await this.deps.line.write(bytes, bytesPerS, signal));
    return true;
  }
}

function onAbort(signal: AbortSignal, reject: (reason: unknown) => void): void {
  if (signal.aborted) reject(signal.reason);
  else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
}
