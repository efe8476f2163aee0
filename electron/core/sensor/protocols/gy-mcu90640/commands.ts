// GY-MCU90640 commands (host → module), see DESIGN.md "Sensors and their wire formats":
// four bytes `A5 CMD DATA SUM`, SUM = (A5 + CMD + DATA) & 0xFF. The module does not acknowledge
// them; the kiosk sees their effect in the frame stream (rate, baud) only.
import { GY90640_FRAME_BYTES } from './decoder.js';

export const GY90640_COMMAND_START = 0xa5;
export const GY90640_COMMAND_BYTES = 4;

/** Frame rates the module supports, in Hz; the DATA byte is the index (`25 00..04`). */
export const GY90640_FRAME_RATES = [0.5, 1, 2, 4, 8] as const;
export type Gy90640FrameRate = (typeof GY90640_FRAME_RATES)[number];

/** Baud rates the module supports; the DATA byte is index + 1 (`15 01/02/03`). */
export const GY90640_BAUDS = [9600, 115200, 460800] as const;
export type Gy90640Baud = (typeof GY90640_BAUDS)[number];

export type Gy90640Mode = 'query' | 'auto';

const CMD_BAUD = 0x15;
const CMD_RATE = 0x25;
const CMD_MODE = 0x35;
const CMD_EMISSIVITY = 0x45;
const CMD_SAVE = 0x65;

/** What a command asks of the module (the simulator uses this to follow the kiosk). */
export type Gy90640Command =
  | { kind: 'frameRate'; hz: Gy90640FrameRate }
  | { kind: 'baud'; baud: Gy90640Baud }
  | { kind: 'mode'; mode: Gy90640Mode }
  /** ε as the module stores it: a whole percentage, so 0.95 not 0.951. */
  | { kind: 'emissivity'; emissivity: number }
  | { kind: 'save' };

function command(cmd: number, data: number): Uint8Array {
  return Uint8Array.of(
    GY90640_COMMAND_START,
    cmd,
    data,
    (GY90640_COMMAND_START + cmd + data) & 0xff,
  );
}

/** `A5 25 0n SUM`: 0.5 / 1 / 2 / 4 / 8 Hz. At 8 Hz the link must run at 460800 baud. */
export function frameRateCommand(hz: Gy90640FrameRate): Uint8Array {
  const index = GY90640_FRAME_RATES.indexOf(hz);
  if (index < 0) {
    throw new Error(
      `GY-MCU90640 frame rate must be one of ${GY90640_FRAME_RATES.join(', ')} Hz, got ${hz}`,
    );
  }
  return command(CMD_RATE, index);
}

/** `A5 15 0n SUM`: 9600 / 115200 / 460800 baud (the host must reopen the port at the new rate). */
export function baudCommand(baud: Gy90640Baud): Uint8Array {
  const index = GY90640_BAUDS.indexOf(baud);
  if (index < 0) {
    throw new Error(`GY-MCU90640 baud must be one of ${GY90640_BAUDS.join(', ')}, got ${baud}`);
  }
  return command(CMD_BAUD, index + 1);
}

/** `A5 35 01 DB` (query: a frame only when asked) or `A5 35 02 DC` (auto: continuous frames). */
export function modeCommand(mode: Gy90640Mode): Uint8Array {
  if (mode !== 'query' && mode !== 'auto') {
    throw new Error(`GY-MCU90640 mode must be 'query' or 'auto', got ${String(mode)}`);
  }
  return command(CMD_MODE, mode === 'query' ? 0x01 : 0x02);
}

/** `A5 45 XX SUM` with XX = round(ε × 100); ε must lie in 0.10 … 1.00. */
export function emissivityCommand(emissivity: number): Uint8Array {
  if (!Number.isFinite(emissivity) || emissivity < 0.1 - 1e-9 || emissivity > 1 + 1e-9) {
    throw new Error(`GY-MCU90640 emissivity must be between 0.10 and 1.00, got ${emissivity}`);
  }
  return command(CMD_EMISSIVITY, Math.round(emissivity * 100));
}

/** `A5 65 01 0B`: store the current settings in the module's flash. */
export function saveCommand(): Uint8Array {
  return command(CMD_SAVE, 0x01);
}

/**
 * Reads one 4-byte command. Returns null for anything else: wrong length or start byte, a bad
 * SUM, an unknown command or a DATA byte outside the command's range.
 */
export function parseGy90640Command(bytes: Uint8Array): Gy90640Command | null {
  if (bytes.length !== GY90640_COMMAND_BYTES) return null;
  const start = bytes[0]!;
  const cmd = bytes[1]!;
  const data = bytes[2]!;
  const sum = bytes[3]!;
  if (start !== GY90640_COMMAND_START || ((start + cmd + data) & 0xff) !== sum) return null;
  switch (cmd) {
    case CMD_RATE: {
      const hz = GY90640_FRAME_RATES[data];
      return hz === undefined ? null : { kind: 'frameRate', hz };
    }
    case CMD_BAUD: {
      const baud = GY90640_BAUDS[data - 1];
      return baud === undefined ? null : { kind: 'baud', baud };
    }
    case CMD_MODE:
      if (data === 0x01) return { kind: 'mode', mode: 'query' };
      if (data === 0x02) return { kind: 'mode', mode: 'auto' };
      return null;
    case CMD_EMISSIVITY:
      return data >= 10 && data <= 100 ? { kind: 'emissivity', emissivity: data / 100 } : null;
    case CMD_SAVE:
      return data === 0x01 ? { kind: 'save' } : null;
    default:
      return null;
  }
}

/**
 * Finds every valid command in bytes the host wrote (it may send several in one write, e.g. mode
 * then rate), skipping anything that is not one.
 */
export function parseGy90640Commands(bytes: Uint8Array): Gy90640Command[] {
  const out: Gy90640Command[] = [];
  let i = 0;
  while (i + GY90640_COMMAND_BYTES <= bytes.length) {
    const parsed =
      bytes[i] === GY90640_COMMAND_START
        ? parseGy90640Command(bytes.subarray(i, i + GY90640_COMMAND_BYTES))
        : null;
    if (parsed) {
      out.push(parsed);
      i += GY90640_COMMAND_BYTES;
    } else {
      i++;
    }
  }
  return out;
}

/** The supported rate closest to `hz` on a log scale (the rates double); ties go to the lower. */
export function nearestSupportedRate(hz: number): Gy90640FrameRate {
  if (!(hz > 0) || !Number.isFinite(hz)) {
    throw new Error(`A frame rate must be a positive number of Hz, got ${hz}`);
  }
  let best: Gy90640FrameRate = GY90640_FRAME_RATES[0];
  let bestDistance = Infinity;
  for (const rate of GY90640_FRAME_RATES) {
    const distance = Math.abs(Math.log2(hz / rate));
    if (distance < bestDistance - 1e-12) {
      best = rate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Bits on the wire per byte at 8N1: start + 8 data + stop. */
const BITS_PER_BYTE = 10;

/** How long one 1544-byte frame takes on the wire at `baud`: 134 ms at 115200, 1.6 s at 9600. */
export function frameTransferMs(baud: number): number {
  return (GY90640_FRAME_BYTES * BITS_PER_BYTE * 1000) / baud;
}

/**
 * The lowest supported baud whose frame time fits the frame period at `hz`: 9600 carries only
 * ~0.6 frames/s (so 0.5 Hz), 115200 up to ~7.5 (so 4 Hz), and 8 Hz needs 460800.
 */
export function minBaudForRate(hz: number): Gy90640Baud {
  if (!(hz > 0) || !Number.isFinite(hz)) {
    throw new Error(`A frame rate must be a positive number of Hz, got ${hz}`);
  }
  const periodMs = 1000 / hz;
  for (const baud of GY90640_BAUDS) {
    if (frameTransferMs(baud) <= periodMs) return baud;
  }
  throw new Error(
    `${hz} Hz is faster than the GY-MCU90640 link can carry even at ${GY90640_BAUDS.at(-1)} baud`,
  );
}
