// Small helpers shared by the models for their timing and boot behaviour.
import type { SensorImage } from '../encoders/types.js';
import { concatBytes } from './sensor-order.js';
import type { BootStep, FirmwareModel, LoopTiming } from './types.js';

/** A serial line moves 10 bits per byte (8N1: start, 8 data, stop). */
export function uartBytesPerS(baud: number): number {
  return baud / 10;
}

/** A frame's period: the loop's own time plus printing `frameBytes` at the line's pace. */
export function periodMsOf(
  loop: LoopTiming,
  frameBytes: number,
  lineBytesPerS: number | null,
): number {
  const printMs = lineBytesPerS === null ? 0 : (frameBytes / lineBytesPerS) * 1000;
  return loop.kind === 'periodic'
    ? Math.max(loop.periodMs, printMs)
    : loop.beforeMs + printMs + loop.afterMs;
}

export function bootBytesOf(steps: readonly BootStep[]): Uint8Array {
  return concatBytes(steps.map((s) => s.bytes));
}

/** An empty room at 25 °C: the typical frame a model's period is worked out from. */
export function roomImage(width: number, height: number, ambientC: number | null): SensorImage {
  return { width, height, pixels: new Float32Array(width * height).fill(25), ambientC };
}

/**
 * A device that streams without a sketch (a module's own MCU, a USB camera): nothing printed at
 * power-up, no reset or wait when the host opens the port, never halted.
 */
export const SILENT_POWER_UP = {
  bootSteps: (): readonly BootStep[] => [],
  bootBytes: (): Uint8Array => new Uint8Array(0),
  bootDelayMs: 0,
  resetsOnOpen: false,
  waitsForHost: false,
  halted: false,
} as const satisfies Partial<FirmwareModel>;
