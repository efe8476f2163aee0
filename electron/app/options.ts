// Options shared by `kiosk start`, `kiosk demo` and the Electron entry: parsed once, checked
// once, with messages that say what to type instead.
import type { DecisionModeInput, Temperature } from '../core/estimation/decision.js';
import type { ProtocolId } from '../core/sensor/protocol-ids.js';
import { SETTINGS_LIMITS } from '../contract/settings.js';
import {
  baudOption,
  flagOptions,
  fraction,
  integer,
  number,
  parseStrict,
  protocolOption,
  UsageError,
  valueOptions,
} from './parse-helpers.js';
import { defaultDatabasePath } from './paths.js';

export { UsageError };

/** The demo's warm-up: long enough to see the countdown, short enough for a visitor. */
export const DEMO_WARM_UP_MINUTES = 0.5;

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
  /** Browser kiosk without opening anything: print `KIOSK_URL=…` alone (for scripts and visitors). */
  noOpen: boolean;
  /** Use the browser kiosk even where Electron is installed. */
  browserKiosk: boolean;
  /** Browser kiosk run as root: start Chromium anyway, without its sandbox (audit M4). */
  allowRootBrowser: boolean;
  /** Live: the frame rate to set on a GY-MCU90640. Demo: the simulator's frames per second. */
  rate: number | null;
  /** Demo: who walks past. */
  sequence: string | null;
  /** Demo: the simulated blackbody is taken away START s after people start, for SECONDS s. */
  blackbodyGap: { afterS: number; forS: number } | null;
  people: number | null;
  feverRate: number;
  retryRate: number;
  seed: number;
  headless: boolean;
  /** How pass / refer is decided (fixed threshold or running baseline), °C or °F. */
  decision: DecisionModeInput;
  /** The sensor lens's horizontal field of view, when not the default for its resolution. */
  fovDeg: number | null;
  /** `--warm-up MINUTES` for this run, else null (the setting). The demo shortens it: 0.5 min,
   * headless 0 (nobody watches a countdown there). */
  warmUpMinutes: number | null;
}

const SPEC = {
  ...valueOptions(
    'db',
    'sensor',
    'protocol',
    'baud',
    'rate',
    'port',
    'sequence',
    'blackbody-gap',
    'people',
    'fever-rate',
    'retry-rate',
    'seed',
    'threshold',
    'decision',
    'deviation',
    'fov',
    'warm-up',
  ),
  ...flagOptions('no-browser', 'no-open', 'browser-kiosk', 'allow-root-browser', 'headless'),
  help: { type: 'boolean', short: 'h' },
} as const;

const DEMO_ONLY = [
  'sequence',
  'people',
  'fever-rate',
  'retry-rate',
  'seed',
  'headless',
  'blackbody-gap',
] as const;
const LIVE_ONLY = ['sensor', 'protocol', 'baud', 'fov'] as const;

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
    db: values.db ?? defaultDatabasePath(process.env, demo),
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
    noBrowser: (values['no-browser'] ?? false) || (values['no-open'] ?? false),
    noOpen: values['no-open'] ?? false,
    browserKiosk: (values['browser-kiosk'] ?? false) || (values['no-open'] ?? false),
    allowRootBrowser: values['allow-root-browser'] ?? false,
    sequence: values.sequence ?? null,
    blackbodyGap: blackbodyGapOption(values['blackbody-gap']),
    people: values.people === undefined ? null : integer('people', values.people, 0, 1, 1_000_000),
    feverRate: fraction('fever-rate', values['fever-rate'], 0.1),
    retryRate: fraction('retry-rate', values['retry-rate'], 0.05),
    seed: integer('seed', values.seed, 1, 0, 2 ** 32 - 1),
    headless: values.headless ?? false,
    decision: decisionOption(values.decision, values.threshold, values.deviation),
    fovDeg: values.fov === undefined ? null : number('fov', values.fov, 10, 170),
    warmUpMinutes: warmUpOption(values['warm-up'], demo, values.headless ?? false),
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

/** `--decision threshold|baseline`, `--threshold 37.5` (°C) or `99.5F`, `--deviation 0.5` or `0.9F`. */
function decisionOption(
  mode: string | undefined,
  threshold: string | undefined,
  deviation: string | undefined,
): DecisionModeInput {
  if (mode !== undefined && mode !== 'threshold' && mode !== 'baseline') {
    throw new UsageError(`--decision must be threshold or baseline, got "${mode}"`);
  }
  if (deviation !== undefined && mode !== 'baseline') {
    throw new UsageError('--deviation goes with --decision baseline');
  }
  const t =
    threshold === undefined ? undefined : temperature('threshold', threshold, 34, 40, 93, 104);
  if (mode === 'baseline') {
    const d =
      deviation === undefined ? undefined : temperature('deviation', deviation, 0.1, 2, 0.2, 3.6);
    return { mode: 'baseline', ...(t ? { threshold: t } : {}), ...(d ? { deviation: d } : {}) };
  }
  return { mode: 'threshold', ...(t ? { threshold: t } : {}) };
}

/** "37.5", "37.5C" or "99.5F", within the given ranges for each unit. */
function temperature(
  name: string,
  raw: string,
  minC: number,
  maxC: number,
  minF: number,
  maxF: number,
): Temperature {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*°?\s*([CF])?\s*$/i.exec(raw);
  const unit = (match?.[2]?.toUpperCase() ?? 'C') as 'C' | 'F';
  const value = match ? Number(match[1]) : NaN;
  const [min, max] = unit === 'C' ? [minC, maxC] : [minF, maxF];
  if (!match || value < min || value > max) {
    throw new UsageError(
      `--${name} must be °C from ${minC} to ${maxC} (e.g. ${minC + 1}) or °F from ${minF} to ${maxF} (e.g. ${minF + 1}F), got "${raw}"`,
    );
  }
  return { unit, value };
}

/** `--warm-up 0.5`: minutes, within the setting's bounds (decimals allowed: 0.1 is 6 s). */
function warmUpOption(raw: string | undefined, demo: boolean, headless: boolean): number | null {
  if (raw === undefined) return demo ? (headless ? 0 : DEMO_WARM_UP_MINUTES) : null;
  const { min, max } = SETTINGS_LIMITS.warmUpMinutes;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(
      `--warm-up must be minutes from ${min} to ${max} (e.g. 30, or 0.5 for 30 seconds; 0 screens at once), got "${raw}"`,
    );
  }
  return value;
}

/** `--blackbody-gap 5,8`: remove the simulated blackbody 5 s in, for 8 s. */
function blackbodyGapOption(raw: string | undefined): { afterS: number; forS: number } | null {
  if (raw === undefined) return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*$/.exec(raw);
  const afterS = Number(match?.[1]);
  const forS = Number(match?.[2]);
  if (!match || forS <= 0 || afterS > 3600 || forS > 3600) {
    throw new UsageError(
      `--blackbody-gap must be START,SECONDS (e.g. 5,8: removed 5 s after people start, for 8 s), got "${raw}"`,
    );
  }
  return { afterS, forS };
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
