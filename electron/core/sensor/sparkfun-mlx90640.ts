// SparkFun MLX90640 Arduino example ("output to Processing"), 115200 baud text: one line per
// frame holding the 768 temperatures printed `%.2f,` ("23.45,23.50,...,24.01,\r\n"), 24 rows of
// 32 in the MLX90640's wire order (columns mirrored). No ambient. Decoded incrementally: any
// chunking, never throws; banners and stray lines are skipped, bad frames counted and dropped.
//
// A line is a frame attempt when its first non-blank byte can begin a number (digit, sign or
// '.'); anything else (banners, blank lines) is skipped. A frame attempt that is not exactly 768
// plausible values is malformed.
import type { FrameDecoder } from './decoder.js';
import { emptyStats, type ThermalFrame } from './frame.js';
import {
  MLX90640_HEIGHT,
  MLX90640_PIXELS,
  MLX90640_WIDTH,
  mirrorColumns,
} from './mlx90640-order.js';
import { isNumberStart, LineSplitter, parseTemperatureList, skipBlanks } from './text-lines.js';

export class SparkfunMlx90640Decoder implements FrameDecoder {
  readonly protocol = 'sparkfun-mlx90640' as const;
  readonly stats = emptyStats();
  private readonly lines = new LineSplitter({
    line: (buf, start, end, rawBytes) => this.onLine(buf, start, end, rawBytes),
    overlong: (count) => this.skip(count, true),
  });
  /** One line's values in wire order; one extra slot so a 769th value is detected. */
  private readonly wire = new Float32Array(MLX90640_PIXELS + 1);
  private seq = 0;
  private lostSync = false;
  private out: ThermalFrame[] = [];
  private receivedAt = 0;

  /** Feeds bytes; returns the frames they complete, oldest first. */
  push(chunk: Uint8Array, receivedAt = Date.now()): ThermalFrame[] {
    const frames: ThermalFrame[] = [];
    this.out = frames;
    this.receivedAt = receivedAt;
    this.lines.push(chunk);
    this.out = [];
    return frames;
  }

  private onLine(buf: Uint8Array, start: number, end: number, rawBytes: number): void {
    const first = skipBlanks(buf, start, end);
    if (first === end) return this.skip(rawBytes, false); // blank line: harmless
    if (!isNumberStart(buf[first])) return this.skip(rawBytes, true); // banner / stray line
    if (parseTemperatureList(buf, first, end, this.wire) !== MLX90640_PIXELS) {
      this.stats.malformed++;
      return this.skip(rawBytes, true);
    }
    if (this.lostSync) {
      this.stats.resyncs++;
      this.lostSync = false;
    }
    const pixels = mirrorColumns(
      this.wire,
      new Float32Array(MLX90640_PIXELS),
      MLX90640_WIDTH,
      MLX90640_HEIGHT,
    );
    this.stats.frames++;
    this.out.push({
      width: MLX90640_WIDTH,
      height: MLX90640_HEIGHT,
      pixels,
      ambient: null,
      singlePoint: false,
      seq: this.seq++,
      receivedAt: this.receivedAt,
    });
  }

  /** Counts bytes that are not part of a frame; `lostSync`: the next frame counts as a resync. */
  private skip(count: number, lostSync: boolean): void {
    this.stats.bytesDiscarded += count;
    if (lostSync) this.lostSync = true;
  }
}
