// Adafruit AMG88xx "pixels_test" Arduino example, 9600 baud text: "[", then the 64 temperatures
// printed `%.2f, ` eight to a line, then "]". The sketch prints "[" straight before the first
// value ("[23.50, 23.75, ..., \r\n"); "[" alone on its line before eight value lines is accepted
// too, and "]" may close the last value line or stand on its own line. The AMG88xx sends its
// pixels in image order: no mirroring. No ambient (the thermistor, if printed, is skipped).
// Decoded incrementally: any chunking, never throws; banners and stray lines are skipped, bad
// frames counted and dropped.
import { TextFrameDecoder } from '../../text-decoder.js';
import { parseTemperatureList, skipBlanks, trimBlanksEnd } from '../../text-lines.js';

export const AMG88XX_WIDTH = 8;
export const AMG88XX_HEIGHT = 8;
export const AMG88XX_PIXELS = AMG88XX_WIDTH * AMG88XX_HEIGHT;

const OPEN = 0x5b; // '['
const CLOSE = 0x5d; // ']'

export class AdafruitAmg88xxDecoder extends TextFrameDecoder {
  readonly protocol = 'adafruit-amg88xx' as const;
  private pixels = new Float32Array(AMG88XX_PIXELS);
  /** One row's values; one extra slot so a ninth value is detected. */
  private readonly row = new Float32Array(AMG88XX_WIDTH + 1);
  protected onLine(buf: Uint8Array, start: number, end: number, rawBytes: number): void {
    let from = skipBlanks(buf, start, end);
    if (from < end && buf[from] === OPEN) {
      this.startFrame(rawBytes); // abandons a frame that had not ended
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
    this.deliver(AMG88XX_WIDTH, AMG88XX_HEIGHT, pixels);
  }
}
