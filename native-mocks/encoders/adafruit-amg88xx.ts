// Encodes images as the Adafruit AMG88xx "pixels_test" Arduino example prints them: "[" straight
// before the first value, 64 `%.2f, ` values with "\r\n" after every eighth, then "]\r\n". The
// AMG88xx sends image order: no mirroring.
import {
  AMG88XX_HEIGHT,
  AMG88XX_PIXELS,
  AMG88XX_WIDTH,
} from '../../electron/core/sensor/protocols/adafruit-amg88xx/decoder.js';
import type { FrameEncoder, SensorImage } from './types.js';

/** What the sketch prints on power-up before its first frame. */
export const ADAFRUIT_AMG88XX_BANNER = 'AMG88xx pixels\r\n-- Pixels Test --\r\n\r\n';

const ascii = new TextEncoder();

export const encodeAdafruitAmg88xxFrame: FrameEncoder = (image: SensorImage) => {
  if (
    image.width !== AMG88XX_WIDTH ||
    image.height !== AMG88XX_HEIGHT ||
    image.pixels.length !== AMG88XX_PIXELS
  ) {
    throw new Error(
      `Adafruit AMG88xx frames are ${AMG88XX_WIDTH}x${AMG88XX_HEIGHT}, got ` +
        `${image.width}x${image.height} with ${image.pixels.length} pixels`,
    );
  }
  let text = '[';
  for (let i = 0; i < AMG88XX_PIXELS; i++) {
    text += `${image.pixels[i]!.toFixed(2)}, `;
    if (i % AMG88XX_WIDTH === AMG88XX_WIDTH - 1) text += '\r\n';
  }
  return ascii.encode(`${text}]\r\n`);
};
