// A sensor module with its own MCU that streams binary frames over its UART (behind the user's
// USB-UART bridge) from power-up: no banner, no reset on open, a frame every period.
import { periodMsOf, SILENT_POWER_UP, uartBytesPerS } from './pace.js';
import type { FirmwareModel, LoopTiming } from './types.js';

export interface UartModuleSpec {
  protocol: 'gy-mcu90640' | 'gy-mcu90614';
  firmware: string;
  baud: number;
  rateHz: number;
  frameBytes: FirmwareModel['frameBytes'];
  /** Every frame has this size: the period cannot be shorter than its time on the wire. */
  frameSize: number;
}

export function uartModule(spec: UartModuleSpec): FirmwareModel {
  const loop: LoopTiming = { kind: 'periodic', periodMs: 1000 / spec.rateHz };
  const lineBytesPerS = uartBytesPerS(spec.baud);
  return {
    protocol: spec.protocol,
    firmware: spec.firmware,
    board: `the module's own MCU (UART at ${spec.baud} baud, streams from power-up)`,
    ...SILENT_POWER_UP,
    frameBytes: spec.frameBytes,
    periodMs: periodMsOf(loop, spec.frameSize, lineBytesPerS),
    lineBytesPerS,
    loop,
    text: false,
    camera: null,
  };
}
