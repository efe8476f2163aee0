// The Arduino sketches as simulated boards, byte for byte against text transcribed by hand from
// each sketch's print statements (see the comments at the top of native-mocks/firmware/*.ts for
// the statements). Never against the kiosk's decoders.
import { describe, expect, it } from 'vitest';
import type { SensorImage } from '../../native-mocks/encoders/types.js';
import { createFirmware } from '../../native-mocks/firmware/index.js';

const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

/** A 32×24 image of 25 °C with the given pixels (image order: row, column from the left). */
function mlxImage(set: [row: number, col: number, c: number][], ambientC: number | null) {
  const pixels = new Float32Array(768).fill(25);
  for (const [row, col, c] of set) pixels[row * 32 + col] = c;
  return { width: 32, height: 24, pixels, ambientC } satisfies SensorImage;
}

describe('SparkFun Example2_OutputToProcessing', () => {
  it('prints nothing from reset when all is well (the banner println is commented out)', () => {
    const board = createFirmware('sparkfun-mlx90640');
    expect(text(board.bootBytes())).toBe('');
    expect(board.halted).toBe(false);
  });

  it('prints one line of 768 `print(t, 2)` + "," in the MLX90640 order, then "\\r\\n"', () => {
    // Image (0,31) is the sensor's first value, image (0,0) the 32nd: columns are mirrored.
    const image = mlxImage(
      [
        [0, 31, 36.6],
        [0, 0, 12.25],
        [5, 0, -3.456],
        [23, 15, Number.NaN],
      ],
      null,
    );
    const row = '25.00,'.repeat(32);
    const expected =
      '36.60,' +
      '25.00,'.repeat(30) +
      '12.25,' +
      row.repeat(4) +
      '25.00,'.repeat(31) +
      '-3.46,' +
      row.repeat(17) +
      '25.00,'.repeat(16) +
      'nan,' +
      '25.00,'.repeat(15) +
      '\r\n';
    for (const board of ['teensy', 'bridge'] as const) {
      expect(text(createFirmware('sparkfun-mlx90640', { board }).frameBytes(image))).toBe(expected);
    }
  });

  it('halts after its not-detected line when the sensor does not answer', () => {
    const board = createFirmware('sparkfun-mlx90640', { faults: ['sensor-missing'] });
    expect(text(board.bootBytes())).toBe(
      'MLX90640 not detected at default I2C address. Please check wiring. Freezing.\r\n',
    );
    expect(board.halted).toBe(true);
  });

  it('complains twice and goes on when the EEPROM dump fails', () => {
    const board = createFirmware('sparkfun-mlx90640', { faults: ['eeprom-failed'] });
    expect(text(board.bootBytes())).toBe(
      'Failed to load system parameters\r\nParameter extraction failed\r\n',
    );
    expect(board.halted).toBe(false);
  });

  it('runs at ~2 frames/s on a Teensy and ~1/s behind a 115200-baud bridge (an ESP32 that resets)', () => {
    const teensy = createFirmware('sparkfun-mlx90640', { board: 'teensy' });
    expect(teensy).toMatchObject({ lineBytesPerS: null, resetsOnOpen: false, waitsForHost: true });
    expect(teensy.periodMs).toBe(500);
    const bridge = createFirmware('sparkfun-mlx90640', { board: 'bridge' });
    expect(bridge).toMatchObject({ lineBytesPerS: 11520, resetsOnOpen: true, waitsForHost: false });
    // 500 ms for two subpages + 4610 bytes at 11520 bytes/s.
    expect(bridge.periodMs).toBeCloseTo(500 + (4610 / 11520) * 1000, 0);
    // The ESP32's ROM talks first on every reset; the sketch itself prints nothing.
    const boot = text(bridge.bootBytes());
    expect(boot.startsWith('ets ')).toBe(true);
    expect(boot.endsWith('entry 0x400805e4\r\n')).toBe(true);
  });
});

describe('Adafruit MLX90640_simpletest', () => {
  const BANNER =
    'Adafruit MLX90640 Simple Test\r\n' +
    'Found Adafruit MLX90640\r\n' +
    // print(0x2C4B, HEX) print(0x19A7, HEX) println(0x0E3F, HEX): no leading zeros.
    'Serial number: 2C4B19A7E3F\r\n' +
    'Current mode: Chess\r\n' +
    'Current resolution: 18 bit\r\n' +
    'Current frame rate: 2 Hz\r\n';
  const EQUALS = '===================================';
  const image = mlxImage(
    [
      [0, 31, 36.6],
      [0, 0, 12.25],
      [23, 0, Number.NaN],
    ],
    25.93,
  );
  const rows =
    '36.6, ' +
    '25.0, '.repeat(30) +
    '12.3, ' +
    '\r\n' +
    ('25.0, '.repeat(32) + '\r\n').repeat(22) +
    '25.0, '.repeat(31) +
    'nan, ' +
    '\r\n';

  it('prints its banner from reset, the same in every version', () => {
    for (const version of ['1.1.2', '1.0.1', 'ascii-art']) {
      expect(text(createFirmware('adafruit-mlx90640', { version }).bootBytes())).toBe(BANNER);
    }
  });

  it('1.1.2: 35 "=", the ambient line, two empty lines, then 24 rows of `print(t, 1)` + ", "', () => {
    expect(EQUALS).toHaveLength(35);
    const board = createFirmware('adafruit-mlx90640', { version: '1.1.2' });
    expect(text(board.frameBytes(image))).toBe(
      `${EQUALS}\r\nAmbient temperature = 25.93 degC\r\n\r\n\r\n${rows}`,
    );
  });

  it('1.0.1: only the two empty lines before the rows', () => {
    const board = createFirmware('adafruit-mlx90640', { version: '1.0.1' });
    expect(text(board.frameBytes(image))).toBe(`\r\n\r\n${rows}`);
  });

  it('as shipped (PRINT_ASCIIART): one character per pixel from " .-*+x%#X&"', () => {
    // Wire order: the sensor's first values are the image's right-hand columns.
    const values = [19.9, 20, 22.9, 23, 25, 27, 29, 31, 33, 35, 37, Number.NaN];
    const art = mlxImage(
      values.map((c, w): [number, number, number] => [0, 31 - w, c]),
      21.5,
    );
    const board = createFirmware('adafruit-mlx90640', { version: 'ascii-art' });
    expect(text(board.frameBytes(art))).toBe(
      `${EQUALS}\r\nAmbient temperature = 21.50 degC\r\n\r\n\r\n` +
        ' ..-*+x%#X&&' +
        '*'.repeat(20) +
        '\r\n' +
        ('*'.repeat(32) + '\r\n').repeat(23),
    );
  });

  it('halts after "MLX90640 not found!"', () => {
    const board = createFirmware('adafruit-mlx90640', { faults: ['sensor-missing'] });
    expect(text(board.bootBytes())).toBe(
      'Adafruit MLX90640 Simple Test\r\nMLX90640 not found!\r\n',
    );
    expect(board.halted).toBe(true);
  });

  it('prints "Failed" for a loop whose getFrame() fails', () => {
    const board = createFirmware('adafruit-mlx90640', { faults: ['read-failed'], seed: 3 });
    const loops = Array.from({ length: 60 }, () => text(board.frameBytes(image)));
    expect(loops).toContain('Failed\r\n');
    expect(loops.filter((l) => l.startsWith(EQUALS)).length).toBeGreaterThan(40);
  });

  it('takes ~1.9 s a frame on an Uno-class board that resets on open, ~1.5 s on native USB', () => {
    const uno = createFirmware('adafruit-mlx90640');
    expect(uno).toMatchObject({ lineBytesPerS: 11520, resetsOnOpen: true, bootDelayMs: 1000 });
    expect(uno.periodMs).toBeGreaterThan(1800);
    expect(uno.periodMs).toBeLessThan(2000);
    const usb = createFirmware('adafruit-mlx90640', { board: 'native-usb' });
    expect(usb).toMatchObject({ lineBytesPerS: null, resetsOnOpen: false, periodMs: 1500 });
  });
});

describe('Adafruit AMG88xx pixels_test', () => {
  it('prints its banner from reset', () => {
    const board = createFirmware('adafruit-amg88xx');
    expect(text(board.bootBytes())).toBe('AMG88xx pixels\r\n-- Pixels Test --\r\n\r\n');
  });

  it('prints "[", 64 values (2 decimals, steps of 0.25 °C) eight a line, "]" and an empty line', () => {
    const pixels = new Float32Array(64).fill(25);
    pixels[0] = 36.6; // the sensor reads 36.50
    pixels[1] = 23.2; // 23.25
    pixels[9] = 9.87; // 9.75
    pixels[63] = -1.1; // -1.00
    const board = createFirmware('adafruit-amg88xx');
    const frame = text(board.frameBytes({ width: 8, height: 8, pixels, ambientC: null }));
    expect(frame).toBe(
      '[36.50, 23.25, 25.00, 25.00, 25.00, 25.00, 25.00, 25.00, \r\n' +
        '25.00, 9.75, 25.00, 25.00, 25.00, 25.00, 25.00, 25.00, \r\n' +
        '25.00, 25.00, 25.00, 25.00, 25.00, 25.00, 25.00, 25.00, \r\n'.repeat(5) +
        '25.00, 25.00, 25.00, 25.00, 25.00, 25.00, 25.00, -1.00, \r\n' +
        ']\r\n' +
        '\r\n',
    );
  });

  it('halts after its could-not-find line', () => {
    const board = createFirmware('adafruit-amg88xx', { faults: ['sensor-missing'] });
    expect(text(board.bootBytes())).toBe(
      'AMG88xx pixels\r\nCould not find a valid AMG88xx sensor, check wiring!\r\n',
    );
    expect(board.halted).toBe(true);
  });

  it('takes ~1.5 s a frame at 9600 baud on an Uno (resets on open), ~1 s on native USB', () => {
    const uno = createFirmware('adafruit-amg88xx');
    expect(uno).toMatchObject({ lineBytesPerS: 960, resetsOnOpen: true, bootDelayMs: 1000 });
    // 470 bytes at 960 bytes/s, delay(1000), readPixels().
    expect(uno.periodMs).toBeGreaterThan(1450);
    expect(uno.periodMs).toBeLessThan(1550);
    const usb = createFirmware('adafruit-amg88xx', { board: 'native-usb' });
    expect(usb).toMatchObject({ lineBytesPerS: null, resetsOnOpen: false });
    expect(usb.periodMs).toBeLessThan(1100);
  });
});

describe('choosing firmware, board and faults', () => {
  it.each([
    [
      'adafruit-mlx90640',
      { version: '1.2' },
      /--firmware for adafruit-mlx90640 must be 1.1.2, 1.0.1 or ascii-art, got "1.2"/,
    ],
    [
      'sparkfun-mlx90640',
      { board: 'uno' },
      /--board for sparkfun-mlx90640 must be teensy or bridge, got "uno"/,
    ],
    ['gy-mcu90640', { board: 'uno' }, /--board does not apply to gy-mcu90640/],
    ['mi48', { faults: ['sensor-missing'] }, /--fault for mi48 must be no-ack, short-body or/],
  ] as const)('%s %j is refused in one sentence', (protocol, options, message) => {
    expect(() => createFirmware(protocol, options)).toThrow(message);
  });
});
