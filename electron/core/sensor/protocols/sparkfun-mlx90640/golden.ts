// What SparkFun's Example2_OutputToProcessing prints (see device.ts for the source): nothing at
// start when all is well; each loop, 768 × (`Serial.print(t, 2)` + ",") then `println("")`.
// Arduino's Print writes a float it cannot print as "nan" (Print::printFloat).
import { ascii, type GoldenVector } from '../../golden-vector.js';
import { SPARKFUN_MLX90640 } from './device.js';

const SOURCE = SPARKFUN_MLX90640.firmware[0]!.source;

/** One printed frame: wire pixel 0 (row 0, wire column 0 = image column 31) is 30.25 °C, wire
 * pixel 5 (image column 26) is `nan`, the rest 22.50 °C. */
const FRAME = `30.25,${'22.50,'.repeat(4)}nan,${'22.50,'.repeat(762)}\r\n`;

export const GOLDEN: readonly GoldenVector[] = [
  {
    name: 'joined mid-line, then a whole frame with one nan pixel (filled from its neighbours)',
    source: SOURCE,
    bytes: ascii(`.50,22.50,22.50,\r\n${FRAME}`),
    frames: [
      {
        width: 32,
        height: 24,
        pixels: [
          [31, 30.25],
          [26, 22.5],
        ],
        others: 22.5,
        ambient: null,
      },
    ],
    stats: { frames: 1, repairedPixels: 1, malformed: 0 },
  },
  {
    name: 'a frame with 20 nan pixels is dropped',
    source: SOURCE,
    bytes: ascii(`\r\n${'nan,'.repeat(20)}${'22.50,'.repeat(748)}\r\n`),
    frames: [],
    stats: { frames: 0, malformed: 1 },
  },
  {
    name: 'no sensor on the I2C bus: the setup line, then nothing',
    source: SOURCE,
    bytes: ascii(
      'MLX90640 not detected at default I2C address. Please check wiring. Freezing.\r\n',
    ),
    frames: [],
    notice: {
      kind: 'problem',
      line: 'MLX90640 not detected at default I2C address. Please check wiring. Freezing.',
    },
  },
  {
    name: 'calibration memory not read: the two setup lines, then frames',
    source: SOURCE,
    bytes: ascii(`Failed to load system parameters\r\nParameter extraction failed\r\n${FRAME}`),
    frames: [{ width: 32, height: 24, pixels: [[31, 30.25]], ambient: null }],
    // Frames follow, but computed without the sensor's calibration: the problem stays.
    notice: { kind: 'problem', line: 'Parameter extraction failed' },
  },
];
