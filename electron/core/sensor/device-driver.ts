// What the host does to a device once its port is open and before it closes: start the MI48
// streaming (and stop it), set the GY-MCU90640's frame rate. Most devices need nothing.
import type { FrameDecoder } from './decoder.js';
import { frameRateCommand, minBaudForRate, modeCommand } from './protocols/gy-mcu90640/commands.js';
import { Mi48Decoder } from './protocols/mi48/decoder.js';
import { Mi48Session } from './protocols/mi48/session.js';

export interface DeviceDriver {
  /** Starts the device streaming; resolves with one sentence about a problem, or null. */
  start(): Promise<string | null>;
  /** Leaves the device as the kiosk found it (not streaming), before the port closes. */
  stop(): Promise<void>;
}

export interface DriverOptions {
  write: (bytes: Uint8Array) => Promise<void>;
  baud: number;
  /** GY-MCU90640: the frame rate to set (0.5, 1, 2, 4 or 8 Hz), or null to leave it. */
  rateHz?: 0.5 | 1 | 2 | 4 | 8 | null;
  ackTimeoutMs?: number;
}

const NOTHING: DeviceDriver = { start: () => Promise.resolve(null), stop: () => Promise.resolve() };

export function createDriver(decoder: FrameDecoder, options: DriverOptions): DeviceDriver {
  if (decoder instanceof Mi48Decoder) {
    return new Mi48Session(decoder, options.write, { ackTimeoutMs: options.ackTimeoutMs });
  }
  const rate = options.rateHz;
  if (decoder.protocol === 'gy-mcu90640' && rate) {
    return {
      async start() {
        await options.write(new Uint8Array([...modeCommand('auto'), ...frameRateCommand(rate)]));
        const needed = minBaudForRate(rate);
        return options.baud < needed
          ? `${rate} Hz needs ${needed} baud; at ${options.baud} baud the module sends fewer frames`
          : null;
      },
      stop: () => Promise.resolve(),
    };
  }
  return NOTHING;
}
