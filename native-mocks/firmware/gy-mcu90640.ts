// The GY-MCU90640 module (an STM32 reading an MLX90640): binary 1544-byte frames at 115200 baud,
// 4 per second out of the box; the frame-rate command (native-mocks/gy-mcu90640-listener.ts)
// changes the period. Frames are the existing encoder's (native-mocks/encoders/gy-mcu90640.ts).
import { encodeGy90640Frame } from '../encoders/gy-mcu90640.js';
import type { FirmwareModel } from './types.js';
import { uartModule } from './uart-module.js';

/** The module always reports its sensor's ambient; this when the image carries none. */
const DEFAULT_AMBIENT_C = 25;

export function gyMcu90640(): FirmwareModel {
  return uartModule({
    protocol: 'gy-mcu90640',
    firmware: 'GY-MCU90640 module firmware (4 Hz out of the box, obeys the frame-rate command)',
    baud: 115200,
    rateHz: 4,
    frameBytes: (image) => encodeGy90640Frame(image.pixels, image.ambientC ?? DEFAULT_AMBIENT_C),
    frameSize: 1544,
  });
}
