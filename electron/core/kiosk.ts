// The kiosk: composes its services (sensor, screening, records, settings, camera and site
// calibration, staff PINs) and the API's call table. Each service has one job; this file only
// wires them, starts and stops them, and answers the snapshot and the staff's status.
import type { CallHandlers } from '../contract/api.js';
import type { DateRange, KioskSnapshot, Outcome } from '../contract/schemas.js';
import type { KioskSettings } from '../contract/settings.js';
import { ApiFailure } from '../contract/api.js';
import type { StaffStatus, ThermalView } from '../contract/staff.js';
import { gainOffset } from './estimation/camera-calibration.js';
import { defaultEngineSettings } from './estimation/engine-settings.js';
import { memoryPersistence, type KioskPersistence } from './kiosk-persistence.js';
import type { KioskOptions } from './kiosk-options.js';
import { LiveView } from './live-view.js';
import type { EventKind } from './records/event-log.js';
import { localTime, type LocalTime } from './records/local-date.js';
import type { ThermalFrame } from './sensor/frame.js';
import { CameraCalibrationService, withBlackbody } from './services/camera-calibration-service.js';
import { BundleService } from './services/bundle-service.js';
import { ConditionsService } from './services/conditions-service.js';
import { EngineConfig } from './services/engine-config.js';
import { kioskCalls } from './services/kiosk-calls.js';
import { KioskEvents, type KioskContext, type KioskListener } from './services/kiosk-context.js';
import { RecordsService } from './services/records-service.js';
import { ScreeningService } from './services/screening-service.js';
import { SecondCheckService } from './services/second-check-service.js';
import {
  SensorService,
  type FrameSource,
  type PortLister,
  type SensorSink,
} from './services/sensor-service.js';
import { SettingsService } from './services/settings-service.js';
import { SiteCalibrationService } from './services/site-calibration-service.js';
import { StaffAuth } from './staff/staff-auth.js';

export type { FrameSource, KioskListener, KioskOptions, PortLister, SensorSink };
export { withBlackbody };

export class Kiosk {
  readonly auth: StaffAuth;
  readonly handlers: CallHandlers;
  private readonly events = new KioskEvents();
  private readonly context: KioskContext;
  private readonly persistence: KioskPersistence;
  private readonly engine: EngineConfig;
  private readonly liveView: LiveView;
  private readonly sensor: SensorService;
  private readonly records: RecordsService;
  private readonly settings: SettingsService;
  private readonly screening: ScreeningService;
  private readonly site: SiteCalibrationService;
  private readonly camera: CameraCalibrationService;
  private readonly conditions: ConditionsService;
  private readonly bundles: BundleService;
  private readonly secondChecks: SecondCheckService;
  private watchdog: NodeJS.Timeout | null = null;
  /** Staff asked to leave kiosk mode (the exit is noted then, not again at stop). */
  private exitNoted = false;

  constructor(private readonly options: KioskOptions) {
    const log = options.log ?? ((line: string) => console.error(line));
    const persistence = options.persistence ?? memoryPersistence();
    this.persistence = persistence;
    const now = (): Date => options.now?.() ?? new Date();
    const context: KioskContext = {
      now,
      local: (): LocalTime => localTime(now(), options.timeZone),
      log,
      note: (kind: EventKind, detail = '') => persistence.recordEvent(kind, detail),
      emit: (event, payload) => this.events.emit(event, payload),
    };
    this.context = context;
    this.liveView = new LiveView(() => now().getTime());

    const loaded = persistence.loadSettings();
    if (loaded.problem) log(`kiosk: ${loaded.problem}`);
    const base = withBlackbody(
      options.settings ?? defaultEngineSettings(context.local().date),
      persistence.loadBlackbody(),
    );
    // The newest site calibration: it applies once its sensor streams (see onFrameSize).
    this.engine = new EngineConfig(
      { ...base, site: base.site ?? persistence.loadSiteCalibration(null) },
      { ...loaded.settings, ...options.settingsOverride },
      (applied) => this.screening.configure(applied),
    );
    this.auth = new StaffAuth({
      pins: persistence.pins,
      demoPin: options.demoPin ?? null,
      demoHrPin: options.demoHrPin ?? null,
      now: () => now().getTime(),
      autoLockMs: () => this.engine.settings.autoLockMinutes * 60_000,
      onChange: (info) => context.emit('staff', info),
      onAudit: (kind, detail) => context.note(kind, detail),
    });
    this.records = new RecordsService(
      context,
      options.records,
      () => this.engine.settings,
      () => this.screening.refresh(),
    );
    this.secondChecks = new SecondCheckService({
      context,
      records: options.records,
      settings: () => this.engine.settings,
      decision: () => this.engine.applied().decision,
      site: () => this.site.trust().site,
    });
    this.sensor = new SensorService({
      context,
      openSensor: options.openSensor,
      onFrame: (frame) => this.onFrame(frame),
      onStatus: () => this.screening.refresh(),
      beforeChange: () => {
        this.site.wizard.interrupt('sensor-changed');
        this.screening.sensorChanged();
      },
      remember: options.rememberSensor ? (choice) => persistence.saveSensor(choice) : null,
      listPorts: options.listPorts,
    });
    this.screening = new ScreeningService({
      context,
      sensor: () => this.sensor.current(),
      count: (outcome) => this.secondChecks.onCount(outcome, this.records.record(outcome)),
      recordsUnavailable: () => this.records.unavailable,
      pauseDetail: (reason) =>
        reason === 'records-unavailable' && this.records.failureReason
          ? `${reason}: ${this.records.failureReason}`
          : reason,
      onCapture: (capture) => this.site.wizard.onCapture(capture),
      onRegions: (regions) => this.liveView.setRegions(regions),
      warmUpMs: () => this.engine.settings.warmUpMinutes * 60_000,
      workerUrl: options.workerUrl,
      maxBacklog: options.maxBacklog,
    });
    this.settings = new SettingsService(context, this.engine, persistence, options, () =>
      this.records.applyRetention(),
    );
    const frameSize = (): { width: number; height: number } | null => this.liveView.size;
    const streaming = (): boolean => this.sensor.streaming;
    this.site = new SiteCalibrationService({
      context,
      engine: this.engine,
      persistence,
      frameSize,
      streaming,
      armCapture: (armed) => this.screening.estimation.armCapture(armed),
      isOpen: (session) => this.auth.isOpen(session),
    });
    this.camera = new CameraCalibrationService({
      context,
      engine: this.engine,
      persistence,
      frameSize,
      streaming,
      trust: () => this.site.trust(),
    });
    const sources = { screening: this.screening, sensor: this.sensor, camera: this.camera };
    this.conditions = new ConditionsService(context, options.records, sources, this.engine);
    const { records, timeZone } = options;
    const settings = () => this.engine.settings;
    const conditions = (range: DateRange) => this.conditions.days(range);
    this.bundles = new BundleService({ context, records, settings, conditions, timeZone });
    this.handlers = kioskCalls({
      auth: this.auth,
      sensor: this.sensor,
      records: this.records,
      secondChecks: this.secondChecks,
      settings: this.settings,
      camera: this.camera,
      conditions: this.conditions,
      bundles: this.bundles,
      site: this.site,
      persistence,
      snapshot: () => this.snapshot(),
      staffStatus: () => this.staffStatus(),
      thermalView: () => this.thermalView(),
      exit: () => this.exit(),
    });
  }

  async start(): Promise<void> {
    this.context.note('kiosk-started', this.options.mode);
    this.records.start();
    this.conditions.start();
    this.bundles.start();
    await this.engine.reconfigure();
    if (this.options.sensor) this.sensor.open(this.options.sensor);
    // Publishes the sensor's counters once a second (its state changes arrive at once), and ends
    // a site calibration whose console passed its auto-lock time.
    this.watchdog = setInterval(() => {
      this.sensor.publish();
      this.site.wizard.check();
    }, 1000);
    this.screening.refresh();
  }

  async stop(): Promise<void> {
    if (this.watchdog) clearInterval(this.watchdog);
    // Any other way out (a signal, the window manager) is noted too: exits are in the audit trail.
    if (!this.exitNoted) this.context.note('kiosk-exited', 'stopped without the console');
    this.camera.cancel('the kiosk is stopping');
    // The volunteers' values would end with the process anyway; drop them first.
    this.site.wizard.close();
    await this.sensor.close();
    await this.screening.close();
    this.conditions.stop(); // its last minutes, before the records close
    this.bundles.stop();
    this.records.stop();
  }

  subscribe(listener: KioskListener): () => void {
    return this.events.subscribe(listener);
  }

  /** Verdicts counted this run, by outcome. */
  get tally(): Readonly<Record<Outcome, number>> {
    return this.records.tally;
  }

  get framesSubmitted(): number {
    return this.screening.framesSubmitted;
  }

  get framesProcessed(): number {
    return this.screening.estimation.processed + this.screening.estimation.dropped;
  }

  currentSettings(): KioskSettings {
    return this.settings.current();
  }

  snapshot(): KioskSnapshot {
    return {
      mode: this.options.mode,
      estimatorCrashes: this.screening.estimation.crashes,
      room: this.screening.room,
      state: this.screening.shown,
      sensor: this.sensor.current(),
      today: this.records.today(),
      settings: this.engine.settings,
      staff: this.auth.info(),
      physicalModelOnly: this.site.physicalModelOnly(),
      calibrationOverdue: this.camera.overdue(),
      pendingReferrals: this.secondChecks.pending,
    };
  }

  private staffStatus(): StaffStatus {
    const engine = this.engine.engine;
    const estimation = this.screening.estimation;
    return {
      state: this.screening.shown,
      sensor: this.sensor.current(),
      blackbody: {
        state: engine.pipeline.blackbody ? this.screening.blackbodyState : 'not-configured',
        region: this.camera.blackbodyRegion(),
        setC: engine.pipeline.blackbody?.temperatureC ?? null,
      },
      room: this.screening.room,
      ambientC: this.screening.ambientC,
      calibration: this.camera.info(),
      worker: {
        state: this.screening.estimatorRestarting ? 'restarting' : 'running',
        crashes: estimation.crashes,
        framesProcessed: estimation.processed,
        framesDropped: estimation.dropped,
      },
      today: this.records.today(),
      hrPinSet: this.auth.hrPinSet,
      recordsNotice: this.records.notice(),
      pendingReferrals: this.secondChecks.pending,
      warmUpEndsAt: this.screening.warmUpEndsAt,
      referralRate: this.secondChecks.referralRate(),
    };
  }

  private thermalView(): ThermalView | null {
    const camera = this.engine.engine.camera ? gainOffset(this.engine.engine.camera) : null;
    return this.liveView.view(this.camera.blackbodyRegion(), camera);
  }

  private exit(): void {
    if (!this.options.onExit) {
      throw new ApiFailure('rejected', 'this kiosk cannot be closed from here');
    }
    this.context.log('kiosk: leaving kiosk mode (staff)');
    this.context.note('kiosk-exited', 'by staff, from the console');
    this.exitNoted = true;
    // Reply first, then close.
    setTimeout(() => this.options.onExit?.(), 200);
  }

  private onFrame(frame: ThermalFrame): void {
    this.liveView.offer(frame);
    this.site.onFrameSize(frame.width, frame.height);
    this.camera.offer(frame);
    this.screening.submit(frame);
  }
}
