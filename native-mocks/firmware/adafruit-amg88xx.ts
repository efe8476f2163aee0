// Adafruit's AMG88xx library example pixels_test, emulated from its source
// (adafruit/Adafruit_AMG88xx@d857b8e, examples/pixels_test/pixels_test.ino):
//
//   setup(): Serial.begin(9600); println(F("AMG88xx pixels"));
//            if (!amg.begin()) { println("Could not find a valid AMG88xx sensor, check wiring!");
//                                while (1); }
//            println("-- Pixels Test --"); println(); delay(100);
//   loop():  amg.readPixels(pixels);
//            print("["); for i in 1..64 { print(pixels[i-1]); print(", "); if (i%8 == 0) println(); }
//            println("]"); println(); delay(1000);
//
// The sensor reports 12-bit values in steps of 0.25 °C (readPixels multiplies by 0.25), so every
// value printed is a multiple of 0.25. Pixels go out in image order (no mirroring).
import type { SensorImage } from '../encoders/types.js';
import { type ArduinoCore, latin1, SerialOutput } from './arduino-print.js';
import type { Board } from './boards.js';
import { bootBytesOf, periodMsOf, roomImage, uartBytesPerS } from './pace.js';
import { checkImageSize } from './sensor-order.js';
import type { BootStep, FirmwareFault, FirmwareModel, LoopTiming } from './types.js';

const BAUD = 9600;
/** amg.begin(): mode, reset, interrupts, frame rate, then its own delay(100). */
const BEGIN_MS = 110;
/** setup()'s last delay(100). */
const SETUP_TAIL_MS = 100;
/** readPixels(): 128 bytes over 100 kHz I2C. */
const READ_PIXELS_MS = 15;
const LOOP_DELAY_MS = 1000;
/** The largest magnitude a 12-bit sign-magnitude reading can hold: 2047 × 0.25 °C. */
const MAX_READING_C = 511.75;

export const ADAFRUIT_AMG88XX_NOT_FOUND = 'Could not find a valid AMG88xx sensor, check wiring!';

/** What readPixels() returns for a scene temperature: a 0.25 °C step, within ±511.75 °C. */
export function amg88xxReading(celsius: number): number {
  // The sensor always returns a number; a NaN in a synthetic image reads as 0.
  if (Number.isNaN(celsius)) return 0;
  const clamped = Math.max(-MAX_READING_C, Math.min(MAX_READING_C, celsius));
  return Math.round(clamped * 4) / 4;
}

/** One loop()'s printing for 64 values as readPixels() returned them. */
export function printAmg88xxLoop(pixels: Float32Array, core: ArduinoCore): Uint8Array {
  const out = new SerialOutput(core).print('[');
  for (let i = 1; i <= pixels.length; i++) {
    out.printFloat(pixels[i - 1]!).print(', ');
    if (i % 8 === 0) out.println();
  }
  return out.println(']').println().bytes();
}

export function amg88xxFrameBytes(image: SensorImage, core: ArduinoCore): Uint8Array {
  checkImageSize(image, 8, 8, 'Adafruit AMG88xx');
  return printAmg88xxLoop(image.pixels.map(amg88xxReading), core);
}

export function adafruitAmg88xx(board: Board, faults: ReadonlySet<FirmwareFault>): FirmwareModel {
  const found = faults.has('sensor-missing')
    ? `${ADAFRUIT_AMG88XX_NOT_FOUND}\r\n`
    : '-- Pixels Test --\r\n\r\n';
  const steps: BootStep[] = [
    ...board.romSteps,
    { waitMs: 0, bytes: latin1('AMG88xx pixels\r\n') },
    { waitMs: BEGIN_MS, bytes: latin1(found) },
    { waitMs: SETUP_TAIL_MS, bytes: new Uint8Array(0) },
  ];
  const loop: LoopTiming = {
    kind: 'sequential',
    beforeMs: READ_PIXELS_MS,
    afterMs: LOOP_DELAY_MS,
  };
  const lineBytesPerS = board.uart ? uartBytesPerS(BAUD) : null;
  const typical = amg88xxFrameBytes(roomImage(8, 8, null), board.core).length;
  return {
    protocol: 'adafruit-amg88xx',
    firmware: 'Adafruit AMG88xx library example pixels_test (d857b8e)',
    board: board.describe(BAUD),
    bootSteps: () => steps,
    bootBytes: () => bootBytesOf(steps),
    frameBytes: (image) => amg88xxFrameBytes(image, board.core),
    periodMs: periodMsOf(loop, typical, lineBytesPerS),
    lineBytesPerS,
    bootDelayMs: board.bootDelayMs,
    resetsOnOpen: board.resetsOnOpen,
    waitsForHost: false,
    halted: faults.has('sensor-missing'),
    loop,
    text: true,
    camera: null,
  };
}
