// The order sensors hand their pixels to the sketches, and the size check every model makes.
import type { SensorImage } from '../encoders/types.js';

export const MLX90640_COLUMNS = 32;
export const MLX90640_ROWS = 24;

/**
 * The MLX90640's own order (what MLX90640_CalculateTo fills and the sketches print): rows top to
 * bottom, but column 0 is at the image's right, so each row is the image's row mirrored.
 */
export function mlx90640WireOrder(pixels: Float32Array): Float32Array {
  const out = new Float32Array(pixels.length);
  for (let row = 0; row < MLX90640_ROWS; row++) {
    for (let col = 0; col < MLX90640_COLUMNS; col++) {
      out[row * MLX90640_COLUMNS + col] =
        pixels[row * MLX90640_COLUMNS + (MLX90640_COLUMNS - 1 - col)]!;
    }
  }
  return out;
}

/** A model handed an image of the wrong size is a bug in the caller: say which. */
export function checkImageSize(
  image: SensorImage,
  width: number,
  height: number,
  name: string,
): void {
  if (image.width !== width || image.height !== height || image.pixels.length !== width * height) {
    throw new Error(
      `${name} frames are ${width}x${height}, got ${image.width}x${image.height} ` +
        `with ${image.pixels.length} pixels`,
    );
  }
}

export { concatBytes } from '../../electron/core/sensor/bytes.js';
