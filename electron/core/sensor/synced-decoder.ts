// What every binary decoder shares: a fixed buffer filled from chunks of any size, a search for
// the sync header, and the accounting of skipped bytes and resyncs. Subclasses decode frames.
import { monotonicMs } from './monotonic-clock.js';
import type { DeviceNotice, FrameDecoder } from './decoder.js';
import { emptyStats, type ThermalFrame } from './frame.js';
import type { ProtocolId } from './protocol-ids.js';

export abstract class SyncedDecoder implements FrameDecoder {
  abstract readonly protocol: ProtocolId;
  readonly stats = emptyStats();
  notice: DeviceNotice | null = null;
  protected readonly buffer: Uint8Array;
  protected length = 0;
  protected seq = 0;
  private lostSync = false;

  /** `capacity` must hold a whole frame plus the largest chunk taken per drain. */
  constructor(
    capacity: number,
    private readonly header: Uint8Array,
  ) {
    this.buffer = new Uint8Array(capacity);
  }

  /** Feeds bytes; returns the frames they complete, oldest first. */
  push(chunk: Uint8Array, receivedAt = monotonicMs()): ThermalFrame[] {
    const frames: ThermalFrame[] = [];
    let offset = 0;
    while (offset < chunk.length) {
      const take = Math.min(chunk.length - offset, this.buffer.length - this.length);
      this.buffer.set(chunk.subarray(offset, offset + take), this.length);
      this.length += take;
      offset += take;
      const consumed = this.drain(frames, receivedAt);
      this.buffer.copyWithin(0, consumed, this.length);
      this.length -= consumed;
      this.consumed(consumed);
    }
    return frames;
  }

  /** Decodes what the buffer holds; returns how many leading bytes are done with. */
  protected abstract drain(out: ThermalFrame[], receivedAt: number): number;

  /** Hook: `count` leading bytes were dropped from the buffer. */
  protected consumed(_count: number): void {}

  /**
   * The next header at or after `from`, skipping (and counting) the bytes before it; or, when
   * there is none, -1 after skipping all but a possible partial header at the tail.
   * Returns the header's position, or -1 with `this.tail` set to where the kept bytes begin.
   */
  protected seek(from: number): number {
    const at = this.findHeader(from);
    if (at < 0) {
      this.tail = this.length - this.partialHeader(from);
      this.discard(this.tail - from);
      return -1;
    }
    this.discard(at - from);
    if (this.lostSync) {
      this.stats.resyncs++;
      this.lostSync = false;
    }
    return at;
  }

  /** Where unconsumed bytes begin after seek() found no header. */
  protected tail = 0;

  /** Counts skipped bytes; unless told otherwise, the next header found counts as a resync. */
  protected discard(count: number, losesSync = true): void {
    if (count <= 0) return;
    this.stats.bytesDiscarded += count;
    if (losesSync) this.lostSync = true;
  }

  protected findHeader(from: number): number {
    const b = this.buffer;
    const h = this.header;
    const first = h[0]!;
    for (let i = from; i + h.length <= this.length; i++) {
      if (b[i] !== first) continue;
      let k = 1;
      while (k < h.length && b[i + k] === h[k]) k++;
      if (k === h.length) return i;
    }
    return -1;
  }

  /** How many trailing bytes at or after `from` could begin a header (never bytes before it). */
  private partialHeader(from: number): number {
    for (let keep = Math.min(this.header.length - 1, this.length - from); keep > 0; keep--) {
      let k = 0;
      while (k < keep && this.buffer[this.length - keep + k] === this.header[k]) k++;
      if (k === keep) return keep;
    }
    return 0;
  }
}
