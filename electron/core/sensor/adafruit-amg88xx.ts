// Adafruit AMG88xx "pixels_test" Arduino example, 9600 baud text: "[", then the 64 temperatures
// printed `%.2f, ` eight to a line, then "]". The sketch prints "[" straight before the first
// value ("[23.50, 23.75, ..., \r\n"); "[" alone on its line before eight value lines is accepted
// too, and "]" may close the last value line or stand on its own line. The AMG88xx sends its
// pixels in image order: no mirroring. No ambient (the thermistor, if printed, is skipped).
// Decoded incrementally: any chunking, never throws; banners and stray lines are skipped, bad
// frames counted and dropped.
import type { FrameDecoder } from './decoder.js';
import { emptyStats, type ThermalFrame } from './frame.js';
import { LineSplitter, parseTemperatureList, skipBlanks, trimBlanksEnd } from './text-lines.js';

export const AMG88XX_WIDTH = 8;
export const AMG88XX_HEIGHT = 8;
export const AMG88XX_PIXELS = AMG88XX_WIDTH * AMG88XX_HEIGHT;

const OPEN = 0x5b; // '['
const CLOSE = 0x5d; // ']'

export class AdafruitAmg88xxDecoder implements FrameDecoder {
  readonly protocol = 'adafruit-amg88xx' as const;
  readonly stats = emptyStats();
  private readonly lines = new LineSplitter({
    line: (buf, start, end, rawBytes) => this.onLine(buf, start, end, rawBytes),
    overlong: (count) => {
      this.dropFrame();
      this.skip(count, true);
    },
  });
  private pixels = new Float32Array(AMG88XX_PIXELS);
  /** One row's values; one extra slot so a ninth value is detected. */
  private readonly row = new Float32Array(AMG88XX_WIDTH + 1);
  /** Rows received for the current frame, or -1 between frames. */
  private rows = -1;
  /** Bytes of the current frame so far (its "[" line included). */
  private frameBytes = 0;
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
    let from = skipBlanks(buf, start, end);
    if (from < end && buf[from] === OPEN) {
      this.dropFrame(); // a new frame start before the previous one ended
      if (this.lostSync) {
        this.stats.resyncs++;
        this.lostSync = false;
      }
      this.rows = 0;
      this.frameBytes = rawBytes;
      from = skipBlanks(buf, from + 1, end);
      if (from === end) return; // "[" alone on its line
    } else if (this.rows < 0) {
      // Between frames: banners, blank and stray lines.
      this.skip(rawBytes, from !== end);
      return;
    } else {
      this.frameBytes += rawBytes;
    }

    let to = trimBlanksEnd(buf, from, end);
    const closes = to > from && buf[to - 1] === CLOSE;
    if (closes) to--;
    if (!closes || trimBlanksEnd(buf, from, to) > from) {
      // A value line (perhaps closed by "]"): exactly eight values, and room for them.
      if (
        this.rows >= AMG88XX_HEIGHT ||
        parseTemperatureList(buf, from, to, this.row) !== AMG88XX_WIDTH
      ) {
        this.dropFrame();
        return;
      }
      this.pixels.set(this.row.subarray(0, AMG88XX_WIDTH), this.rows * AMG88XX_WIDTH);
      this.rows++;
    }
    if (!closes) return;
    if (this.rows !== AMG88XX_HEIGHT) {
      this.dropFrame();
      return;
    }
    const pixels = this.pixels;
    this.pixels = new Float32Array(AMG88XX_PIXELS);
    this.rows = -1;
    this.frameBytes = 0;
    this.stats.frames++;
    this.out.push({
      width: AMG88XX_WIDTH,
      height: AMG88XX_HEIGHT,
      pixels,
      ambient: null,
      singlePoint: false,
      seq: this.seq++,
      receivedAt: this.receivedAt,
    });
  }

  /** Abandons the frame in progress, if any, as malformed. */
  private dropFrame(): void {
    if (this.rows < 0) return;
    this.stats.malformed++;
    this.skip(this.frameBytes, true);
    this.rows = -1;
    this.frameBytes = 0;
  }

  /** Counts bytes that are not part of a frame; `lostSync`: the next frame counts as a resync. */
  private skip(count: number, lostSync: boolean): void {
    this.stats.bytesDiscarded += count;
    if (lostSync) this.lostSync = true;
  }
}
