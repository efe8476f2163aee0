// Encodes images as Adafruit's AMG88xx "pixels_test" sketch prints them: "[" before the first
// value, 64 `print(t)` (2 decimals) + ", " with "\r\n" after every eighth, then "]\r\n" and an
// empty line. The AMG88xx sends image order: no mirroring. This prints the values as given; the
// simulated board (native-mocks/firmware/adafruit-amg88xx.ts) also rounds them to the sensor's
// 0.25 °C steps first, as a real AMG88xx reports them.
import { printAmg88xxLoop } from '../firmware/adafruit-amg88xx.js';
import { checkImageSize } from '../firmware/sensor-order.js';
import type { FrameEncoder, SensorImage } from './types.js';

/** What the sketch prints on power-up before its first frame. */
export const ADAFRUIT_AMG88XX_BANNER = 'AMG88xx pixels\r\n-- Pixels Test --\r\n\r\n';

export const encodeAdafruitAmg88xxFrame: FrameEncoder = (image: SensorImage) => {
  checkImageSize(image, 8, 8, 'Adafruit AMG88xx');
  return printAmg88xxLoop(image.pixels, 'avr');
};
