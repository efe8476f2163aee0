// SparkFun MLX90640 Arduino example ("output to Processing"), 115200 baud text: one line per
// frame holding the 768 temperatures printed `%.2f,` ("23.45,23.50,...,24.01,\r\n"), 24 rows of
// 32 in the MLX90640's wire order (columns mirrored). No ambient. Decoded incrementally: any
// chunking, never throws; banners and stray lines are skipped, bad frames counted and dropped.
//
// A line is a frame attempt when its first non-blank byte can begin a number (digit, sign or
// '.'); anything else (banners, blank lines) is skipped. A frame attempt that is not exactly 768
// plausible values is malformed.
import {
  MLX90640_HEIGHT,
  MLX90640_PIXELS,
  MLX90640_WIDTH,
  mirrorColumns,
} from '../../mlx90640-order.js';
import { TextFrameDecoder } from '../../text-decoder.js';
import { isNumberStart, parseTemperatureList, skipBlanks } from '../../text-lines.js';

export class SparkfunMlx90640Decoder extends TextFrameDecoder {
  readonly protocol = 'sparkfun-mlx90640' as const;
  /** One line's values in wire order; one extra slot so a 769th value is detected. */
  private readonly wire = new Float32Array(MLX90640_PIXELS + 1);
  protected onLine(buf: Uint8Array, start: number, end: number, rawBytes: number): void {
    const first = skipBlanks(buf, start, end);
    if (first === end) return this.skip(rawBytes, false); // blank line: harmless
    if (!isNumberStart(buf[first])) return this.skip(rawBytes, true); // banner / stray line
    if (parseTemperatureList(buf, first, end, this.wire) !== MLX90640_PIXELS) {
      this.stats.malformed++;
      return this.skip(rawBytes, true);
    }
    this.noteSync();
    const pixels = mirrorColumns(
      this.wire,
      new Float32Array(MLX90640_PIXELS),
      MLX90640_WIDTH,
      MLX90640_HEIGHT,
    );
    this.deliver(MLX90640_WIDTH, MLX90640_HEIGHT, pixels);
  }
}
