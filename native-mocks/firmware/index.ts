// The simulated boards, one model per firmware, written from each firmware's own source: what
// they print from reset to the first frame, what one loop prints for an image, and their real
// pace. `createFirmware(protocol, options)` picks the version, board and faults.
import type { ProtocolId } from '../../electron/core/sensor/protocol-ids.js';
import { adafruitAmg88xx } from './adafruit-amg88xx.js';
import { adafruitMlx90640, type AdafruitMlx90640Version } from './adafruit-mlx90640.js';
import { BOARDS } from './boards.js';
import { gyMcu90614 } from './gy-mcu90614.js';
import { gyMcu90640 } from './gy-mcu90640.js';
import { mi48 } from './mi48.js';
import { sparkfunMlx90640 } from './sparkfun-mlx90640.js';
import type { BoardId, FirmwareFault, FirmwareModel, FirmwareOptions } from './types.js';

export type {
  BoardId,
  BootStep,
  FirmwareFault,
  FirmwareModel,
  FirmwareOptions,
  LoopTiming,
} from './types.js';
export { Mi48Camera, type Mi48CameraOptions } from './mi48-camera.js';
export { printFloat, printHex, printInt, type ArduinoCore } from './arduino-print.js';

export interface FirmwareChoices {
  /** `--firmware` values; the first is the default. */
  versions: readonly string[];
  /** `--board` values; the first is the default; empty: the device is its own board. */
  boards: readonly BoardId[];
  faults: readonly FirmwareFault[];
}

export const FIRMWARE_CHOICES: Record<ProtocolId, FirmwareChoices> = {
  'gy-mcu90640': { versions: ['stock'], boards: [], faults: [] },
  'gy-mcu90614': { versions: ['stock'], boards: [], faults: [] },
  'sparkfun-mlx90640': {
    versions: ['example2'],
    boards: ['teensy', 'bridge'],
    faults: ['sensor-missing', 'eeprom-failed'],
  },
  'adafruit-mlx90640': {
    versions: ['1.1.2', '1.0.1', 'ascii-art'],
    boards: ['uno', 'native-usb'],
    faults: ['sensor-missing', 'read-failed'],
  },
  'adafruit-amg88xx': {
    versions: ['pixels_test'],
    boards: ['uno', 'native-usb'],
    faults: ['sensor-missing'],
  },
  mi48: { versions: ['stock'], boards: [], faults: ['no-ack', 'short-body', 'already-streaming'] },
};

/**
 * The board `protocol`'s firmware runs on, as configured. Throws one sentence naming the
 * accepted values when a version, board or fault does not apply to the protocol.
 */
export function createFirmware(protocol: ProtocolId, options: FirmwareOptions = {}): FirmwareModel {
  const choices = FIRMWARE_CHOICES[protocol];
  const version = options.version ?? choices.versions[0]!;
  if (!choices.versions.includes(version)) {
    throw new Error(
      `--firmware for ${protocol} must be ${oneOf(choices.versions)}, got "${version}"`,
    );
  }
  const boardId = options.board ?? choices.boards[0];
  if (options.board !== undefined && !choices.boards.includes(options.board)) {
    throw new Error(
      choices.boards.length === 0
        ? `--board does not apply to ${protocol} (the device is its own board), got "${options.board}"`
        : `--board for ${protocol} must be ${oneOf(choices.boards)}, got "${options.board}"`,
    );
  }
  for (const fault of options.faults ?? []) {
    if (!choices.faults.includes(fault)) {
      throw new Error(
        choices.faults.length === 0
          ? `--fault does not apply to ${protocol}, got "${fault}"`
          : `--fault for ${protocol} must be ${oneOf(choices.faults)}, got "${fault}"`,
      );
    }
  }
  const faults = new Set(options.faults ?? []);
  const seed = options.seed ?? 1;
  switch (protocol) {
    case 'gy-mcu90640':
      return gyMcu90640();
    case 'gy-mcu90614':
      return gyMcu90614();
    case 'sparkfun-mlx90640':
      return sparkfunMlx90640(BOARDS[boardId!], faults);
    case 'adafruit-mlx90640':
      return adafruitMlx90640(version as AdafruitMlx90640Version, BOARDS[boardId!], faults, seed);
    case 'adafruit-amg88xx':
      return adafruitAmg88xx(BOARDS[boardId!], faults);
    case 'mi48':
      return mi48(faults, seed);
  }
}

/** Every fault any protocol offers (for parsing `--fault` before the protocol is checked). */
export const FIRMWARE_FAULTS: readonly FirmwareFault[] = [
  ...new Set(Object.values(FIRMWARE_CHOICES).flatMap((c) => c.faults)),
];

export function isFirmwareFault(value: string): value is FirmwareFault {
  return (FIRMWARE_FAULTS as readonly string[]).includes(value);
}

export function isBoardId(value: string): value is BoardId {
  return value in BOARDS;
}

function oneOf(values: readonly string[]): string {
  return values.length === 1
    ? `${values[0]} (its only one)`
    : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}
