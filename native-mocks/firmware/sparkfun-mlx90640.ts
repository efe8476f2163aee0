// SparkFun's MLX90640 sketch Example2_OutputToProcessing, emulated from its source
// (sparkfun/SparkFun_MLX90640_Arduino_Example@e462150
// Firmware/Example2_OutputToProcessing/Example2_OutputToProcessing.ino):
//
//   setup(): Serial.begin(115200); while (!Serial);   // banner println is commented out
//            if (isConnected() == false) { println("MLX90640 not detected at default I2C
//              address. Please check wiring. Freezing."); while (1); }
//            MLX90640_DumpEE(...) != 0 → println("Failed to load system parameters")
//            MLX90640_ExtractParameters(...) != 0 → println("Parameter extraction failed")
//            MLX90640_SetRefreshRate(0x03)              // 4 Hz
//   loop():  2 × (GetFrameData, CalculateTo)            // two subpages, ~0.5 s at 4 Hz
//            768 × (print(mlx90640To[x], 2); print(",")); println("");
//
// Values go out in the MLX90640's order (columns mirrored against the image).
import type { SensorImage } from '../encoders/types.js';
import { type ArduinoCore, latin1, SerialOutput } from './arduino-print.js';
import type { Board } from './boards.js';
import { bootBytesOf, periodMsOf, roomImage, uartBytesPerS } from './pace.js';
import { checkImageSize, mlx90640WireOrder } from './sensor-order.js';
import type { BootStep, FirmwareFault, FirmwareModel, LoopTiming } from './types.js';

const BAUD = 115200;
/** Two subpages at the 4 Hz refresh rate setup() sets: one every 250 ms. */
const TWO_SUBPAGES_MS = 500;
/** MLX90640_DumpEE: 832 words over 400 kHz I2C, ~45 ms; ExtractParameters ~15 ms. */
const DUMP_EE_MS = 45;
const EXTRACT_MS = 15;

export const SPARKFUN_NOT_DETECTED =
  'MLX90640 not detected at default I2C address. Please check wiring. Freezing.';
export const SPARKFUN_LOAD_FAILED = 'Failed to load system parameters';
export const SPARKFUN_EXTRACT_FAILED = 'Parameter extraction failed';

/** One loop()'s printing, for 768 values already in the MLX90640's order. */
export function printSparkfunLoop(wire: Float32Array, core: ArduinoCore): Uint8Array {
  const out = new SerialOutput(core);
  for (let x = 0; x < wire.length; x++) out.printFloat(wire[x]!, 2).print(',');
  return out.println('').bytes();
}

export function sparkfunFrameBytes(image: SensorImage, core: ArduinoCore): Uint8Array {
  checkImageSize(image, 32, 24, 'SparkFun MLX90640');
  return printSparkfunLoop(mlx90640WireOrder(image.pixels), core);
}

export function sparkfunMlx90640(board: Board, faults: ReadonlySet<FirmwareFault>): FirmwareModel {
  const setup: BootStep[] = faults.has('sensor-missing')
    ? [{ waitMs: 0, bytes: latin1(`${SPARKFUN_NOT_DETECTED}\r\n`) }]
    : faults.has('eeprom-failed')
      ? [
          { waitMs: DUMP_EE_MS, bytes: latin1(`${SPARKFUN_LOAD_FAILED}\r\n`) },
          { waitMs: EXTRACT_MS, bytes: latin1(`${SPARKFUN_EXTRACT_FAILED}\r\n`) },
        ]
      : [{ waitMs: DUMP_EE_MS + EXTRACT_MS, bytes: new Uint8Array(0) }];
  const steps = [...board.romSteps, ...setup];
  const loop: LoopTiming = { kind: 'sequential', beforeMs: TWO_SUBPAGES_MS, afterMs: 0 };
  const lineBytesPerS = board.uart ? uartBytesPerS(BAUD) : null;
  const typical = sparkfunFrameBytes(roomImage(32, 24, null), board.core).length;
  return {
    protocol: 'sparkfun-mlx90640',
    firmware: 'SparkFun MLX90640 Example2_OutputToProcessing (e462150)',
    board: board.describe(BAUD),
    bootSteps: () => steps,
    bootBytes: () => bootBytesOf(steps),
    frameBytes: (image) => sparkfunFrameBytes(image, board.core),
    periodMs: periodMsOf(loop, typical, lineBytesPerS),
    lineBytesPerS,
    bootDelayMs: board.bootDelayMs,
    resetsOnOpen: board.resetsOnOpen,
    // `while (!Serial);` waits for the host only where Serial is USB (on a UART it is true).
    waitsForHost: !board.uart,
    halted: faults.has('sensor-missing'),
    loop,
    text: true,
    camera: null,
  };
}
