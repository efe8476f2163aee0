// The daily conditions record: once a minute the minute goes to the current local day and kiosk,
// as ready (the screen is not paused) or paused with its reason, with the room as the sensor reads
// it (the room, never a person), the reference's stability and the calibration's age. Written to
// the kiosk database; a store that refuses the write never stops screening: the minutes wait in
// memory (a few rows a day at most), it is said once, and the write is tried again next minute.
import { ApiFailure } from '../../contract/api.js';
import type { ConditionsDay } from '../../contract/conditions.js';
import type { ExportFile } from '../../contract/export.js';
import type { DateRange, ScreeningState } from '../../contract/schemas.js';
import type { KioskSettings } from '../../contract/settings.js';
import type { BlackbodyState } from '../../contract/staff.js';
import type { EngineSettings } from '../estimation/engine-settings.js';
import { conditionsFile } from '../records/conditions-csv.js';
import type { ConditionsMinutes, ConditionsStore } from '../records/conditions-store.js';
import type { KioskContext } from './kiosk-context.js';

export const MINUTE_MS = 60_000;

/** What the record reads each minute (the kiosk's services, narrowed to what is needed). */
export interface ConditionsSources {
  screening: {
    readonly shown: ScreeningState;
    readonly ambientC: number | null;
    readonly blackbodyState: BlackbodyState;
  };
  sensor: { readonly streaming: boolean };
  camera: { ageDays(): number | null; publishOverdue(): void };
}

/** The settings in force (the kiosk's name) and the engine's (whether a reference is set). */
export interface ConditionsEngine {
  readonly settings: KioskSettings;
  readonly engine: EngineSettings;
}

export class ConditionsService {
  private timer: NodeJS.Timeout | null = null;
  /** Minutes not yet written, by day and kiosk. */
  private pending = new Map<string, ConditionsMinutes>();
  /** Why the last write failed (said once), or null. */
  private failing: string | null = null;
  /** When the last minute was added (a stop counts the part since then from half a minute). */
  private lastMinuteAt = 0;

  constructor(
    private readonly context: KioskContext,
    private readonly records: { conditions: ConditionsStore } | { error: string },
    private readonly sources: ConditionsSources,
    private readonly engine: ConditionsEngine,
  ) {}

  start(): void {
    this.lastMinuteAt = this.context.now().getTime();
    this.timer = setInterval(() => this.tick(), MINUTE_MS);
    this.timer.unref();
  }

  /** Counts the last part-minute if it was at least half of one, and writes what is pending. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.context.now().getTime() - this.lastMinuteAt >= MINUTE_MS / 2) this.addMinute();
    this.flush();
  }

  /** One minute of the record (the timer's; tests call it with their own clock). */
  tick(): void {
    this.addMinute();
    this.flush();
    // A calibration turns overdue with the days: checked here, once a minute, for the footer.
    this.sources.camera.publishOverdue();
  }

  /** The recorded days in the range, with the minutes still waiting to be written. */
  days(range: DateRange): ConditionsDay[] {
    const stored = this.store().days(range);
    const waiting = [...this.pending.values()].filter(
      (m) => m.day >= range.from && m.day <= range.to,
    );
    for (const m of waiting) {
      let day = stored.find((d) => d.date === m.day && d.kiosk === m.kiosk);
      if (!day) {
        day = emptyDay(m.day, m.kiosk);
        stored.push(day);
      }
      addTo(day, m);
    }
    return stored.sort((a, b) => (a.date + a.kiosk < b.date + b.kiosk ? -1 : 1));
  }

  /** The conditions CSV, noted as an export in the audit trail (never what it held). */
  export(range: DateRange, by: 'staff' | 'hr'): ExportFile {
    const file = conditionsFile(range, this.days(range));
    this.context.note(
      'counts-exported',
      `conditions record ${range.from} to ${range.to}, by ${by}`,
    );
    return file;
  }

  private addMinute(): void {
    this.lastMinuteAt = this.context.now().getTime();
    if ('error' in this.records) return; // nowhere to keep it; the kiosk already says why
    const { screening, sensor, camera } = this.sources;
    const engine = this.engine;
    const day = this.context.local().date;
    const kiosk = engine.settings.kioskName;
    const key = `${day}\u0000${kiosk}`;
    const entry = this.pending.get(key) ?? emptyMinutes(day, kiosk);
    const shown = screening.shown;
    if (shown.screen === 'paused') {
      entry.paused[shown.reason] = (entry.paused[shown.reason] ?? 0) + 1;
    } else entry.ready++;
    // Only what a streaming sensor reads now: a value from before it stopped is no reading.
    const room = sensor.streaming ? screening.ambientC : null;
    if (room !== null && Number.isFinite(room)) {
      const c = Math.round(room * 10) / 10;
      entry.roomMinC = entry.roomMinC === null ? c : Math.min(entry.roomMinC, c);
      entry.roomMaxC = entry.roomMaxC === null ? c : Math.max(entry.roomMaxC, c);
    }
    // Both stay 0 where no reference is configured; an unknown state counts as neither.
    if (engine.engine.pipeline.blackbody && sensor.streaming) {
      const state = screening.blackbodyState;
      if (state === 'ok') entry.referenceStable++;
      else if (state !== 'unknown' && state !== 'not-configured') entry.referenceUnstable++;
    }
    entry.calibrationAgeDays = camera.ageDays();
    this.pending.set(key, entry);
  }

  private flush(): void {
    if ('error' in this.records || this.pending.size === 0) return;
    try {
      this.records.conditions.add([...this.pending.values()]);
    } catch (error) {
      const why = (error as Error).message;
      if (this.failing === null) {
        this.context.log(
          `kiosk: could not save the conditions record (${why}); screening goes on, and the minutes are kept to be saved next minute`,
        );
      }
      this.failing = why;
      return;
    }
    this.pending.clear();
    if (this.failing !== null) this.context.log('kiosk: the conditions record is saved again');
    this.failing = null;
  }

  private store(): ConditionsStore {
    if ('error' in this.records) throw new ApiFailure('rejected', this.records.error);
    return this.records.conditions;
  }
}

function emptyMinutes(day: string, kiosk: string): ConditionsMinutes {
  return {
    day,
    kiosk,
    ready: 0,
    paused: {},
    roomMinC: null,
    roomMaxC: null,
    referenceStable: 0,
    referenceUnstable: 0,
    calibrationAgeDays: null,
  };
}

function emptyDay(date: string, kiosk: string): ConditionsDay {
  return {
    date,
    kiosk,
    readyMinutes: 0,
    pausedMinutes: {},
    roomMinC: null,
    roomMaxC: null,
    referenceStableMinutes: 0,
    referenceUnstableMinutes: 0,
    calibrationAgeDays: null,
  };
}

/** Adds minutes not yet written to a day as read from the store. */
function addTo(day: ConditionsDay, m: ConditionsMinutes): void {
  day.readyMinutes += m.ready;
  for (const [reason, minutes] of Object.entries(m.paused) as Array<[string, number]>) {
    const r = reason as keyof ConditionsDay['pausedMinutes'];
    day.pausedMinutes = { ...day.pausedMinutes, [r]: (day.pausedMinutes[r] ?? 0) + minutes };
  }
  const lo = [day.roomMinC, m.roomMinC].filter((c): c is number => c !== null);
  const hi = [day.roomMaxC, m.roomMaxC].filter((c): c is number => c !== null);
  day.roomMinC = lo.length > 0 ? Math.min(...lo) : null;
  day.roomMaxC = hi.length > 0 ? Math.max(...hi) : null;
  day.referenceStableMinutes += m.referenceStable;
  day.referenceUnstableMinutes += m.referenceUnstable;
  day.calibrationAgeDays = m.calibrationAgeDays;
}
