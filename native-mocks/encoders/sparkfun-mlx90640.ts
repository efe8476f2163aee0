// Encodes images as SparkFun's MLX90640 sketch (Example2_OutputToProcessing) prints them on its
// usual board, a Teensy: one line of 768 `print(t, 2)` + "," values in the MLX90640's order
// (columns mirrored), ended by "\r\n". The sketch itself is emulated in
// native-mocks/firmware/sparkfun-mlx90640.ts.
import { sparkfunFrameBytes } from '../firmware/sparkfun-mlx90640.js';
import { checkImageSize } from '../firmware/sensor-order.js';
import type { FrameEncoder, SensorImage } from './types.js';

/** What the sketch prints on power-up before its first frame: nothing (its banner is commented out). */
export const SPARKFUN_BANNER = '';

export const encodeSparkfunMlx90640Frame: FrameEncoder = (image: SensorImage) =>
  sparkfunFrameBytes(image, 'teensy');

/** The simulator must hand a 32×24 image to an MLX90640 encoder: anything else is a bug. */
export function checkMlx90640Image(image: SensorImage, name: string): void {
  checkImageSize(image, 32, 24, name);
}
