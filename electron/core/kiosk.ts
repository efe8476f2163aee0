// Composes sensor -> estimation worker -> records, and publishes the kiosk API's state and events.
// Staff operations (settings, sensor choice, live view, calibration, site calibration with people)
// are methods here; the staff handlers (staff/staff-handlers.ts) check the PIN session before
// calling them.
import {
  ApiFailure,
  type CallHandlers,
  type EventName,
  type EventPayload,
} from '../contract/api.js';
import type { ExportFile, ExportQuery } from '../contract/export.js';
import type {
  DailyCount,
  DateRange,
  KioskSnapshot,
  Mode,
  Outcome,
  Room,
  ScreeningState,
  SensorStatus,
} from '../contract/schemas.js';
import type { KioskSettings } from '../contract/settings.js';
import type {
  BlackbodyState,
  CalibrationInfo,
  CalibrationPoint,
  Region,
  SensorChoice,
  StaffStatus,
  ThermalView,
} from '../contract/staff.js';
import type { SiteWizardState } from '../contract/site-calibration.js';
import { BlackbodyCapture } from './calibration/blackbody-capture.js';
import { toCameraCalibration } from './calibration/evaluate-calibration.js';
import { SiteWizard } from './calibration/site-wizard.js';
import { siteInfo } from './calibration/site-session.js';
import { calibrationAgeDays, gainOffset } from './estimation/camera-calibration.js';
import { resolveDecisionSettings } from './estimation/decision.js';
import { defaultEngineSettings, type EngineSettings } from './estimation/engine-settings.js';
import { REFERENCE_VIEW } from './estimation/estimator.js';
import { sensorCapability, sensorKey } from './estimation/optics-correction.js';
import { profileFor, scaleBlackbody } from './estimation/pipeline-settings.js';
import type { SiteCalibration } from './estimation/site-calibration.js';
import { EstimationClient, type WorkerResult } from './estimation/worker-client.js';
import {
  memoryPersistence,
  type KioskPersistence,
  type StoredBlackbody,
} from './kiosk-persistence.js';
import { LiveView } from './live-view.js';
import { emptyDay, type CountsStore } from './records/counts-store.js';
import type { EventKind } from './records/event-log.js';
import { exportCounts } from './records/export-counts.js';
import { addDays, localTime, type LocalTime } from './records/local-date.js';
import { emptyStats, type ThermalFrame } from './sensor/frame.js';
import { sensorNotConnected } from './sensor/port-errors.js';
import { applyKioskSettings } from './settings/engine-from-settings.js';
import { StaffAuth } from './staff/staff-auth.js';
import { staffHandlers, type PortLister } from './staff/staff-handlers.js';

export interface SensorSink {
  onFrame: (frame: ThermalFrame) => void;
  onStatus: (status: SensorStatus) => void;
}

export interface FrameSource {
  start(): void;
  stop(): Promise<void>;
  status(): SensorStatus;
}

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

const FAULT_PAUSE = {
  stalled: 'sensor-stalled',
  frozen: 'sensor-frozen',
  garbage: 'sensor-garbage',
  device: 'sensor-problem',
} as const satisfies Record<NonNullable<SensorStatus['fault']>, string>;

/** How often the kiosk checks whether a new day needs old records deleted. */
const RETENTION_CHECK_MS = 10 * 60_000;

/** Frames read for one calibration point (2 s at 8 Hz), and how long to wait for them. */
const CAPTURE_FRAMES = 16;
const CAPTURE_TIMEOUT_MS = 20_000;

export type KioskListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

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

interface Capture {
  capture: BlackbodyCapture;
  resolve: (point: CalibrationPoint) => void;
  reject: (error: Error) => void;
}

export class Kiosk {
  readonly tally: Record<Outcome, number> = { pass: 0, refer: 0, retry: 0 };
  readonly auth: StaffAuth;
  readonly handlers: CallHandlers;
  private readonly listeners = new Set<KioskListener>();
  private readonly estimation: EstimationClient;
  private readonly persistence: KioskPersistence;
  private readonly liveView: LiveView;
  private sensor: FrameSource | null = null;
  private sensorStatus: SensorStatus = noSensor('none chosen yet');
  private workerState: ScreeningState = { screen: 'paused', reason: 'starting' };
  private shown: ScreeningState = { screen: 'paused', reason: 'starting' };
  private recordsError: string | null;
  private estimatorRestarting = false;
  private room: Room = 'unknown';
  private ambientC: number | null = null;
  private blackbodyState: BlackbodyState = 'unknown';
  private watchdog: NodeJS.Timeout | null = null;
  private retentionTimer: NodeJS.Timeout | null = null;
  /** The local date and retention when old records were last deleted. */
  private prunedFor = '';
  /** The pause last noted as a device event, or null while screening. */
  private notedPause: string | null = null;
  private sensorNoted: 'connected' | 'lost' | null = null;
  private lastSensorJson = '';
  private engine: EngineSettings;
  private settings: KioskSettings;
  private captures: Capture[] = [];
  /** Regions a calibration point was read on: the only ones `acceptCalibration` stores. */
  private capturedRegions: Region[] = [];
  /** The sensor now streaming, by its optics key (e.g. "32x24@55"); null before a frame. */
  private sensorKey: string | null = null;
  private frameSize = '';
  private modelOnlyShown = false;
  /** The site calibration with people: its session lives here, in memory only. */
  readonly siteWizard: SiteWizard;
  framesSubmitted = 0;

  constructor(private readonly options: KioskOptions) {
    this.recordsError = 'error' in options.records ? options.records.error : null;
    this.persistence = options.persistence ?? memoryPersistence();
    this.liveView = new LiveView(() => this.now().getTime());
    const loaded = this.persistence.loadSettings();
    if (loaded.problem) this.log(`kiosk: ${loaded.problem}`);
    this.settings = { ...loaded.settings, ...options.settingsOverride };
    const engine = withBlackbody(
      options.settings ?? defaultEngineSettings(this.local().date),
      this.persistence.loadBlackbody(),
    );
    // The newest site calibration: it applies once its sensor streams (see onSensorKey).
    this.engine = { ...engine, site: engine.site ?? this.persistence.loadSiteCalibration(null) };
    this.auth = new StaffAuth({
      pins: this.persistence.pins,
      demoPin: options.demoPin ?? null,
      demoHrPin: options.demoHrPin ?? null,
      now: () => this.now().getTime(),
      autoLockMs: () => this.settings.autoLockMinutes * 60_000,
      onChange: (info) => this.emit('staff', info),
    });
    this.estimation = new EstimationClient({
      workerUrl: options.workerUrl,
      maxBacklog: options.maxBacklog,
      onResult: (result) => this.onResult(result),
      onError: (message) => this.log(`estimation: ${message}`),
      onRestarting: (restarting) => {
        this.estimatorRestarting = restarting;
        this.refresh();
      },
    });
    this.siteWizard = new SiteWizard({
      streamingSensor: () => (this.currentSensor().state === 'streaming' ? this.sensorKey : null),
      armCapture: (armed) => this.estimation.armCapture(armed),
      fitSettings: () => {
        const d = resolveDecisionSettings(applyKioskSettings(this.engine, this.settings).decision);
        return { thresholdC: d.thresholdC, borderlineK: d.borderlineK };
      },
      today: () => this.local().date,
      isOpen: (session) => this.auth.isOpen(session),
    });
    this.handlers = {
      getSnapshot: () => this.snapshot(),
      ...staffHandlers(this, this.auth, options.listPorts),
    };
  }

  async start(): Promise<void> {
    const records = this.options.records;
    this.note('kiosk-started', this.options.mode);
    if (!('error' in records) && records.setAside) {
      const message = `the counts database was damaged and was set aside as ${records.setAside}; a new one was started`;
      this.log(`kiosk: ${message}`);
      this.note('database-set-aside', records.setAside);
    }
    await this.estimation.configure(applyKioskSettings(this.engine, this.settings));
    if (this.options.sensor) this.openSensor(this.options.sensor);
    // Publishes the sensor's counters once a second (its state changes arrive at once), and ends
    // a site calibration whose console passed its auto-lock time.
    this.watchdog = setInterval(() => {
      this.publishSensor();
      this.siteWizard.check();
    }, 1000);
    this.applyRetention();
    this.retentionTimer = setInterval(() => this.applyRetention(), RETENTION_CHECK_MS);
    this.retentionTimer.unref();
    this.refresh();
  }

  async stop(): Promise<void> {
    if (this.watchdog) clearInterval(this.watchdog);
    if (this.retentionTimer) clearInterval(this.retentionTimer);
    for (const c of this.captures.splice(0)) c.reject(new Error('the kiosk is stopping'));
    // The volunteers' values would end with the process anyway; drop them first.
    this.siteWizard.close();
    await this.sensor?.stop();
    await this.estimation.close();
    if (!('error' in this.options.records)) this.options.records.close();
  }

  subscribe(listener: KioskListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get framesProcessed(): number {
    return this.estimation.processed + this.estimation.dropped;
  }

  snapshot(): KioskSnapshot {
    return {
      mode: this.options.mode,
      estimatorCrashes: this.estimation.crashes,
      room: this.room,
      state: this.shown,
      sensor: this.currentSensor(),
      today: this.today(),
      settings: this.settings,
      staff: this.auth.info(),
      physicalModelOnly: this.physicalModelOnly(),
    };
  }

  // ---- Staff operations (the session is checked by the caller) ----

  currentSettings(): KioskSettings {
    return this.settings;
  }

  /** Days with counts in the range (staff and HR). */
  counts(range: DateRange): DailyCount[] {
    return this.store().counts(range);
  }

  /** The HR export's CSV (staff and HR). */
  exportCounts(query: ExportQuery): ExportFile {
    return exportCounts(this.store(), query);
  }

  /** Where a damaged database was set aside, for staff to know. */
  recordsNotice(): string | null {
    const records = this.options.records;
    if ('error' in records) return records.error;
    if (this.recordsError) return this.recordsError;
    return records.setAside
      ? `The counts database was damaged and was set aside as ${records.setAside}; a new one was started.`
      : null;
  }

  /** Applies new settings at once (the next frame is judged by them) and keeps them. */
  async updateSettings(settings: KioskSettings): Promise<KioskSettings> {
    const changed = (Object.keys(settings) as Array<keyof KioskSettings>).filter(
      (key) => JSON.stringify(settings[key]) !== JSON.stringify(this.settings[key]),
    );
    this.settings = settings;
    this.persistence.saveSettings(settings);
    await this.reconfigure();
    this.emit('settings', settings);
    this.log('kiosk: settings changed by staff');
    this.note('settings-changed', changed.join(', '));
    if (changed.includes('retentionDays')) this.applyRetention();
    return settings;
  }

  async connectSensor(choice: SensorChoice): Promise<SensorStatus> {
    this.siteWizard.interrupt('sensor-changed');
    await this.closeSensor();
    this.openSensor(choice);
    if (this.options.rememberSensor) this.persistence.saveSensor(choice);
    this.log(`kiosk: sensor ${choice.path} (${choice.protocol}) connected by staff`);
    return this.currentSensor();
  }

  async disconnectSensor(): Promise<SensorStatus> {
    this.siteWizard.interrupt('sensor-changed');
    await this.closeSensor();
    this.sensorStatus = noSensor('disconnected by staff');
    if (this.options.rememberSensor) this.persistence.saveSensor(null);
    this.onSensorStatus(this.sensorStatus);
    return this.sensorStatus;
  }

  thermalView(): ThermalView | null {
    const camera = this.engine.camera ? gainOffset(this.engine.camera) : null;
    return this.liveView.view(this.blackbodyRegion(), camera);
  }

  staffStatus(): StaffStatus {
    return {
      state: this.shown,
      sensor: this.currentSensor(),
      blackbody: {
        state: this.engine.pipeline.blackbody ? this.blackbodyState : 'not-configured',
        region: this.blackbodyRegion(),
        setC: this.engine.pipeline.blackbody?.temperatureC ?? null,
      },
      room: this.room,
      ambientC: this.ambientC,
      calibration: this.calibrationInfo(),
      worker: {
        state: this.estimatorRestarting ? 'restarting' : 'running',
        crashes: this.estimation.crashes,
        framesProcessed: this.estimation.processed,
        framesDropped: this.estimation.dropped,
      },
      today: this.today(),
      hrPinSet: this.auth.hrPinSet,
      recordsNotice: this.recordsNotice(),
    };
  }

  /** Reads the blackbody region over CAPTURE_FRAMES raw frames. */
  captureCalibrationPoint(region: Region, setC: number): Promise<CalibrationPoint> {
    if (this.currentSensor().state !== 'streaming') {
      throw new ApiFailure('rejected', 'the sensor is not streaming: connect it first');
    }
    return new Promise<CalibrationPoint>((resolve, reject) => {
      const entry: Capture = {
        capture: new BlackbodyCapture(region, setC, CAPTURE_FRAMES),
        resolve: (point) => {
          // Only a region a point was read on may be accepted with it (the last few kept).
          this.capturedRegions = [...this.capturedRegions.slice(-3), { ...region }];
          resolve(point);
        },
        reject,
      };
      this.captures.push(entry);
      setTimeout(() => {
        if (!this.captures.includes(entry)) return;
        this.captures = this.captures.filter((c) => c !== entry);
        reject(new ApiFailure('rejected', 'no frames arrived from the sensor within 20 s'));
      }, CAPTURE_TIMEOUT_MS).unref();
    });
  }

  /** Keeps a calibration staff accepted and applies it from the next frame. */
  async acceptCalibration(
    region: Region,
    setC: number,
    points: Parameters<typeof toCameraCalibration>[0],
  ): Promise<CalibrationInfo> {
    const view = this.liveView.size;
    if (!view) throw new ApiFailure('rejected', 'no frame seen yet: connect the sensor first');
    // A region off the image, or away from the source the points were read on, would leave
    // screening paused ("blackbody missing") from the next start: refuse it now, saying why.
    if (region.col + region.width > view.width || region.row + region.height > view.height) {
      throw new ApiFailure(
        'rejected',
        `the blackbody region (column ${region.col}, row ${region.row}, ${region.width} × ${region.height}) reaches outside the sensor's ${view.width} × ${view.height} image: mark it again on the live view`,
      );
    }
    if (!this.capturedRegions.some((r) => sameRegion(r, region))) {
      throw new ApiFailure(
        'rejected',
        'the blackbody region is not the one the calibration was captured on: capture the blackbody on this region first',
      );
    }
    const camera = toCameraCalibration(points, this.local().date);
    gainOffset(camera); // throws with the reason when it cannot be used
    const blackbody: StoredBlackbody = { region, view, setC };
    this.persistence.saveCalibration(camera, blackbody);
    this.engine = withBlackbody({ ...this.engine, camera }, blackbody);
    await this.reconfigure();
    this.log(`kiosk: ${points.length}-point calibration accepted by staff`);
    this.note('calibration-accepted', `${points.length}-point, blackbody set to ${setC} °C`);
    return this.calibrationInfo();
  }

  /**
   * Stores the site calibration staff accepted (the fit only: never a volunteer's value), applies
   * it from the next reading, and ends the wizard's session.
   */
  async acceptSiteCalibration(session: string): Promise<SiteWizardState> {
    const site = this.siteWizard.acceptable(session);
    this.persistence.saveSiteCalibration(site);
    this.engine = { ...this.engine, site };
    await this.reconfigure();
    const summary = describeSite(site);
    this.log(`kiosk: site calibration accepted by staff: ${summary}`);
    this.note('calibration-accepted', `site calibration with people: ${summary}`);
    this.publishModelNotice();
    return this.siteWizard.accepted(session, site);
  }

  /** A console session was locked (by staff, or by its own auto-lock). */
  staffLocked(session: string, why: 'staff' | 'auto-lock'): void {
    this.siteWizard.sessionEnded(session, why === 'auto-lock' ? 'auto-lock' : 'locked');
  }

  exit(): void {
    if (!this.options.onExit) {
      throw new ApiFailure('rejected', 'this kiosk cannot be closed from here');
    }
    this.log('kiosk: leaving kiosk mode (staff)');
    // Reply first, then close.
    setTimeout(() => this.options.onExit?.(), 200);
  }

  // ---- Internals ----

  private store(): CountsStore {
    const records = this.options.records;
    if ('error' in records) throw new ApiFailure('rejected', records.error);
    return records;
  }

  private local(): LocalTime {
    return localTime(this.now(), this.options.timeZone);
  }

  private note(kind: EventKind, detail = ''): void {
    this.persistence.recordEvent(kind, detail);
  }

  /** Deletes counts and events older than the retention, once per local day (and when the
   * setting changes). */
  private applyRetention(): void {
    const records = this.options.records;
    if ('error' in records) return;
    const today = this.local().date;
    const key = `${today}/${this.settings.retentionDays}`;
    if (key === this.prunedFor) return;
    const keepFrom = addDays(today, -this.settings.retentionDays);
    try {
      const deleted = records.prune(keepFrom);
      this.prunedFor = key;
      if (deleted.counts + deleted.events > 0) {
        this.log(
          `kiosk: retention ${this.settings.retentionDays} days: deleted ${deleted.counts} count rows and ${deleted.events} events dated before ${keepFrom}`,
        );
      }
    } catch (error) {
      this.log(`kiosk: could not delete old records: ${(error as Error).message}`);
    }
  }

  private async reconfigure(): Promise<void> {
    await this.estimation.configure(applyKioskSettings(this.engine, this.settings));
  }

  private openSensor(choice: SensorChoice): void {
    this.sensor = this.options.openSensor(choice, {
      onFrame: (frame) => this.onFrame(frame),
      onStatus: (status) => this.onSensorStatus(status),
    });
    this.sensor.start();
  }

  private async closeSensor(): Promise<void> {
    const sensor = this.sensor;
    if (!sensor) return;
    this.sensorStatus = sensor.status();
    this.sensor = null;
    await sensor.stop();
  }

  private calibrationInfo(): CalibrationInfo {
    const site = this.siteInUse();
    const profile = this.sensorProfile();
    const trust = {
      site: site ? siteInfo(site) : null,
      optics: profile ? sensorCapability(profile) : null,
      physicalModelOnly: this.physicalModelOnly(),
    };
    const camera = this.engine.camera;
    if (!camera) return { kind: 'shipped', date: null, ageDays: null, stale: false, ...trust };
    const age = calibrationAgeDays(camera, this.now());
    const ageDays = Number.isFinite(age) ? age : null;
    return {
      kind: camera.high ? 'two-point' : 'one-point',
      date: camera.date,
      ageDays,
      stale: ageDays === null || ageDays > this.engine.cameraStaleAfterDays,
      ...trust,
    };
  }

  /** The sensor's optics as the engine sees them (size from its frames, lens from the settings). */
  private sensorProfile(): ReturnType<typeof profileFor> | null {
    const size = this.liveView.size;
    return size ? profileFor(size.width, size.height, this.engine.profile) : null;
  }

  /** The site calibration the engine applies to the sensor now streaming, or null. */
  private siteInUse(): SiteCalibration | null {
    const site = this.engine.site;
    return site && this.sensorKey !== null && site.sensor === this.sensorKey ? site : null;
  }

  /**
   * Readings rest on the physical model only: the sensor cannot resolve the face's hottest spot
   * (anything but a high-resolution sensor the optics model describes, with no loss to add back)
   * and has no site calibration. Unknown before the first frame.
   */
  private physicalModelOnly(): boolean {
    const profile = this.sensorProfile();
    if (!profile || this.siteInUse()) return false;
    const optics = sensorCapability(profile);
    const resolvesFace = optics.modelled && optics.lossC !== null && optics.lossC <= 0;
    return !resolvesFace;
  }

  private publishModelNotice(): void {
    const now = this.physicalModelOnly();
    if (now === this.modelOnlyShown) return;
    this.modelOnlyShown = now;
    this.emit('physicalModelOnly', now);
  }

  /**
   * A frame of another size (a new sensor): its key decides which site calibration applies, and a
   * site-calibration session read with another sensor ends.
   */
  private onSensorKey(width: number, height: number): void {
    const size = `${width}x${height}`;
    if (size === this.frameSize) return;
    this.frameSize = size;
    const key = sensorKey(profileFor(width, height, this.engine.profile));
    if (key === this.sensorKey) return;
    this.sensorKey = key;
    this.siteWizard.sensorChanged(key);
    const stored = this.persistence.loadSiteCalibration(key);
    if (stored && JSON.stringify(stored) !== JSON.stringify(this.engine.site)) {
      this.engine = { ...this.engine, site: stored };
      void this.reconfigure().catch((error: Error) =>
        this.log(`kiosk: could not apply the site calibration: ${error.message}`),
      );
    }
    this.publishModelNotice();
  }

  /** The blackbody region in the pixels of the frames now arriving. */
  private blackbodyRegion(): Region | null {
    const bb = this.engine.pipeline.blackbody;
    if (!bb) return null;
    const to = this.liveView.size ?? this.engine.blackbodyView ?? REFERENCE_VIEW;
    const scaled = scaleBlackbody(bb, this.engine.blackbodyView ?? REFERENCE_VIEW, to);
    return scaled
      ? { col: scaled.col, row: scaled.row, width: scaled.width, height: scaled.height }
      : null;
  }

  private onFrame(frame: ThermalFrame): void {
    this.framesSubmitted++;
    this.liveView.offer(frame);
    this.onSensorKey(frame.width, frame.height);
    this.feedCaptures(frame);
    this.estimation.submit(frame);
  }

  private feedCaptures(frame: ThermalFrame): void {
    if (this.captures.length === 0) return;
    for (const entry of [...this.captures]) {
      try {
        entry.capture.add(frame.pixels, frame.width, frame.height);
        if (!entry.capture.done) continue;
        // A region not on the source (uneven, far from its set point) is no reference at all.
        const problems = entry.capture.problems();
        if (problems.length > 0) entry.reject(new ApiFailure('rejected', problems.join(' ')));
        else entry.resolve(entry.capture.result());
      } catch (error) {
        entry.reject(error instanceof Error ? error : new Error(String(error)));
      }
      this.captures = this.captures.filter((c) => c !== entry);
    }
  }

  private onResult(result: WorkerResult): void {
    for (const warning of result.warnings) this.log(`estimation: ${warning}`);
    // The one reading staff armed a capture for: into the wizard's memory, nowhere else.
    if (result.capture) this.siteWizard.onCapture(result.capture);
    const observation = result.observation;
    this.blackbodyState = observation.blackbody;
    this.ambientC = observation.ambientC;
    this.liveView.setRegions(observation.regions);
    if (observation.ambient !== this.room) {
      this.room = observation.ambient;
      if (this.room === 'cold' || this.room === 'warm') {
        this.log(
          `kiosk: the room is too ${this.room} for reliable screening (18–24 °C recommended)`,
        );
      }
      this.emit('room', this.room);
    }
    this.workerState = result.state;
    // The count is committed before the verdict's screen is published: a verdict that was shown
    // is never lost. One that cannot be counted is not shown (screening pauses instead).
    if (result.verdict && this.record(result.verdict.outcome)) {
      this.emit('verdict', result.verdict);
    }
    this.refresh();
  }

  private record(outcome: Outcome): boolean {
    const records = this.options.records;
    if ('error' in records) return false;
    try {
      records.increment(this.local(), this.settings.kioskName, outcome);
    } catch (error) {
      // Never screen without counting: pause until staff fixes the storage.
      this.recordsError = `could not save counts: ${error instanceof Error ? error.message : String(error)}`;
      this.log(this.recordsError);
      return false;
    }
    this.tally[outcome]++;
    this.emit('counts', this.today());
    return true;
  }

  private onSensorStatus(status: SensorStatus): void {
    this.sensorStatus = status;
    this.noteSensor(status);
    this.publishSensor();
    this.refresh();
  }

  /** Works out what the screen shows: faults pause screening, otherwise the worker decides. */
  private refresh(): void {
    const sensor = this.currentSensor();
    let next: ScreeningState;
    if (this.recordsError) next = { screen: 'paused', reason: 'records-unavailable' };
    else if (this.estimatorRestarting) next = { screen: 'paused', reason: 'estimator-restarting' };
    else if (sensor.state === 'none' || sensor.state === 'disconnected') {
      next = { screen: 'paused', reason: 'sensor-disconnected' };
    } else if (sensor.state === 'detecting') {
      next = {
        screen: 'paused',
        reason: sensor.fault ? FAULT_PAUSE[sensor.fault] : 'sensor-detecting',
      };
    } else if (sensor.state !== 'streaming') next = { screen: 'paused', reason: 'starting' };
    else if (sensor.fault) next = { screen: 'paused', reason: FAULT_PAUSE[sensor.fault] };
    else next = this.workerState;
    if (JSON.stringify(next) !== JSON.stringify(this.shown)) {
      this.shown = next;
      this.notePause(next);
      this.emit('state', next);
    }
  }

  /** Pauses and resumptions as device events: once per change of reason, never per person. */
  private notePause(state: ScreeningState): void {
    const pause = state.screen === 'paused' && state.reason !== 'starting' ? state.reason : null;
    if (pause === this.notedPause) return;
    if (pause) this.note('screening-paused', pause);
    else if (state.screen !== 'paused') this.note('screening-resumed', this.notedPause ?? '');
    else return; // back to 'starting': wait for the outcome before noting anything
    this.notedPause = pause;
  }

  /** The sensor's link coming up or going down, as device events. */
  private noteSensor(status: SensorStatus): void {
    const up = status.state === 'streaming';
    const down = status.state === 'disconnected' || status.state === 'none';
    if (up && this.sensorNoted !== 'connected') {
      this.sensorNoted = 'connected';
      this.note('sensor-connected', `${status.port ?? ''} ${status.protocol ?? ''}`.trim());
    } else if (down && this.sensorNoted === 'connected') {
      this.sensorNoted = 'lost';
      this.note('sensor-lost', `${status.port ?? ''}: ${status.lastError ?? ''}`);
    }
  }

  private publishSensor(): void {
    const status = this.currentSensor();
    const json = JSON.stringify(status);
    if (json === this.lastSensorJson) return;
    this.lastSensorJson = json;
    this.emit('sensor', status);
  }

  private currentSensor(): SensorStatus {
    return this.sensor ? this.sensor.status() : this.sensorStatus;
  }

  private today(): DailyCount {
    const date = this.local().date;
    const records = this.options.records;
    return 'error' in records ? emptyDay(date) : records.day(date);
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  private log(line: string): void {
    (this.options.log ?? ((l: string) => console.error(l)))(line);
  }
}

/** The engine with the blackbody staff drew (region in its own image's pixels, set point). */
export function withBlackbody(
  engine: EngineSettings,
  stored: StoredBlackbody | null,
): EngineSettings {
  if (!stored) return engine;
  const base = engine.pipeline.blackbody;
  return {
    ...engine,
    blackbodyView: stored.view,
    pipeline: {
      ...engine.pipeline,
      blackbody: {
        ...stored.region,
        temperatureC: stored.setC,
        toleranceC: base?.toleranceC ?? 1,
      },
    },
  };
}

/** The fitted site calibration in one line: no volunteer's value, only the fit. */
function describeSite(site: SiteCalibration): string {
  const sign = site.offsetC >= 0 ? '+' : '−';
  return `${site.n} volunteers, offset ${sign}${Math.abs(site.offsetC).toFixed(2)} °C ± ${site.seC.toFixed(2)}, spread ${site.spreadC.toFixed(2)} °C, sensor ${site.sensor}, ${site.date}`;
}

function sameRegion(a: Region, b: Region): boolean {
  return a.col === b.col && a.row === b.row && a.width === b.width && a.height === b.height;
}
