// GY-MCU90614 / GY-MCU90615: a single-point MLX90614/90615 behind an STM8, binary frames.
import type { DeviceFacts } from '../../device-facts.js';
import { usbIdsOf } from '../usb-ids.js';

export const GY_MCU90614: DeviceFacts = {
  id: 'gy-mcu90614',
  label: 'GY-MCU90614/90615 (single point)',
  width: 1,
  height: 1,
  bauds: [9600, 115200],
  framePeriodMs: { typical: 100, slowest: 1000 },
  openDelayMs: 0,
  resetsOnOpen: false,
  silentUntilStarted: false,
  text: false,
  usb: usbIdsOf('gy-mcu90614'),
  lines: [],
  firmware: [
    {
      name: 'GY-MCU90614 / GY-MCU90615 module firmware (STM8)',
      versions: 'all seen in the field (one frame format)',
      source: "the module's manual: frame `5A 5A 45 04 TOh TOl TAh TAl SUM`",
    },
  ],
  userSetup: null,
};
