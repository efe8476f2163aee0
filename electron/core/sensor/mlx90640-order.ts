// The MLX90640's wire order vs image order (see the LEFT/RIGHT convention in frame.ts).

export const MLX90640_WIDTH = 32;
export const MLX90640_HEIGHT = 24;
export const MLX90640_PIXELS = MLX90640_WIDTH * MLX90640_HEIGHT;

/**
 * Copies a row-major image into `out` with each row's columns reversed. The MLX90640 sends its
 * column 1 at the image's right, so this turns wire order into image order, and back again.
 */
export function mirrorColumns(
  src: ArrayLike<number>,
  out: Float32Array,
  width: number,
  height: number,
): Float32Array {
  for (let row = 0; row < height; row++) {
    const base = row * width;
    for (let col = 0; col < width; col++) out[base + (width - 1 - col)] = src[base + col]!;
  }
  return out;
}
