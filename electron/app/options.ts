// Options shared by `kiosk start`, `kiosk demo` and the Electron entry: parsed once, checked
// once, with messages that say what to type instead.
import type { ProtocolId } from '../core/sensor/protocol-ids.js';
import {
  baudOption,
  fraction,
  integer,
  number,
  parseStrict,
  protocolOption,
  UsageError,
} from './parse-helpers.js';
import { defaultDatabasePath } from './paths.js';

export { UsageError };

/** The GY-MCU90640's frame rates. */
export const MODULE_RATES = [0.5, 1, 2, 4, 8] as const;
export type ModuleRate = (typeof MODULE_RATES)[number];

export interface KioskRunOptions {
  demo: boolean;
  db: string;
  /** Live mode: the sensor's serial port (pseudo-terminals must be given by hand). */
  sensor: string | null;
  protocol: ProtocolId | 'auto';
  baud: number | 'auto';
  /** Browser kiosk: port of the local host (0 = any free port). */
  port: number;
  noBrowser: boolean;
  /** Use the browser kiosk even where Electron is installed. */
  browserKiosk: boolean;
  /** Live: the frame rate to set on a GY-MCU90640. Demo: the simulator's frames per second. */
  rate: number | null;
  /** Demo: who walks past. */
  sequence: string | null;
  people: number | null;
  feverRate: number;
  retryRate: number;
  seed: number;
  headless: boolean;
}

const SPEC = {
  db: { type: 'string' },
  sensor: { type: 'string' },
  protocol: { type: 'string' },
  baud: { type: 'string' },
  rate: { type: 'string' },
  port: { type: 'string' },
  'no-browser': { type: 'boolean' },
  'browser-kiosk': { type: 'boolean' },
  sequence: { type: 'string' },
  people: { type: 'string' },
  'fever-rate': { type: 'string' },
  'retry-rate': { type: 'string' },
  seed: { type: 'string' },
  headless: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const DEMO_ONLY = ['sequence', 'people', 'fever-rate', 'retry-rate', 'seed', 'headless'] as const;
const LIVE_ONLY = ['sensor', 'protocol', 'baud'] as const;

export function parseRunOptions(
  argv: string[],
  demo: boolean,
): KioskRunOptions & { help: boolean } {
  const values = parseStrict(argv, SPEC);
  for (const key of demo ? LIVE_ONLY : DEMO_ONLY) {
    if (values[key] !== undefined) {
      throw new UsageError(
        demo
          ? `--${key} is for a real sensor: use \`kiosk start --${key}\``
          : `--${key} is a demo option: use \`kiosk demo --${key}\``,
      );
    }
  }
  if (values.sequence !== undefined && values.people !== undefined) {
    throw new UsageError('give either --sequence or --people, not both');
  }
  const options = {
    help: values.help ?? false,
    demo,
    db: values.db ?? defaultDatabasePath(),
    sensor: values.sensor ?? null,
    protocol: protocolOption(values.protocol, true),
    baud: baudOption(values.baud),
    rate:
      values.rate === undefined
        ? null
        : demo
          ? number('rate', values.rate, 0.5, 5000)
          : moduleRate(values.rate),
    port: integer('port', values.port, 0, 0, 65535),
    noBrowser: values['no-browser'] ?? false,
    browserKiosk: values['browser-kiosk'] ?? false,
    sequence: values.sequence ?? null,
    people: values.people === undefined ? null : integer('people', values.people, 0, 1, 1_000_000),
    feverRate: fraction('fever-rate', values['fever-rate'], 0.1),
    retryRate: fraction('retry-rate', values['retry-rate'], 0.05),
    seed: integer('seed', values.seed, 1, 0, 2 ** 32 - 1),
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

function moduleRate(raw: string): ModuleRate {
  const value = Number(raw);
  if (!(MODULE_RATES as readonly number[]).includes(value)) {
    throw new UsageError(
      `--rate must be one of ${MODULE_RATES.join(', ')} Hz (the GY-MCU90640's rates), got "${raw}"`,
    );
  }
  return value as ModuleRate;
}
