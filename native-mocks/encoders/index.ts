// Every simulated protocol's encoder and start-up banner, by protocol id.
import type { ProtocolId } from '../../electron/core/sensor/protocol-ids.js';
import { ADAFRUIT_AMG88XX_BANNER, encodeAdafruitAmg88xxFrame } from './adafruit-amg88xx.js';
import { ADAFRUIT_MLX90640_BANNER, encodeAdafruitMlx90640Frame } from './adafruit-mlx90640.js';
import { encodeGy90614Frame } from './gy-mcu90614.js';
import { encodeGy90640Frame } from './gy-mcu90640.js';
import { encodeMi48Frame } from './mi48.js';
import { encodeSparkfunMlx90640Frame, SPARKFUN_BANNER } from './sparkfun-mlx90640.js';
import type { FrameEncoder } from './types.js';

export interface SimulatedProtocol {
  encode: FrameEncoder;
  /** What the device prints on power-up before its first frame, if anything. */
  banner: string | null;
  /** Text protocols need garbage to end with a newline, or it merges with the next frame's line. */
  text: boolean;
}

export const SIMULATED: Record<ProtocolId, SimulatedProtocol> = {
  'gy-mcu90640': {
    encode: (image) => encodeGy90640Frame(image.pixels, image.ambientC ?? 25),
    banner: null,
    text: false,
  },
  'gy-mcu90614': { encode: encodeGy90614Frame, banner: null, text: false },
  'sparkfun-mlx90640': { encode: encodeSparkfunMlx90640Frame, banner: SPARKFUN_BANNER, text: true },
  'adafruit-mlx90640': {
    encode: encodeAdafruitMlx90640Frame,
    banner: ADAFRUIT_MLX90640_BANNER,
    text: true,
  },
  'adafruit-amg88xx': {
    encode: encodeAdafruitAmg88xxFrame,
    banner: ADAFRUIT_AMG88XX_BANNER,
    text: true,
  },
  mi48: { encode: encodeMi48Frame, banner: null, text: false },
};
