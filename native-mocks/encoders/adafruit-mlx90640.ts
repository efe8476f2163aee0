// Encodes images as Adafruit's MLX90640_simpletest (release 1.1.2, PRINT_TEMPERATURES) prints
// them: a line of 35 '=', "Ambient temperature = <Ta> degC", two empty lines, then 24 rows of 32
// `print(t, 1)` + ", " in the MLX90640's order (columns mirrored), each ended by "\r\n". The
// sketch itself, its other versions and ASCII-art mode are in
// native-mocks/firmware/adafruit-mlx90640.ts.
import {
  adafruitMlx90640Banner,
  adafruitMlx90640FrameBytes,
} from '../firmware/adafruit-mlx90640.js';
import type { FrameEncoder, SensorImage } from './types.js';

/** What the sketch prints on power-up before its first frame. */
export const ADAFRUIT_MLX90640_BANNER = adafruitMlx90640Banner();

/** `ambientC` is what getTa() returns (25 °C when null). */
export const encodeAdafruitMlx90640Frame: FrameEncoder = (image: SensorImage) =>
  adafruitMlx90640FrameBytes(image, '1.1.2', 'arm');
