// Options shared by `kiosk start`, `kiosk demo` and the Electron entry: parsed once, checked
// once, with messages that say what to type instead.
import { parseArgs } from 'node:util';
import { defaultDatabasePath } from './paths.js';

export interface KioskRunOptions {
  demo: boolean;
  db: string;
  /** Live mode: the sensor's serial port (pseudo-terminals must be given by hand). */
  sensor: string | null;
  baud: number;
  /** Browser kiosk: port of the local host (0 = any free port). */
  port: number;
  noBrowser: boolean;
  /** Use the browser kiosk even where Electron is installed. */
  browserKiosk: boolean;
  /** Demo: who walks past. */
  sequence: string | null;
  people: number | null;
  feverRate: number;
  retryRate: number;
  seed: number;
  rate: number | null;
  headless: boolean;
}

export class UsageError extends Error {}

const SPEC = {
  db: { type: 'string' },
  sensor: { type: 'string' },
  baud: { type: 'string' },
  port: { type: 'string' },
  'no-browser': { type: 'boolean' },
  'browser-kiosk': { type: 'boolean' },
  sequence: { type: 'string' },
  people: { type: 'string' },
  'fever-rate': { type: 'string' },
  'retry-rate': { type: 'string' },
  seed: { type: 'string' },
  rate: { type: 'string' },
  headless: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseRunOptions(
  argv: string[],
  demo: boolean,
): KioskRunOptions & { help: boolean } {
  let values: ReturnType<typeof parseArgs<{ options: typeof SPEC; strict: true }>>['values'];
  try {
    ({ values } = parseArgs({ args: argv, options: SPEC, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message.replace(/\. To specify.*$/s, '')}; see --help`,
    );
  }
  const demoOnly = [
    'sequence',
    'people',
    'fever-rate',
    'retry-rate',
    'seed',
    'rate',
    'headless',
  ] as const;
  for (const key of demoOnly) {
    if (!demo && values[key] !== undefined)
      throw new UsageError(`--${key} is a demo option: use \`kiosk demo --${key}\``);
  }
  if (values.sequence !== undefined && values.people !== undefined) {
    throw new UsageError('give either --sequence or --people, not both');
  }
  const options = {
    help: values.help ?? false,
    demo,
    db: values.db ?? defaultDatabasePath(),
    sensor: values.sensor ?? null,
    baud: integer('baud', values.baud, 115200, 1200, 4_000_000),
    port: integer('port', values.port, 0, 0, 65535),
    noBrowser: values['no-browser'] ?? false,
    browserKiosk: values['browser-kiosk'] ?? false,
    sequence: values.sequence ?? null,
    people: values.people === undefined ? null : integer('people', values.people, 0, 1, 1_000_000),
    feverRate: fraction('fever-rate', values['fever-rate'], 0.1),
    retryRate: fraction('retry-rate', values['retry-rate'], 0.05),
    seed: integer('seed', values.seed, 1, 0, 2 ** 32 - 1),
    rate: values.rate === undefined ? null : number('rate', values.rate, 0.5, 5000),
    headless: values.headless ?? false,
  };
  if (options.feverRate + options.retryRate > 1) {
    throw new UsageError('--fever-rate plus --retry-rate must not exceed 1');
  }
  if (options.headless && options.sequence === null && options.people === null) {
    throw new UsageError(
      '--headless needs people to walk past: add --people N (or --sequence normal,fever)',
    );
  }
  return options;
}

function integer(
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

function number(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be a number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function fraction(name: string, raw: string | undefined, fallback: number): number {
  return raw === undefined ? fallback : number(name, raw, 0, 1);
}
