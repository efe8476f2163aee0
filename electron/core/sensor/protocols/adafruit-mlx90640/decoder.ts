// Adafruit MLX90640 Arduino example, 115200 baud text: a line of dashes ("---…", 3 or more, then
// optional blanks) starts a frame, then 24 lines of 32 temperatures printed `%.1f, `
// ("23.4, 23.5, ..., 24.0, \r\n"), in the MLX90640's wire order (columns mirrored). No ambient.
// Decoded incrementally: any chunking, never throws; banners and stray lines are skipped, bad
// frames counted and dropped.
//
// The frame is delivered as soon as its 24th row arrives: the format has no end marker, so a
// 25th row cannot be told from a stray line that follows the frame, and is skipped as one.
import {
  MLX90640_HEIGHT,
  MLX90640_PIXELS,
  MLX90640_WIDTH,
  mirrorColumns,
} from '../../mlx90640-order.js';
import { TextFrameDecoder } from '../../text-decoder.js';
import { parseTemperatureList, skipBlanks, trimBlanksEnd } from '../../text-lines.js';

const DASH = 0x2d;
const MIN_DASHES = 3;

export class AdafruitMlx90640Decoder extends TextFrameDecoder {
  readonly protocol = 'adafruit-mlx90640' as const;
  /** The frame being received, in wire order. */
  private readonly wire = new Float32Array(MLX90640_PIXELS);
  /** One row's values; one extra slot so a 33rd value is detected. */
  private readonly row = new Float32Array(MLX90640_WIDTH + 1);
  protected onLine(buf: Uint8Array, start: number, end: number, rawBytes: number): void {
    if (isDashLine(buf, start, end)) {
      this.startFrame(rawBytes); // abandons a frame that had not ended
      return;
    }
    if (this.rows < 0) {
      // Between frames: banners, blank and stray lines.
      this.skip(rawBytes, skipBlanks(buf, start, end) !== end);
      return;
    }
    this.frameBytes += rawBytes;
    if (parseTemperatureList(buf, start, end, this.row) !== MLX90640_WIDTH) {
      this.dropFrame();
      return;
    }
    this.wire.set(this.row.subarray(0, MLX90640_WIDTH), this.rows * MLX90640_WIDTH);
    if (++this.rows < MLX90640_HEIGHT) return;
    const pixels = mirrorColumns(
      this.wire,
      new Float32Array(MLX90640_PIXELS),
      MLX90640_WIDTH,
      MLX90640_HEIGHT,
    );
    this.deliver(MLX90640_WIDTH, MLX90640_HEIGHT, pixels);
  }
}

/** Three or more '-' from the line's first byte, then nothing but blanks. */
function isDashLine(buf: Uint8Array, start: number, end: number): boolean {
  const last = trimBlanksEnd(buf, start, end);
  if (last - start < MIN_DASHES) return false;
  for (let i = start; i < last; i++) if (buf[i] !== DASH) return false;
  return true;
}
