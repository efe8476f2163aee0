// SparkFun MLX90640 Arduino example "Example2_OutputToProcessing" (see device.ts for the source),
// 115200 baud text: one line per frame holding the 768 temperatures printed `print(t, 2)` + ","
// ("23.45,23.50,...,24.01,\r\n"), 24 rows of 32 in the MLX90640's wire order (columns
// mirrored). No ambient. A value the sketch cannot print comes as nan/inf/ovf: a few are filled
// from their neighbours, more drop the frame. Its setup lines (sensor not detected, parameters
// not loaded) become the decoder's notice. Decoded incrementally: any chunking, never throws.
//
// A line is a frame attempt when its first non-blank byte can begin a number (digit, sign or
// '.') or is a nan/inf/ovf; anything else is a setup line or stray. A frame attempt that is not
// exactly 768 values is malformed.
import {
  MLX90640_HEIGHT,
  MLX90640_PIXELS,
  MLX90640_WIDTH,
  mirrorColumns,
} from '../../mlx90640-order.js';
import { TextFrameDecoder } from '../../text-decoder.js';
import { isNumberStart, parseTemperatureList, skipBlanks } from '../../text-lines.js';
import { SPARKFUN_MLX90640 } from './device.js';

export class SparkfunMlx90640Decoder extends TextFrameDecoder {
  readonly protocol = 'sparkfun-mlx90640' as const;
  /** One line's values in wire order; one extra slot so a 769th value is detected. */
  private readonly wire = new Float32Array(MLX90640_PIXELS + 1);

  constructor() {
    super(SPARKFUN_MLX90640.lines);
  }

  protected onLine(buf: Uint8Array, start: number, end: number, rawBytes: number): void {
    const first = skipBlanks(buf, start, end);
    if (first === end) return this.skip(rawBytes, false); // blank line: harmless
    const count =
      isNumberStart(buf[first]) || isWordStart(buf[first])
        ? parseTemperatureList(buf, first, end, this.wire)
        : -1;
    if (count < 0 && !isNumberStart(buf[first])) {
      // A setup line (its notice says what it means) or a stray line.
      const known = this.recognise(buf, start, end);
      return this.skip(rawBytes, !known);
    }
    if (count !== MLX90640_PIXELS) {
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
    this.frameBytes = rawBytes;
    this.deliver(MLX90640_WIDTH, MLX90640_HEIGHT, pixels);
  }
}

/** 'n', 'i' or 'o': a line may begin with nan, inf or ovf. */
function isWordStart(byte: number | undefined): boolean {
  return byte === 0x6e || byte === 0x69 || byte === 0x6f;
}
