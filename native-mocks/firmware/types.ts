// What a simulated board is: its firmware's output (boot text, one loop's output per image) and
// its timing, as the real firmware on its real board behaves. One model per firmware file.
import type { ProtocolId } from '../../electron/core/sensor/protocol-ids.js';
import type { SensorImage } from '../encoders/types.js';
import type { Mi48Camera } from './mi48-camera.js';

/** A board the sketches run on (`--board`). */
export type BoardId = 'uno' | 'native-usb' | 'teensy' | 'bridge';

/** Faults that are the firmware's own behaviour (`--fault`), as opposed to line noise. */
export type FirmwareFault =
  /** The sketch prints its "not found" line in setup() and halts. */
  | 'sensor-missing'
  /** SparkFun: the EEPROM dump fails; the sketch prints its two complaints and goes on. */
  | 'eeprom-failed'
  /** Adafruit MLX90640: getFrame() fails now and then; that loop prints "Failed". */
  | 'read-failed'
  /** MI48: the camera never answers a command (no ack, no effect). */
  | 'no-ack'
  /** MI48: now and then a GFRA body is shorter than its LENGTH field. */
  | 'short-body'
  /** MI48: the camera is already streaming when the simulator starts (left on by another host). */
  | 'already-streaming';

export interface FirmwareOptions {
  /** `--firmware`: a version the protocol offers (see FIRMWARE_CHOICES); default its first. */
  version?: string;
  /** `--board`: a board the protocol offers; default its first. */
  board?: BoardId;
  faults?: readonly FirmwareFault[];
  /** Seeds the faults that happen now and then (read-failed, short-body). */
  seed?: number;
}

/** Wait, then print: one stretch of what the board does between a reset and its first frame. */
export interface BootStep {
  waitMs: number;
  bytes: Uint8Array;
}

/**
 * How loop() spends its time besides printing.
 * - 'sequential': an Arduino loop: `beforeMs` (sensor read, delay()), print, `afterMs`.
 * - 'periodic': a module that sends a frame every `periodMs` while it measures the next.
 */
export type LoopTiming =
  | { kind: 'sequential'; beforeMs: number; afterMs: number }
  | { kind: 'periodic'; periodMs: number };

export interface FirmwareModel {
  protocol: ProtocolId;
  /** The firmware, e.g. "Adafruit MLX90640 library 1.1.2, MLX90640_simpletest". */
  firmware: string;
  /** The board, e.g. "an Uno-class board behind a USB-UART bridge at 9600 baud". */
  board: string;
  /** Exactly what the board prints from a reset until its first frame. */
  bootBytes(): Uint8Array;
  /** The same, with the pauses between the prints (bootBytes() is their bytes joined). */
  bootSteps(): readonly BootStep[];
  /** Exactly one loop iteration's output for an image (in image order, °C). */
  frameBytes(image: SensorImage): Uint8Array;
  /** A frame's real period, from one frame's start to the next, printing included. */
  periodMs: number;
  /** Bytes per second on the serial line (baud / 10) behind a UART; null for native USB. */
  lineBytesPerS: number | null;
  /** Silence after the host's open resets the board (its bootloader), before setup() runs. */
  bootDelayMs: number;
  /** Opening the port resets the board (DTR auto-reset). */
  resetsOnOpen: boolean;
  /** setup() waits for the host to open the port (`while (!Serial)` on a native-USB board). */
  waitsForHost: boolean;
  /** setup() never returns (a halt after "sensor not found"): no frames. */
  halted: boolean;
  loop: LoopTiming;
  /** Text (a sketch printing numbers) or binary frames. */
  text: boolean;
  /** The MI48's command-driven camera; null for everything else. */
  camera: Mi48Camera | null;
}
