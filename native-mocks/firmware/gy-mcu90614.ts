// The GY-MCU90614 module (an MCU reading an MLX90614): binary 9-byte frames at 9600 baud, about
// ten per second. Frames are the existing encoder's (native-mocks/encoders/gy-mcu90614.ts).
import { encodeGy90614Frame } from '../encoders/gy-mcu90614.js';
import type { FirmwareModel } from './types.js';
import { uartModule } from './uart-module.js';

export function gyMcu90614(): FirmwareModel {
  return uartModule({
    protocol: 'gy-mcu90614',
    firmware: 'GY-MCU90614 module firmware',
    baud: 9600,
    rateHz: 10,
    frameBytes: encodeGy90614Frame,
    frameSize: 9,
  });
}
