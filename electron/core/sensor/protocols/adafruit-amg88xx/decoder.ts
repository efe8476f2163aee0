// Adafruit AMG88xx library example "pixels_test" (see device.ts for the source), 9600 baud text:
// print("["), then 64 × (print(t) + ", ") with println() after every 8th value, then
// println("]") and println(): "[23.50, 23.75, …, \r\n" + 7 more rows + "]\r\n\r\n". Values are
// multiples of 0.25 °C (the sensor's 12-bit reading × 0.25): a value that is not is a corrupt
// frame. The AMG88xx sends its pixels in image order: no mirroring; no ambient. Its banner and
// "Could not find a valid AMG88xx sensor" line become the decoder's notice. "[" alone on its line
// before eight value lines is accepted too, and "]" may close the last value line.
// Decoded incrementally: any chunking, never throws.
import { TextFrameDecoder } from '../../text-decoder.js';
import { parseTemperatureList, skipBlanks, trimBlanksEnd } from '../../text-lines.js';
import { ADAFRUIT_AMG88XX } from './device.js';

export const AMG88XX_WIDTH = 8;
export const AMG88XX_HEIGHT = 8;
export const AMG88XX_PIXELS = AMG88XX_WIDTH * AMG88XX_HEIGHT;
/** The AMG88xx reports temperature in steps of 0.25 °C. */
export const AMG88XX_STEP_C = 0.25;

const OPEN = 0x5b; // '['
const CLOSE = 0x5d; // ']'

export class AdafruitAmg88xxDecoder extends TextFrameDecoder {
  readonly protocol = 'adafruit-amg88xx' as const;
  private pixels = new Float32Array(AMG88XX_PIXELS);
  /** One row's values; one extra slot so a ninth value is detected. */
  private readonly row = new Float32Array(AMG88XX_WIDTH + 1);

  constructor() {
    super(ADAFRUIT_AMG88XX.lines);
  }

  protected onLine(buf: Uint8Array, start: number, end: number, rawBytes: number): void {
    let from = skipBlanks(buf, start, end);
    if (from < end && buf[from] === OPEN) {
      this.startFrame(rawBytes); // abandons a frame that had not ended
      from = skipBlanks(buf, from + 1, end);
      if (from === end) return; // "[" alone on its line
    } else if (this.rows < 0) {
      // Between frames: the banner, its error line, blank and stray lines.
      const known = from !== end && this.recognise(buf, start, end);
      this.skip(rawBytes, from !== end && !known);
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
        parseTemperatureList(buf, from, to, this.row) !== AMG88XX_WIDTH ||
        !inSteps(this.row)
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

/** Every value of the row (its first eight) is a multiple of 0.25 °C, or nan. */
function inSteps(row: Float32Array): boolean {
  for (let i = 0; i < AMG88XX_WIDTH; i++) {
    const quarters = row[i]! / AMG88XX_STEP_C;
    if (Math.abs(quarters - Math.round(quarters)) > 1e-3) return false;
  }
  return true;
}
