// Encodes images as the Adafruit MLX90640 Arduino example prints them: a line of dashes, then 24
// lines of 32 `%.1f, ` values in the MLX90640's wire order (columns mirrored), each ended by "\r\n".
import {
  MLX90640_HEIGHT,
  MLX90640_PIXELS,
  MLX90640_WIDTH,
  mirrorColumns,
} from '../../electron/core/sensor/mlx90640-order.js';
import { checkMlx90640Image } from './sparkfun-mlx90640.js';
import type { FrameEncoder, SensorImage } from './types.js';

/** What the sketch prints on power-up before its first frame. */
export const ADAFRUIT_MLX90640_BANNER =
  'Adafruit MLX90640 Simple Test\r\n' +
  'Found Adafruit MLX90640\r\n' +
  'Serial number: 2C4B19A7E03F\r\n' +
  'Current mode: Chess\r\n' +
  'Current resolution: 18 bits\r\n' +
  'Current frame rate: 2 Hz\r\n';

const SEPARATOR = `${'-'.repeat(35)}\r\n`;
const ascii = new TextEncoder();

export const encodeAdafruitMlx90640Frame: FrameEncoder = (image: SensorImage) => {
  checkMlx90640Image(image, 'Adafruit MLX90640');
  const wire = mirrorColumns(
    image.pixels,
    new Float32Array(MLX90640_PIXELS),
    MLX90640_WIDTH,
    MLX90640_HEIGHT,
  );
  let text = SEPARATOR;
  for (let row = 0; row < MLX90640_HEIGHT; row++) {
    for (let col = 0; col < MLX90640_WIDTH; col++) {
      text += `${wire[row * MLX90640_WIDTH + col]!.toFixed(1)}, `;
    }
    text += '\r\n';
  }
  return ascii.encode(text);
};
