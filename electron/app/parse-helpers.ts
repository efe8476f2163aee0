// Small, strict option parsing shared by every command: each failure is one sentence that says
// what to type instead.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { PROTOCOL_IDS, type ProtocolId } from '../core/sensor/protocol-ids.js';

export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs entries for options that take a value (`--db PATH`): one name each, not a table. */
export function valueOptions<K extends string>(...names: K[]): Record<K, { type: 'string' }> {
  return Object.fromEntries(names.map((n) => [n, { type: 'string' }])) as Record<
    K,
    { type: 'string' }
  >;
}

/** parseArgs entries for on/off flags (`--json`). */
export function flagOptions<K extends string>(...names: K[]): Record<K, { type: 'boolean' }> {
  return Object.fromEntries(names.map((n) => [n, { type: 'boolean' }])) as Record<
    K,
    { type: 'boolean' }
  >;
}

export function parseStrict<T extends Options>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message.replace(/\. To specify.*$/s, '')}; see --help`,
    );
  }
}

export function integer(
  name: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

export function number(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be a number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

export function fraction(name: string, raw: string | undefined, fallback: number): number {
  return raw === undefined ? fallback : number(name, raw, 0, 1);
}

export function protocolOption(raw: string | undefined, allowAuto: true): ProtocolId | 'auto';
export function protocolOption(raw: string | undefined, allowAuto: false): ProtocolId | null;
export function protocolOption(
  raw: string | undefined,
  allowAuto: boolean,
): ProtocolId | 'auto' | null {
  if (raw === undefined) return allowAuto ? 'auto' : null;
  if (allowAuto && raw === 'auto') return 'auto';
  if ((PROTOCOL_IDS as readonly string[]).includes(raw)) return raw as ProtocolId;
  throw new UsageError(
    `unknown --protocol "${raw}"; use ${allowAuto ? 'auto, ' : ''}${PROTOCOL_IDS.join(', ')}`,
  );
}

export const COMMON_BAUDS = [9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600] as const;

export function baudOption(raw: string | undefined): number | 'auto' {
  if (raw === undefined || raw === 'auto') return 'auto';
  const value = Number(raw);
  if (!(COMMON_BAUDS as readonly number[]).includes(value)) {
    throw new UsageError(`--baud must be auto or one of ${COMMON_BAUDS.join(', ')}, got "${raw}"`);
  }
  return value;
}
