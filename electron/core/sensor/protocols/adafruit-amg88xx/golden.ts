// What Adafruit's AMG88xx pixels_test prints (see device.ts for the source): setup():
// `Serial.println(F("AMG88xx pixels"))`, then `Serial.println("-- Pixels Test --")` and
// `Serial.println()` (or "Could not find a valid AMG88xx sensor, check wiring!"); each loop:
// `Serial.print("[")`, 64 × (`Serial.print(pixels[i-1])` (2 decimals) + `Serial.print(", ")`)
// with `Serial.println()` after every 8th, then `Serial.println("]")` and `Serial.println()`.
import { ascii, type GoldenVector } from '../../golden-vector.js';
import { ADAFRUIT_AMG88XX } from './device.js';

const SOURCE = ADAFRUIT_AMG88XX.firmware[0]!.source;

const BANNER = 'AMG88xx pixels\r\n-- Pixels Test --\r\n\r\n';
const FRAME =
  '[23.50, 23.75, 24.00, 24.25, 24.50, 24.75, 25.00, 25.25, \r\n' +
  '22.00, 22.00, 22.00, 22.00, 22.00, 22.00, 22.00, 22.00, \r\n' +
  '22.00, 22.00, 22.00, 31.25, 33.50, 22.00, 22.00, 22.00, \r\n' +
  '22.00, 22.00, 22.00, 34.75, 35.00, 22.00, 22.00, 22.00, \r\n' +
  '22.00, 22.00, 22.00, 30.00, 30.25, 22.00, 22.00, 22.00, \r\n' +
  '22.00, 22.00, 22.00, 22.00, 22.00, 22.00, 22.00, 22.00, \r\n' +
  '22.00, 22.00, 22.00, 22.00, 22.00, 22.00, 22.00, 22.00, \r\n' +
  '-1.25, 22.00, 22.00, 22.00, 22.00, 22.00, 22.00, 22.00, \r\n' +
  ']\r\n\r\n';

const DECODED = {
  width: 8,
  height: 8,
  pixels: [
    [0, 23.5],
    [7, 25.25],
    [19, 31.25],
    [27, 34.75],
    [28, 35],
    [56, -1.25],
    [63, 22],
  ] as const,
  ambient: null,
};

export const GOLDEN: readonly GoldenVector[] = [
  {
    name: 'the banner, then two frames (image order, 0.25 °C steps)',
    source: SOURCE,
    bytes: ascii(BANNER + FRAME + FRAME),
    frames: [DECODED, DECODED],
    notice: { kind: 'banner', line: '-- Pixels Test --' },
    stats: { frames: 2, malformed: 0 },
  },
  {
    name: 'no sensor: the banner line and the wiring line',
    source: SOURCE,
    bytes: ascii('AMG88xx pixels\r\nCould not find a valid AMG88xx sensor, check wiring!\r\n'),
    frames: [],
    notice: { kind: 'problem', line: 'Could not find a valid AMG88xx sensor, check wiring!' },
  },
  {
    name: 'a value that is not a multiple of 0.25 °C: a corrupt frame, dropped',
    source: SOURCE,
    bytes: ascii(BANNER + FRAME.replace('24.25', '24.37')),
    frames: [],
    stats: { frames: 0, malformed: 1 },
  },
];
