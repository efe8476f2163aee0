// Adafruit's AMG88xx library example "pixels_test": 8×8 values between "[" and "]" at 9600 baud.
import type { DeviceFacts } from '../../device-facts.js';
import { usbIdsOf } from '../usb-ids.js';

const SOURCE = 'adafruit/Adafruit_AMG88xx@d857b8e:examples/pixels_test/pixels_test.ino';

export const ADAFRUIT_AMG88XX: DeviceFacts = {
  id: 'adafruit-amg88xx',
  label: 'Adafruit AMG88xx sketch (text, 8×8)',
  width: 8,
  height: 8,
  bauds: [9600, 115200],
  // ~470 bytes at 9600 baud (~0.5 s) + delay(1000).
  framePeriodMs: { typical: 1500, slowest: 1600 },
  openDelayMs: 1500,
  resetsOnOpen: true,
  silentUntilStarted: false,
  text: true,
  usb: usbIdsOf('adafruit-amg88xx'),
  lines: [
    {
      text: 'AMG88xx pixels',
      match: 'exact',
      kind: 'banner',
      message: "Adafruit's AMG88xx pixels_test sketch is starting",
    },
    {
      text: '-- Pixels Test --',
      match: 'exact',
      kind: 'banner',
      message: 'the sketch found its AMG88xx',
    },
    {
      text: 'Could not find a valid AMG88xx sensor, check wiring!',
      match: 'exact',
      kind: 'problem',
      message:
        'the board runs but cannot see its AMG88xx: check the wiring (SDA, SCL, power), then reset the board',
    },
  ],
  firmware: [
    {
      name: 'Adafruit AMG88xx library, pixels_test',
      versions: 'all releases (unchanged since 2017)',
      source: SOURCE,
    },
  ],
  userSetup: null,
};
