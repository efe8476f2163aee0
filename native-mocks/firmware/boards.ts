// The boards the Arduino sketches run on, as far as the host can tell them apart: whether opening
// the port resets them, how long their bootloader is silent, whether bytes cross a UART (and so
// trickle at baud/10 per second) or native USB (as fast as the host reads), and the core's
// arithmetic for printing floats.
import type { ArduinoCore } from './arduino-print.js';
import type { BoardId, BootStep } from './types.js';
import { ESP32_ROM_BOOT_TEXT } from './esp32-rom.js';
import { latin1 } from './arduino-print.js';

export interface Board {
  id: BoardId;
  core: ArduinoCore;
  resetsOnOpen: boolean;
  /** Silence after a reset by the host's open, before the sketch (or ROM) prints anything. */
  bootDelayMs: number;
  /** True when the sketch's Serial is a UART behind a USB bridge (bytes trickle at baud / 10). */
  uart: boolean;
  /** Printed by the chip itself before the sketch runs (the ESP32 ROM), with its pauses. */
  romSteps: readonly BootStep[];
  /** For the CLI: what this board is; `baud` is the sketch's Serial.begin(). */
  describe(baud: number): string;
}

const NO_ROM: readonly BootStep[] = [];

export const BOARDS: Record<BoardId, Board> = {
  // Uno-class AVR: DTR pulses RESET when the port opens; optiboot then listens ~1 s for an
  // upload before it starts the sketch. At power-up optiboot starts the sketch at once (it only
  // waits after an external reset), so the delay applies to resets on open only.
  uno: {
    id: 'uno',
    core: 'avr',
    resetsOnOpen: true,
    bootDelayMs: 1000,
    uart: true,
    romSteps: NO_ROM,
    describe: (baud) =>
      `an Uno-class board (USB-UART bridge at ${baud} baud; opening the port resets it)`,
  },
  // A board whose MCU does USB itself (SAMD21/RP2040 Feather-class): no reset on open, and the
  // host reads as fast as it likes.
  'native-usb': {
    id: 'native-usb',
    core: 'arm',
    resetsOnOpen: false,
    bootDelayMs: 0,
    uart: false,
    romSteps: NO_ROM,
    describe: () => 'a native-USB board (no reset on open)',
  },
  // Teensy 3.x/4.x (USB vendor 0x16C0): native USB, no reset on open.
  teensy: {
    id: 'teensy',
    core: 'teensy',
    resetsOnOpen: false,
    bootDelayMs: 0,
    uart: false,
    romSteps: NO_ROM,
    describe: () => 'a Teensy (native USB, no reset on open)',
  },
  // An ESP32 dev board: a CP210x/CH340 bridge whose DTR/RTS auto-reset circuit resets the chip
  // when the port opens; the ROM prints its boot text at 115200 at once, the second-stage
  // bootloader and the Arduino runtime then take ~0.3 s before setup().
  bridge: {
    id: 'bridge',
    core: 'arm',
    resetsOnOpen: true,
    bootDelayMs: 0,
    uart: true,
    romSteps: [
      { waitMs: 0, bytes: latin1(ESP32_ROM_BOOT_TEXT) },
      { waitMs: 300, bytes: new Uint8Array(0) },
    ],
    describe: (baud) =>
      `an ESP32 dev board (USB-UART bridge at ${baud} baud; opening the port resets it)`,
  },
};
