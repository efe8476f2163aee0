// GY-MCU90640: an MLX90640 (32×24) behind an STM32 that streams binary frames by itself.
import type { DeviceFacts } from '../../device-facts.js';
import { usbIdsOf } from '../usb-ids.js';

export const GY_MCU90640: DeviceFacts = {
  id: 'gy-mcu90640',
  label: 'GY-MCU90640 (MLX90640 32×24, binary)',
  width: 32,
  height: 24,
  bauds: [115200, 460800, 9600],
  // The module's default is 4 Hz; 0.5 Hz is its slowest setting (command `A5 25 00`).
  framePeriodMs: { typical: 250, slowest: 2000 },
  openDelayMs: 0,
  resetsOnOpen: false,
  silentUntilStarted: false,
  text: false,
  usb: usbIdsOf('gy-mcu90640'),
  lines: [],
  firmware: [
    {
      name: 'GY-MCU90640 module firmware (STM32)',
      versions: 'all seen in the field (one frame format)',
      source: "the module's manual: frame `5A 5A 02 06 …`, commands `A5 CMD DATA SUM`",
    },
  ],
  userSetup: null,
};
