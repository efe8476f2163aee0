// Judges a stream's health from what it delivers: stalled (no valid frame for several frame
// intervals), frozen (identical frames), garbage (bytes but no valid frames). Pure: the caller
// supplies the clock, so tests need no timers.
import type { ThermalFrame } from './frame.js';

export type LinkFault = 'stalled' | 'frozen' | 'garbage';

export interface HealthOptions {
  /** Frame rate assumed until one is measured. */
  typicalRateHz: number;
  /** Frame intervals without a valid frame before the stream counts as stalled. */
  stallIntervals?: number;
  /** Never call a stream stalled sooner than this. */
  minStallMs?: number;
  /** Identical consecutive frames before an imaging sensor counts as frozen. */
  frozenFrames?: number;
  /** Bytes that must arrive without any valid frame before they count as garbage. */
  garbageBytes?: number;
  /** How long bytes must keep arriving without a valid frame before they count as garbage. */
  garbageMs?: number;
}

export class LinkHealth {
  private lastFrameAt: number | null = null;
  private bytesSinceFrame = 0;
  private firstBytesSinceFrameAt: number | null = null;
  private intervalMs: number;
  private previous: Float32Array | null = null;
  private identical = 0;
  /** Measured frames per second (smoothed), or null before two frames. */
  rateHz: number | null = null;

  constructor(
    private readonly options: HealthOptions,
    private readonly startedAt: number,
  ) {
    this.intervalMs = 1000 / options.typicalRateHz;
  }

  onBytes(count: number, now: number): void {
    if (this.bytesSinceFrame === 0) this.firstBytesSinceFrameAt = now;
    this.bytesSinceFrame += count;
  }

  onFrame(frame: ThermalFrame, now: number): void {
    if (this.lastFrameAt !== null) {
      const gap = now - this.lastFrameAt;
      // Smooth the interval so one late frame does not halve the stall threshold.
      this.intervalMs = this.rateHz === null ? gap : 0.8 * this.intervalMs + 0.2 * gap;
      this.rateHz = this.intervalMs > 0 ? 1000 / this.intervalMs : null;
    }
    this.lastFrameAt = now;
    this.bytesSinceFrame = 0;
    this.firstBytesSinceFrameAt = null;
    this.trackFrozen(frame.pixels);
  }

  /** The current fault, or null when the stream looks healthy. */
  fault(now: number): LinkFault | null {
    const o = this.options;
    if (this.identical >= (o.frozenFrames ?? 16)) return 'frozen';
    const garbageMs = o.garbageMs ?? 2000;
    if (
      this.bytesSinceFrame >= (o.garbageBytes ?? 256) &&
      this.firstBytesSinceFrameAt !== null &&
      now - this.firstBytesSinceFrameAt >= garbageMs
    ) {
      return 'garbage';
    }
    const stallMs = Math.max(o.minStallMs ?? 1000, (o.stallIntervals ?? 5) * this.intervalMs);
    const since = this.lastFrameAt ?? this.startedAt;
    return now - since > stallMs ? 'stalled' : null;
  }

  /** Milliseconds since the last valid frame (or since the link opened). */
  sinceFrame(now: number): number {
    return now - (this.lastFrameAt ?? this.startedAt);
  }

  private trackFrozen(pixels: Float32Array): void {
    // A single-point reading can legitimately repeat; only images carry enough noise to judge.
    if (pixels.length <= 1) return;
    const prev = this.previous;
    let same = prev !== null && prev.length === pixels.length;
    if (same) {
      for (let i = 0; i < pixels.length; i++) {
        if (prev![i] !== pixels[i]) {
          same = false;
          break;
        }
      }
    }
    this.identical = same ? this.identical + 1 : 0;
    if (!prev || prev.length !== pixels.length) this.previous = new Float32Array(pixels.length);
    this.previous!.set(pixels);
  }
}
