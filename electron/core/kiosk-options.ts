// What a kiosk is made from: its mode, its records, how to open a sensor, the settings it starts
// with, and the clock and time zone it dates counts by.
import type { Mode } from '../contract/schemas.js';
import type { KioskSettings } from '../contract/settings.js';
import type { SensorChoice } from '../contract/staff.js';
import type { EngineSettings } from './estimation/engine-settings.js';
import type { KioskPersistence } from './kiosk-persistence.js';
import type { CountsStore } from './records/counts-store.js';
import type { FrameSource, PortLister, SensorSink } from './services/sensor-service.js';

export interface KioskOptions {
  mode: Mode;
  /** The counts store, or the reason it could not be opened (screening then pauses). */
  records: CountsStore | { error: string };
  /** Opens a sensor link (a LinkSupervisor in the app); throws on a choice it cannot make. */
  openSensor: (choice: SensorChoice, sink: SensorSink) => FrameSource;
  /** The sensor to open at start, or null to wait for staff. */
  sensor: SensorChoice | null;
  /** The engine before staff settings: shipped calibration, camera calibration, profile. */
  settings?: EngineSettings;
  /** Staff settings overridden for this run (command-line options). */
  settingsOverride?: Partial<KioskSettings>;
  persistence?: KioskPersistence;
  /** Demo mode's fixed staff PIN (never stored). */
  demoPin?: string | null;
  /** Demo mode's fixed HR PIN (export only; never stored). */
  demoHrPin?: string | null;
  /** Serial ports staff may choose from (default: the system's). */
  listPorts?: PortLister;
  /** Remember a sensor staff connect (false in demo: its port is a throwaway). */
  rememberSensor?: boolean;
  /** Leave kiosk mode (close the app); null where there is nothing to leave. */
  onExit?: (() => void) | null;
  workerUrl?: URL | string;
  /** Frames the worker may fall behind by before frames are dropped. */
  maxBacklog?: number;
  now?: () => Date;
  /** The kiosk's time zone for local dates and hours (default: the system's). */
  timeZone?: string;
  log?: (line: string) => void;
}
