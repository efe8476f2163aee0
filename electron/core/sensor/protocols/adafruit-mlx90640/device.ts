// Adafruit's MLX90640 library example "MLX90640_simpletest": 24 text rows per frame.
import type { DeviceFacts } from '../../device-facts.js';
import { usbIdsOf } from '../usb-ids.js';

const SOURCE =
  'adafruit/Adafruit_MLX90640@1850e00 (release 1.1.2):examples/MLX90640_simpletest/MLX90640_simpletest.ino';

export const ASCII_ART_MESSAGE =
  'the Adafruit MLX90640 sketch prints ASCII art (as shipped), not temperatures: in MLX90640_simpletest comment out `#define PRINT_ASCIIART`, uncomment `#define PRINT_TEMPERATURES`, and upload it again';

export const ADAFRUIT_MLX90640: DeviceFacts = {
  id: 'adafruit-mlx90640',
  label: 'Adafruit MLX90640 sketch (text, 32×24)',
  width: 32,
  height: 24,
  bauds: [115200],
  // delay(500) + a 2 Hz chess-mode frame (two subpages, ~1 s) + ~4.6 KB at 115200 baud.
  framePeriodMs: { typical: 1700, slowest: 2000 },
  // Uno-class boards reset when the port opens: ~1–1.5 s of bootloader, then the banner.
  openDelayMs: 1500,
  resetsOnOpen: true,
  silentUntilStarted: false,
  text: true,
  usb: usbIdsOf('adafruit-mlx90640'),
  lines: [
    {
      text: 'Adafruit MLX90640 Simple Test',
      match: 'exact',
      kind: 'banner',
      message: "Adafruit's MLX90640_simpletest sketch is starting",
    },
    {
      text: 'Found Adafruit MLX90640',
      match: 'exact',
      kind: 'banner',
      message: 'the sketch found its MLX90640',
    },
    {
      text: 'Serial number',
      match: 'prefix',
      kind: 'banner',
      message: "the sketch reports the MLX90640's serial number",
    },
    { text: 'Current mode: ', match: 'prefix', kind: 'banner', message: 'sketch settings' },
    { text: 'Current resolution: ', match: 'prefix', kind: 'banner', message: 'sketch settings' },
    { text: 'Current frame rate: ', match: 'prefix', kind: 'banner', message: 'sketch settings' },
    {
      text: 'MLX90640 not found!',
      match: 'exact',
      kind: 'problem',
      message:
        'the board runs but cannot see its sensor: check the wiring (SDA, SCL, power), then reset the board',
    },
    {
      text: 'Failed',
      match: 'exact',
      kind: 'problem',
      message:
        'the sketch could not read a frame from the MLX90640 (I2C error): check the wiring; frames resume by themselves when it reads again',
    },
  ],
  firmware: [
    {
      name: 'Adafruit MLX90640 library, MLX90640_simpletest',
      versions:
        '1.1.1–1.1.2 (a line of "=", "Ambient temperature = … degC", two empty lines, 24 rows) and 1.0.1–1.1.0 (two empty lines, 24 rows)',
      source: SOURCE,
    },
  ],
  userSetup:
    'MLX90640_simpletest prints ASCII art as shipped: comment out `#define PRINT_ASCIIART` and uncomment `#define PRINT_TEMPERATURES`',
};
