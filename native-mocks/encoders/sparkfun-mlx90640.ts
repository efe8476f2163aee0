// Encodes images as the SparkFun MLX90640 Arduino example prints them: one line of 768 `%.2f,`
// values per frame in the MLX90640's wire order (columns mirrored), ended by "\r\n".
import {
  MLX90640_HEIGHT,
  MLX90640_PIXELS,
  MLX90640_WIDTH,
  mirrorColumns,
} from '../../electron/core/sensor/mlx90640-order.js';
import type { FrameEncoder, SensorImage } from './types.js';

/** What the sketch prints on power-up before its first frame. */
export const SPARKFUN_BANNER = 'MLX90640 IR Array Example\r\nMLX90640 online!\r\n';

const ascii = new TextEncoder();

export const encodeSparkfunMlx90640Frame: FrameEncoder = (image: SensorImage) => {
  checkMlx90640Image(image, 'SparkFun MLX90640');
  const wire = mirrorColumns(
    image.pixels,
    new Float32Array(MLX90640_PIXELS),
    MLX90640_WIDTH,
    MLX90640_HEIGHT,
  );
  let line = '';
  for (let i = 0; i < MLX90640_PIXELS; i++) line += `${wire[i]!.toFixed(2)},`;
  return ascii.encode(`${line}\r\n`);
};

/** The simulator must hand a 32×24 image to an MLX90640 encoder: anything else is a bug. */
export function checkMlx90640Image(image: SensorImage, name: string): void {
  if (
    image.width !== MLX90640_WIDTH ||
    image.height !== MLX90640_HEIGHT ||
    image.pixels.length !== MLX90640_PIXELS
  ) {
    throw new Error(
      `${name} frames are ${MLX90640_WIDTH}x${MLX90640_HEIGHT}, got ${image.width}x${image.height} ` +
        `with ${image.pixels.length} pixels`,
    );
  }
}
