// Builds a running kiosk from options: the counts store, the sensor link (or, in demo mode, the
// simulated sensor of simulation/demo-sensor.ts), and the core. Shared by the CLI host and Electron.
import type { SensorStatus } from '../contract/schemas.js';
import type { KioskSettings } from '../contract/settings.js';
import type { SensorChoice } from '../contract/staff.js';
import { resolveDecisionSettings } from '../core/estimation/decision.js';
import { defaultEngineSettings, type EngineSettings } from '../core/estimation/engine-settings.js';
import { discoverPorts, type CandidatePort } from '../core/sensor/port-discovery.js';
import { SENSOR_NOT_CONNECTED, staffSensorError } from '../core/sensor/port-errors.js';
import type { ProtocolId } from '../core/sensor/protocol-ids.js';
import { Kiosk } from '../core/kiosk.js';
import { localDate } from '../core/records/local-date.js';
import {
  cameraCalibrationPath,
  checkCameraCalibration,
  loadCameraCalibration,
} from './camera-calibration-file.js';
import { CountsStore } from '../core/records/counts-store.js';
import { RecordsFileError } from '../core/records/records-file-error.js';
import { checkRecordsPath } from '../core/records/records-path-check.js';
import { sqlitePersistence } from './persistence.js';
import { LinkSupervisor } from '../core/sensor/link-supervisor.js';
import { DemoSensor, type Simulator } from '../simulation/demo-sensor.js';
import type { KioskRunOptions, ModuleRate } from './options.js';
import { UsageError } from './parse-helpers.js';
import { StartupError } from './startup-error.js';

export interface RunningKiosk {
  kiosk: Kiosk;
  /** Why no count can be saved yet (the store was opened on a full disk: screening starts
   * paused, showing the counts already saved, and resumes once space is freed), or null. */
  recordsError: string | null;
  /** Demo only: the simulated sensor. It sends the empty room until people are released. */
  simulator: Simulator | null;
  /** Demo: let the people walk in (once a screen is watching). Resolves when they have all passed. */
  releasePeople(): Promise<void> | null;
  /** Resolves once the sensor's port is open: the demo's at once (runKiosk waits for it), a real
   * sensor's perhaps never (unplugged, wrong path), so a screen must never wait for this. */
  waitSensorOpen(): Promise<void>;
  stop(): Promise<void>;
}

export interface RunKioskExtras {
  /** Electron passes a better-sqlite3 build for its own ABI. */
  nativeBinding?: string;
  workerUrl?: URL | string;
  log?: (line: string) => void;
  /** Leaves kiosk mode when staff ask (closes the window or the browser kiosk). */
  onExit?: () => void;
}

/** The demo's staff PIN, printed on its banner: a demo is for showing, not for guarding. */
export const DEMO_PIN = '0000';
/** The demo's HR PIN: opens the export only. */
export const DEMO_HR_PIN = '1111';

export async function runKiosk(
  options: KioskRunOptions,
  extras: RunKioskExtras = {},
): Promise<RunningKiosk> {
  // Checked and opened before anything is logged: a path the kiosk cannot use ends the start
  // with one sentence (StartupError), leaving nothing behind.
  const records = openRecords(options.db, extras.nativeBinding);
  const log = extras.log ?? ((line: string) => console.error(line));
  const persistence = sqlitePersistence(records, undefined, log);
  if (options.demo && persistence.pins.readPinHash() !== null) {
    // A database with its own staff PIN is a real kiosk's: the demo's PIN 0000 must not open its
    // records, and simulated people must not be counted in them.
    records.close();
    throw new UsageError(
      `${options.db} belongs to a kiosk with its own staff PIN: the demo (PIN 0000) will not open its records or add simulated people to them. Leave out --db (the demo keeps its own database) or choose another file.`,
    );
  }
  const demo = options.demo ? await DemoSensor.open() : null;
  let sensor: SensorChoice | null;
  if (demo) {
    sensor = demo.choice;
  } else if (options.sensor) {
    sensor = {
      path: options.sensor,
      protocol: options.protocol,
      baud: options.baud === 'auto' ? null : options.baud,
    };
  } else {
    sensor = persistence.loadSensor();
    if (sensor) log(`kiosk: using the sensor chosen in the staff console: ${sensor.path}`);
    else
      log(
        'kiosk: no sensor chosen: connect one in the staff console, or pass --sensor PATH (e.g. /dev/ttyUSB0 or COM3; `kiosk sensor list` shows the candidates); screening stays paused until then',
      );
  }
  let link: LinkSupervisor | null = null;
  const systemPorts = systemPortLister(log);
  const toldForStaff = staffWordingTold(log);
  const kiosk = new Kiosk({
    mode: options.demo ? 'demo' : 'live',
    records,
    sensor,
    openSensor: (choice, sink) => {
      const supervisor = new LinkSupervisor({
        path: choice.path,
        protocol: choice.protocol as ProtocolId | 'auto',
        baud: choice.baud ?? 'auto',
        rateHz: options.demo ? null : (options.rate as ModuleRate | null),
        onFrame: sink.onFrame,
        onStatus: (status) => sink.onStatus(toldForStaff(status)),
      });
      link = supervisor;
      return {
        start: () => supervisor.start(),
        stop: () => supervisor.stop(),
        status: () => forStaff(supervisor.status()),
      };
    },
    listPorts: async () => [...(demo ? [demo.port] : []), ...(await systemPorts())],
    persistence,
    rememberSensor: !options.demo,
    demoPin: options.demo ? DEMO_PIN : null,
    demoHrPin: options.demo ? DEMO_HR_PIN : null,
    onExit: extras.onExit ?? null,
    settingsOverride: {
      ...decisionOverride(options),
      // `--warm-up` (and the demo's shorter default) for this run only, as --threshold is.
      ...(options.warmUpMinutes === null ? {} : { warmUpMinutes: options.warmUpMinutes }),
    },
    workerUrl: extras.workerUrl,
    settings: engineSettings(options, records, log),
    // A headless run must see every frame; a live screen would rather drop than lag.
    maxBacklog: options.headless ? Number.POSITIVE_INFINITY : 64,
    log: extras.log,
  });
  await kiosk.start();
  const simulator = demo ? await demo.start(options, link, log) : null;
  return {
    kiosk,
    recordsError: records.fullDisk,
    simulator,
    releasePeople: () => demo?.release() ?? null,
    waitSensorOpen: () => (link ? (link as LinkSupervisor).waitOpen() : Promise.resolve()),
    async stop() {
      await demo?.stopSimulator();
      await kiosk.stop();
      await demo?.close();
    },
  };
}

/** The link's status as staff read it: a port that cannot be opened reads "sensor not connected:
 * plug it in or choose it in the staff console (<cause>)" (the supervisor's own wording stays for
 * `sensor inspect`). */
function forStaff(status: SensorStatus): SensorStatus {
  return { ...status, lastError: staffSensorError(status.lastError) };
}

/** forStaff, and whoever started the kiosk from a terminal hears why it has no sensor: once per
 * cause (the link retries every few seconds with the same one), again after it streamed. */
function staffWordingTold(log: (line: string) => void): (status: SensorStatus) => SensorStatus {
  let told: string | null = null;
  return (status) => {
    const staff = forStaff(status);
    const cause = staff.lastError?.startsWith(SENSOR_NOT_CONNECTED) ? staff.lastError : null;
    if (status.state === 'streaming') told = null;
    else if (cause && cause !== told) {
      told = cause;
      log(`kiosk: ${cause}`);
    }
    return staff;
  };
}

/** The system's serial ports for the console. Never fails, so the demo's simulated port is always
 * offered; why only device files could be listed is logged once, not at every look. */
function systemPortLister(log: (line: string) => void): () => Promise<CandidatePort[]> {
  let logged = false;
  return async () => {
    try {
      const { ports, fallback } = await discoverPorts();
      if (fallback && !logged) log(`kiosk: serial ports: ${fallback}`);
      logged ||= fallback !== null;
      return ports;
    } catch (error) {
      log(`kiosk: could not list serial ports: ${(error as Error).message}`);
      return [];
    }
  };
}

/** The engine's settings before the staff's: shipped defaults, the lens, and the camera's
 * calibration when one was recorded (`kiosk calibrate camera` or the console's wizard). */
function engineSettings(
  options: KioskRunOptions,
  records: CountsStore,
  log: (line: string) => void,
): EngineSettings {
  const today = localDate();
  const stored = records.calibrations.latest();
  const camera = stored
    ? checkCameraCalibration(stored.record, `the calibration of ${stored.at}`)
    : loadCameraCalibration(cameraCalibrationPath(options.db));
  if ('error' in camera) log(`kiosk: ${camera.error}; screening without it`);
  return {
    ...defaultEngineSettings(today),
    profile: options.fovDeg === null ? {} : { hfovDeg: options.fovDeg },
    camera: 'error' in camera ? null : camera.record,
  };
}

/** `--decision/--threshold/--deviation` given on the command line win over the console's for
 * this run (the console shows them, and saving there keeps them). */
function decisionOverride(options: KioskRunOptions): Partial<KioskSettings> {
  const d = options.decision;
  const given =
    d.mode === 'baseline' || d.threshold !== undefined || ('deviation' in d && d.deviation);
  if (!given) return {};
  const resolved = resolveDecisionSettings(d);
  return {
    decision: {
      mode: resolved.mode,
      thresholdC: Math.round(resolved.thresholdC * 100) / 100,
      deviationC: resolved.mode === 'baseline' ? Math.round(resolved.deviationC * 100) / 100 : 0.5,
    },
  };
}

/** The counts store, or a StartupError saying why the path cannot be used. A store on a full
 * disk is opened (its counts are shown; screening waits for space). */
function openRecords(path: string, nativeBinding: string | undefined): CountsStore {
  // Before anything is created: the folder, the disk's room, the file's and folder's access.
  const problem = checkRecordsPath(path);
  if (problem) throw new StartupError(problem);
  try {
    return new CountsStore(path, { nativeBinding, readOnFullDisk: true });
  } catch (error) {
    if (error instanceof RecordsFileError) throw new StartupError(error.message);
    throw error;
  }
}
