// SparkFun's MLX90640 Arduino example "Example2_OutputToProcessing": one text line per frame.
import type { DeviceFacts } from '../../device-facts.js';
import { usbIdsOf } from '../usb-ids.js';

const SOURCE =
  'sparkfun/SparkFun_MLX90640_Arduino_Example@e462150:Firmware/Example2_OutputToProcessing/Example2_OutputToProcessing.ino';

const CHECK_WIRING =
  'the board runs but cannot see its MLX90640: check the wiring (SDA, SCL, 3.3 V, GND), then reset the board';

export const SPARKFUN_MLX90640: DeviceFacts = {
  id: 'sparkfun-mlx90640',
  label: 'SparkFun MLX90640 sketch (text, 32×24)',
  width: 32,
  height: 24,
  bauds: [115200],
  // Refresh 4 Hz, two subpages per printed frame: ~2 frames/s on a Teensy; on a 115200-baud
  // UART bridge (ESP32/SAMD boards) the 4.6 KB line adds ~0.4 s: ~1 frame/s.
  framePeriodMs: { typical: 500, slowest: 1000 },
  // A Teensy waits for the port (`while (!Serial)`); an ESP32 dev board resets on open.
  openDelayMs: 1500,
  resetsOnOpen: true,
  silentUntilStarted: false,
  text: true,
  usb: usbIdsOf('sparkfun-mlx90640'),
  lines: [
    // "addres" is how the earliest copies of the sketch spell it: match both.
    {
      text: 'MLX90640 not detected at default I2C addres',
      match: 'prefix',
      kind: 'problem',
      message: CHECK_WIRING,
    },
    {
      text: 'Failed to load system parameters',
      match: 'exact',
      kind: 'problem',
      message:
        "the sketch could not read the MLX90640's calibration memory, so its temperatures are wrong: check the wiring and reset the board",
      sticky: true,
    },
    {
      text: 'Parameter extraction failed',
      match: 'exact',
      kind: 'problem',
      message:
        "the sketch could not use the MLX90640's calibration memory, so its temperatures are wrong: check the wiring and reset the board",
      sticky: true,
    },
  ],
  firmware: [
    {
      name: 'SparkFun MLX90640 example, Example2_OutputToProcessing',
      versions: 'as published since 2018 (one line of 768 values per frame)',
      source: SOURCE,
    },
  ],
  userSetup: null,
};
