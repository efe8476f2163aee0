// The staff's live thermal view: a copy of the latest frame, taken only while a console is
// watching (it asked within the last few seconds), and never stored anywhere.
import type { Region, ThermalView } from '../contract/staff.js';
import type { Box } from './estimation/observation.js';
import type { ThermalFrame } from './sensor/frame.js';

/** Stop copying frames this long after the last request: nobody is watching any more. */
const WATCH_MS = 3000;

export class LiveView {
  private latest: { frame: ThermalFrame; pixels: Float32Array } | null = null;
  private watchedUntil = 0;
  private regions: { subject: Box | null; face: Box | null } = { subject: null, face: null };
  private lastSize: { width: number; height: number } | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  /** Whether frames should be copied at all (cheap check per frame). */
  get watching(): boolean {
    return this.now() < this.watchedUntil;
  }

  /** Keeps a copy of a frame (before its buffer is transferred to the worker). */
  offer(frame: ThermalFrame): void {
    if (this.lastSize?.width !== frame.width || this.lastSize.height !== frame.height)
      this.lastSize = { width: frame.width, height: frame.height };
    if (!this.watching) {
      this.latest = null;
      return;
    }
    const pixels = this.latest?.pixels.length === frame.pixels.length ? this.latest.pixels : null;
    const copy = pixels ?? new Float32Array(frame.pixels.length);
    copy.set(frame.pixels);
    this.latest = { frame: { ...frame, pixels: copy }, pixels: copy };
  }

  /** Where the estimator last found the subject and the face (lags the image by a frame). */
  setRegions(regions: { subject: Box | null; face: Box | null }): void {
    this.regions = regions;
  }

  /** The view for a console; also starts (or keeps) the copying. */
  view(
    blackbody: Region | null,
    gainOffset: { gain: number; offset: number } | null,
  ): ThermalView | null {
    this.watchedUntil = this.now() + WATCH_MS;
    const latest = this.latest;
    if (!latest) return null;
    const { width, height, seq } = latest.frame;
    const pixels = new Array<number>(latest.pixels.length);
    let minC = Number.POSITIVE_INFINITY;
    let maxC = Number.NEGATIVE_INFINITY;
    const gain = gainOffset?.gain ?? 1;
    const offset = gainOffset?.offset ?? 0;
    for (let i = 0; i < latest.pixels.length; i++) {
      // What the engine sees: the camera calibration applied, rounded for a light payload.
      const raw = latest.pixels[i]!;
      const v = Number.isFinite(raw) ? Math.round((gain * raw + offset) * 100) / 100 : NaN;
      pixels[i] = Number.isFinite(v) ? v : 0;
      if (Number.isFinite(v)) {
        if (v < minC) minC = v;
        if (v > maxC) maxC = v;
      }
    }
    if (minC > maxC) minC = maxC = 0;
    const inside = (b: Box | null): Region | null =>
      b && b.col + b.width <= width && b.row + b.height <= height ? { ...b } : null;
    return {
      seq,
      width,
      height,
      pixels,
      minC,
      maxC,
      regions: {
        subject: inside(this.regions.subject),
        face: inside(this.regions.face),
        blackbody: inside(blackbody),
      },
    };
  }

  /** The size of the latest frame seen (the calibration wizard's image), if any. */
  get size(): { width: number; height: number } | null {
    return this.lastSize;
  }
}
