// The sensor link staff chose: opening, closing and switching it, its status as the API publishes
// it, and its coming and going as device events.
import { ApiFailure } from '../../contract/api.js';
import type { SensorStatus } from '../../contract/schemas.js';
import type { SensorChoice, SensorOptions } from '../../contract/staff.js';
import { emptyStats, type ThermalFrame } from '../sensor/frame.js';
import { listCandidatePorts } from '../sensor/port-discovery.js';
import { sensorNotConnected } from '../sensor/port-errors.js';
import { PROTOCOL_IDS } from '../sensor/protocol-ids.js';
import { PROTOCOLS } from '../sensor/protocols/index.js';
import type { KioskContext } from './kiosk-context.js';

export interface SensorSink {
  onFrame: (frame: ThermalFrame) => void;
  onStatus: (status: SensorStatus) => void;
}

export interface FrameSource {
  start(): void;
  stop(): Promise<void>;
  status(): SensorStatus;
}

export interface PortLister {
  (): Promise<Array<{ path: string; likely: string | null; manufacturer: string | null }>>;
}

export interface SensorServiceOptions {
  context: KioskContext;
  /** Opens a sensor link (a LinkSupervisor in the app); throws on a choice it cannot make. */
  openSensor: (choice: SensorChoice, sink: SensorSink) => FrameSource;
  onFrame: (frame: ThermalFrame) => void;
  /** The link's state changed (screening may pause or resume). */
  onStatus: () => void;
  /** Staff are about to change the sensor (a site calibration read with the old one ends). */
  beforeChange: () => void;
  /** Keeps staff's choice for the next start; null where it is a throwaway (the demo). */
  remember: ((choice: SensorChoice | null) => void) | null;
  listPorts?: PortLister;
}

/** No link at all: staff read the same "sensor not connected" sentence as for a missing port. */
function noSensor(cause: string): SensorStatus {
  return {
    state: 'none',
    fault: null,
    port: null,
    protocol: null,
    baud: null,
    // The decoder's counters, all zero: one list, so a new counter cannot be forgotten here.
    ...emptyStats(),
    reconnects: 0,
    rateHz: null,
    lastError: sensorNotConnected(cause),
    lastErrorAt: null,
  };
}

export class SensorService {
  private sensor: FrameSource | null = null;
  private lastStatus: SensorStatus = noSensor('none chosen yet');
  private noted: 'connected' | 'lost' | null = null;
  private lastPublished = '';

  constructor(private readonly options: SensorServiceOptions) {}

  current(): SensorStatus {
    return this.sensor ? this.sensor.status() : this.lastStatus;
  }

  get streaming(): boolean {
    return this.current().state === 'streaming';
  }

  open(choice: SensorChoice): void {
    this.sensor = this.options.openSensor(choice, {
      onFrame: (frame) => this.options.onFrame(frame),
      onStatus: (status) => this.onStatus(status),
    });
    this.sensor.start();
  }

  async close(): Promise<void> {
    const sensor = this.sensor;
    if (!sensor) return;
    this.lastStatus = sensor.status();
    this.sensor = null;
    await sensor.stop();
  }

  async connect(choice: SensorChoice): Promise<SensorStatus> {
    if (
      choice.protocol !== 'auto' &&
      !(PROTOCOL_IDS as readonly string[]).includes(choice.protocol)
    ) {
      throw new ApiFailure(
        'rejected',
        `unknown protocol "${choice.protocol}": choose auto-detect or one of ${PROTOCOL_IDS.join(', ')}`,
      );
    }
    this.options.beforeChange();
    await this.close();
    this.open(choice);
    this.options.remember?.(choice);
    this.options.context.log(
      `kiosk: sensor ${choice.path} (${choice.protocol}) connected by staff`,
    );
    return this.current();
  }

  async disconnect(): Promise<SensorStatus> {
    this.options.beforeChange();
    await this.close();
    this.lastStatus = noSensor('disconnected by staff');
    this.options.remember?.(null);
    this.onStatus(this.lastStatus);
    return this.lastStatus;
  }

  /** The ports and protocols staff may choose from. */
  async choices(): Promise<SensorOptions> {
    // A port list that fails still leaves the path field: staff can type the port by hand.
    const ports = await (this.options.listPorts ?? listCandidatePorts)().catch(() => []);
    // One entry a path (the first: the demo's own label wins over the system's for its port).
    const unique = ports.filter((p, i) => ports.findIndex((q) => q.path === p.path) === i);
    return {
      ports: unique.map(({ path, likely, manufacturer }) => ({ path, likely, manufacturer })),
      protocols: PROTOCOL_IDS.map((id) => ({
        id,
        label: PROTOCOLS[id].label,
        bauds: [...PROTOCOLS[id].bauds],
      })),
    };
  }

  /** Publishes the status when it changed (state changes at once, counters once a second). */
  publish(): void {
    const status = this.current();
    const json = JSON.stringify(status);
    if (json === this.lastPublished) return;
    this.lastPublished = json;
    this.options.context.emit('sensor', status);
  }

  private onStatus(status: SensorStatus): void {
    this.lastStatus = status;
    this.noteLink(status);
    this.publish();
    this.options.onStatus();
  }

  /** The link coming up or going down, as device events. */
  private noteLink(status: SensorStatus): void {
    const up = status.state === 'streaming';
    const down = status.state === 'disconnected' || status.state === 'none';
    if (up && this.noted !== 'connected') {
      this.noted = 'connected';
      this.options.context.note(
        'sensor-connected',
        `${status.port ?? ''} ${status.protocol ?? ''}`.trim(),
      );
    } else if (down && this.noted === 'connected') {
      this.noted = 'lost';
      this.options.context.note('sensor-lost', `${status.port ?? ''}: ${status.lastError ?? ''}`);
    }
  }
}
