// Adafruit's MLX90640 library example MLX90640_simpletest, emulated from its source
// (adafruit/Adafruit_MLX90640, release 1.1.2 @1850e00, examples/MLX90640_simpletest):
//
//   setup(): Serial.begin(115200); delay(100);
//            println("Adafruit MLX90640 Simple Test");
//            if (!mlx.begin(...)) { println("MLX90640 not found!"); while (1) delay(10); }
//            println("Found Adafruit MLX90640");
//            print("Serial number: "); print(sn[0], HEX); print(sn[1], HEX); println(sn[2], HEX);
//            print("Current mode: "); println("Chess");
//            print("Current resolution: "); println("18 bit");
//            print("Current frame rate: "); println("2 Hz");
//   loop():  delay(500); if (mlx.getFrame(frame) != 0) { println("Failed"); return; }
//            1.1.1+: println("===================================");        // 35 '='
//                    print("Ambient temperature = "); print(mlx.getTa(false)); println(" degC");
//            println(); println();                      // 1.0.1–1.1.0 print only these two
//            24 × (32 × (PRINT_TEMPERATURES: print(t, 1); print(", ")
//                        PRINT_ASCIIART: print(one of " .-*+x%#X&" by t)); println())
//
// As shipped the sketch #defines PRINT_ASCIIART; users switch it to PRINT_TEMPERATURES, which is
// what versions '1.1.2' and '1.0.1' here print ('ascii-art' is 1.1.2 as shipped). Rows come in
// the MLX90640's order (columns mirrored against the image).
//
// `while (!Serial) delay(10);` opens setup() in the 2019 sketch and is commented out in the 1.1.x
// one (as copies of each show); we assume 1.0.1 still waits for the host on a native-USB board.
import type { SensorImage } from '../encoders/types.js';
import { createRng } from '../prng.js';
import { type ArduinoCore, latin1, SerialOutput } from './arduino-print.js';
import type { Board } from './boards.js';
import { bootBytesOf, periodMsOf, roomImage, uartBytesPerS } from './pace.js';
import { checkImageSize, mlx90640WireOrder } from './sensor-order.js';
import type { BootStep, FirmwareFault, FirmwareModel, LoopTiming } from './types.js';

export type AdafruitMlx90640Version = '1.1.2' | '1.0.1' | 'ascii-art';

const BAUD = 115200;
/** The sketch's delay(100) after Serial.begin(). */
const SETUP_DELAY_MS = 100;
/** mlx.begin(): the EEPROM dump and parameter extraction over I2C. */
const BEGIN_MS = 100;
/** delay(500), then getFrame(): two chess subpages at 2 Hz, ~1 s. */
const LOOP_BEFORE_MS = 500 + 1000;
/** Share of loops whose getFrame() fails with the 'read-failed' fault. */
const READ_FAILURE_SHARE = 0.1;
/** The serial number the simulated sensor reports (three EEPROM words, printed in HEX). */
export const SIMULATED_SERIAL_WORDS = [0x2c4b, 0x19a7, 0x0e3f] as const;
/** getTa() when the image carries no sensor temperature. */
const DEFAULT_TA_C = 25;

/** setup()'s output when the sensor answers. */
export function adafruitMlx90640Banner(serial: readonly number[] = SIMULATED_SERIAL_WORDS): string {
  const out = new SerialOutput('arm')
    .println('Adafruit MLX90640 Simple Test')
    .println('Found Adafruit MLX90640')
    .print('Serial number: ')
    .printHex(serial[0]!)
    .printHex(serial[1]!)
    .printHex(serial[2]!)
    .println()
    .print('Current mode: ')
    .println('Chess')
    .print('Current resolution: ')
    .println('18 bit')
    .print('Current frame rate: ')
    .println('2 Hz');
  return new TextDecoder('latin1').decode(out.bytes());
}

/** The character PRINT_ASCIIART prints for t (NaN fails every `<`, so it prints '&'). */
export function asciiArtChar(t: number): string {
  if (t < 20) return ' ';
  if (t < 23) return '.';
  if (t < 25) return '-';
  if (t < 27) return '*';
  if (t < 29) return '+';
  if (t < 31) return 'x';
  if (t < 33) return '%';
  if (t < 35) return '#';
  if (t < 37) return 'X';
  return '&';
}

/** One successful loop()'s printing, for 768 values already in the MLX90640's order. */
export function printAdafruitMlx90640Loop(
  wire: Float32Array,
  ambientC: number,
  version: AdafruitMlx90640Version,
  core: ArduinoCore,
): Uint8Array {
  const out = new SerialOutput(core);
  if (version !== '1.0.1') {
    out
      .println('='.repeat(35))
      .print('Ambient temperature = ')
      .printFloat(ambientC)
      .println(' degC');
  }
  out.println().println();
  for (let h = 0; h < 24; h++) {
    for (let w = 0; w < 32; w++) {
      const t = wire[h * 32 + w]!;
      if (version === 'ascii-art') out.print(asciiArtChar(t));
      else out.printFloat(t, 1).print(', ');
    }
    out.println();
  }
  return out.bytes();
}

export function adafruitMlx90640FrameBytes(
  image: SensorImage,
  version: AdafruitMlx90640Version,
  core: ArduinoCore,
): Uint8Array {
  checkImageSize(image, 32, 24, 'Adafruit MLX90640');
  const wire = mlx90640WireOrder(image.pixels);
  return printAdafruitMlx90640Loop(wire, image.ambientC ?? DEFAULT_TA_C, version, core);
}

export function adafruitMlx90640(
  version: AdafruitMlx90640Version,
  board: Board,
  faults: ReadonlySet<FirmwareFault>,
  seed: number,
): FirmwareModel {
  const title: BootStep = {
    waitMs: SETUP_DELAY_MS,
    bytes: latin1('Adafruit MLX90640 Simple Test\r\n'),
  };
  const rest = faults.has('sensor-missing')
    ? 'MLX90640 not found!\r\n'
    : adafruitMlx90640Banner().slice(title.bytes.length);
  const steps: BootStep[] = [...board.romSteps, title, { waitMs: BEGIN_MS, bytes: latin1(rest) }];
  const loop: LoopTiming = { kind: 'sequential', beforeMs: LOOP_BEFORE_MS, afterMs: 0 };
  const lineBytesPerS = board.uart ? uartBytesPerS(BAUD) : null;
  const typical = adafruitMlx90640FrameBytes(roomImage(32, 24, 25), version, board.core).length;
  const rng = createRng(seed ^ 0x90640);
  return {
    protocol: 'adafruit-mlx90640',
    firmware:
      version === 'ascii-art'
        ? 'Adafruit MLX90640 library 1.1.2, MLX90640_simpletest as shipped (PRINT_ASCIIART)'
        : `Adafruit MLX90640 library ${version}, MLX90640_simpletest with PRINT_TEMPERATURES`,
    board: board.describe(BAUD),
    bootSteps: () => steps,
    bootBytes: () => bootBytesOf(steps),
    frameBytes: (image) =>
      faults.has('read-failed') && rng() < READ_FAILURE_SHARE
        ? latin1('Failed\r\n')
        : adafruitMlx90640FrameBytes(image, version, board.core),
    periodMs: periodMsOf(loop, typical, lineBytesPerS),
    lineBytesPerS,
    bootDelayMs: board.bootDelayMs,
    resetsOnOpen: board.resetsOnOpen,
    waitsForHost: version === '1.0.1' && !board.uart,
    halted: faults.has('sensor-missing'),
    loop,
    text: true,
    camera: null,
  };
}
