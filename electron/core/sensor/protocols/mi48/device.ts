// Waveshare thermal camera / Meridian MI48 (SenXor 80×62): USB CDC, silent until started.
import type { DeviceFacts } from '../../device-facts.js';
import { usbIdsOf } from '../usb-ids.js';

export const MI48: DeviceFacts = {
  id: 'mi48',
  label: 'Waveshare thermal camera (Meridian MI48, 80×62)',
  width: 80,
  height: 62,
  // USB CDC: the baud rate is not used on the wire; the vendor hosts open it at 115200.
  bauds: [115200],
  framePeriodMs: { typical: 111, slowest: 1000 },
  openDelayMs: 0,
  resetsOnOpen: false,
  silentUntilStarted: true,
  text: false,
  usb: usbIdsOf('mi48'),
  lines: [],
  firmware: [
    {
      name: 'Meridian SenXor firmware, as driven by the vendor hosts',
      versions: 'pysenxor (2020) to pysenxor-lite and senxor-js (2025)',
      source:
        'MeridianInnovation/pysenxor-lite:senxor/interface/serial_port/parser.py; littlehhj0/pysenxor-master@21a2eef:senxor/mi48.py; MeridianInnovation/senxor-js:packages/web-serial/src/parser.ts',
    },
  ],
  userSetup: null,
};
