// What the kiosk knows about a device and its firmware, as the firmware really behaves: one
// DeviceFacts per protocol folder (protocols/<id>/device.ts), each fact with its source.
import type { DeviceNotice } from './decoder.js';
import type { ProtocolId } from './protocol-ids.js';
import type { KnownUsbId } from './protocols/usb-ids.js';

/** A line the firmware prints that is not a frame, and what it means. */
export interface DeviceLine {
  /** The line without its line end. */
  text: string;
  /** 'prefix': the line starts with `text` (a value follows, e.g. a serial number). */
  match: 'exact' | 'prefix';
  kind: DeviceNotice['kind'];
  /** One sentence for staff; for banners, what the line tells. */
  message: string;
  /** The problem outlasts the frames that follow it (their temperatures may be wrong). */
  sticky?: boolean;
}

export interface FirmwareSource {
  /** The firmware as users know it, e.g. "Adafruit MLX90640 library, MLX90640_simpletest". */
  name: string;
  /** Which released versions print what this protocol decodes. */
  versions: string;
  /** repo@commit:path of the source the facts come from. */
  source: string;
}

export interface DeviceFacts {
  id: ProtocolId;
  label: string;
  width: number;
  height: number;
  /** Baud rates the device can be set to, most common first. */
  bauds: readonly number[];
  /**
   * Time from one frame to the next at the firmware's real pace, in ms: on its usual board, and
   * on the slowest supported setup (a UART bridge, a slow baud rate).
   */
  framePeriodMs: { typical: number; slowest: number };
  /**
   * The longest silence after the port opens before the device prints: an Arduino board that
   * resets when its port opens runs its bootloader first. 0 when the device streams at once.
   */
  openDelayMs: number;
  /** Opening the port resets the board (DTR on Uno-class and ESP32 boards): avoid reopening. */
  resetsOnOpen: boolean;
  /** The device sends nothing until the host starts it (MI48). */
  silentUntilStarted: boolean;
  /** Text (an Arduino sketch printing numbers) or binary frames. */
  text: boolean;
  /** USB ids of the device or of the boards its firmware runs on. */
  usb: readonly KnownUsbId[];
  /** Lines the firmware prints besides frames. */
  lines: readonly DeviceLine[];
  firmware: readonly FirmwareSource[];
  /** What the user must set in the sketch or on the device, or null. */
  userSetup: string | null;
}

/** The device line `line` is, if any (an exact line, or one starting with a prefix). */
export function matchDeviceLine(lines: readonly DeviceLine[], line: string): DeviceLine | null {
  for (const known of lines) {
    if (known.match === 'exact' ? line === known.text : line.startsWith(known.text)) return known;
  }
  return null;
}
