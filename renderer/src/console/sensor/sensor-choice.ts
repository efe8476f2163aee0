// The sensor form's rules: 'auto' tries every protocol and baud rate, a chosen protocol offers its
// own rates, and any typed path is accepted (pseudo-terminals and some adapters are never listed).
import type { SensorChoice, SensorOptions } from '@contract/staff.js';

export const AUTO = 'auto';

/** The baud rates to offer after "auto" for a protocol ('auto' or unknown: none). */
export function baudsFor(options: SensorOptions | null, protocol: string): number[] {
  if (protocol === AUTO) return [];
  return options?.protocols.find((p) => p.id === protocol)?.bauds ?? [];
}

/** The baud to keep when the protocol changes: the same one if the new protocol has it. */
export function keptBaud(options: SensorOptions | null, protocol: string, baud: string): string {
  return baudsFor(options, protocol).some((b) => String(b) === baud) ? baud : AUTO;
}

export type ChoiceResult = { ok: true; choice: SensorChoice } | { ok: false; problem: 'no-path' };

export function readSensorChoice(path: string, protocol: string, baud: string): ChoiceResult {
  const trimmed = path.trim();
  if (trimmed === '') return { ok: false, problem: 'no-path' };
  return {
    ok: true,
    choice: { path: trimmed, protocol, baud: baud === AUTO ? null : Number(baud) },
  };
}
