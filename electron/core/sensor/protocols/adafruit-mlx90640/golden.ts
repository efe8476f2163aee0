// What Adafruit's MLX90640_simpletest prints (see device.ts for the source), line by line as its
// print statements write them (println ends a line with "\r\n"): setup()'s banner, then each
// loop: in 1.1.1+ `Serial.println("===================================")`,
// `Serial.print("Ambient temperature = "); Serial.print(mlx.getTa(false)); Serial.println(" degC")`,
// two `Serial.println()`; in 1.0.1–1.1.0 only the two `Serial.println()`; then 24 rows of 32 ×
// (`Serial.print(t, 1)` + ", ") and `Serial.println()`. As shipped (`PRINT_ASCIIART`) each row is
// 32 characters from " .-*+x%#X&" instead.
import { ascii, type GoldenVector } from '../../golden-vector.js';
import { ADAFRUIT_MLX90640 } from './device.js';

const SOURCE = ADAFRUIT_MLX90640.firmware[0]!.source;

const BANNER =
  'Adafruit MLX90640 Simple Test\r\n' +
  'Found Adafruit MLX90640\r\n' +
  'Serial number: 2C4B19A7E03F\r\n' +
  'Current mode: Chess\r\n' +
  'Current resolution: 18 bit\r\n' +
  'Current frame rate: 2 Hz\r\n';

/** 24 rows: wire column 0 of row 0 (image column 31) is 34.6 °C; everything else 23.4 °C. */
const ROWS = `34.6, ${'23.4, '.repeat(31)}\r\n` + `${'23.4, '.repeat(32)}\r\n`.repeat(23);
const LOOP_112 = `${'='.repeat(35)}\r\nAmbient temperature = 25.93 degC\r\n\r\n\r\n${ROWS}`;
const LOOP_101 = `\r\n\r\n${ROWS}`;
const ART_ROWS = `${'-'.repeat(31)}X\r\n` + `${'-'.repeat(32)}\r\n`.repeat(23);

const FRAME_112 = {
  width: 32,
  height: 24,
  pixels: [[31, 34.6] as const],
  others: 23.4,
  ambient: 25.93,
};

export const GOLDEN: readonly GoldenVector[] = [
  {
    name: 'release 1.1.2 with PRINT_TEMPERATURES: banner, then two loops (ambient used)',
    source: SOURCE,
    bytes: ascii(BANNER + LOOP_112 + LOOP_112),
    frames: [FRAME_112, FRAME_112],
    notice: { kind: 'banner', line: 'Current frame rate: 2 Hz' },
    stats: { frames: 2, malformed: 0 },
  },
  {
    name: 'releases 1.0.1–1.1.0 with PRINT_TEMPERATURES: two empty lines before each frame',
    source: 'adafruit/Adafruit_MLX90640 releases 1.0.1–1.1.0: examples/MLX90640_simpletest',
    bytes: ascii(BANNER + LOOP_101 + LOOP_101),
    frames: [
      { ...FRAME_112, ambient: null },
      { ...FRAME_112, ambient: null },
    ],
    stats: { frames: 2, malformed: 0 },
  },
  {
    name: 'the copy stored at 0063f9f: a line of 32 dashes before each frame, no empty lines',
    source:
      'adafruit/Adafruit_MLX90640@0063f9f:examples/MLX90640_simpletest/MLX90640_simpletest.ino (`Serial.println("--------------------------------")`)',
    bytes: ascii(`${BANNER}${'-'.repeat(32)}\r\n${ROWS}${'-'.repeat(32)}\r\n${ROWS}`),
    frames: [
      { ...FRAME_112, ambient: null },
      { ...FRAME_112, ambient: null },
    ],
    stats: { frames: 2, malformed: 0 },
  },
  {
    name: 'joined in the middle of a frame: its rows are skipped, the next frame is whole',
    source: SOURCE,
    bytes: ascii(ROWS.slice(ROWS.length / 2 + 7) + LOOP_112),
    frames: [FRAME_112],
    stats: { frames: 1 },
  },
  {
    name: 'as shipped (PRINT_ASCIIART): recognised, nothing decoded, the user is told what to change',
    source: SOURCE,
    bytes: ascii(
      `${BANNER}${'='.repeat(35)}\r\nAmbient temperature = 25.93 degC\r\n\r\n\r\n${ART_ROWS}`,
    ),
    frames: [],
    notice: { kind: 'problem', line: `${'-'.repeat(32)}` },
  },
  {
    name: 'no sensor: the banner line, then "MLX90640 not found!" and nothing more',
    source: SOURCE,
    bytes: ascii('Adafruit MLX90640 Simple Test\r\nMLX90640 not found!\r\n'),
    frames: [],
    notice: { kind: 'problem', line: 'MLX90640 not found!' },
  },
  {
    name: 'a frame read error prints "Failed"; the next frame clears it',
    source: SOURCE,
    bytes: ascii(`${BANNER}Failed\r\n${LOOP_112}`),
    frames: [FRAME_112],
    notice: null,
  },
];
