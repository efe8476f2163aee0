// What the text decoders share: lines from the splitter, the frame being assembled from several
// lines (Adafruit formats), delivery, and the accounting of skipped bytes and resyncs.
import type { FrameDecoder } from './decoder.js';
import { emptyStats, type ThermalFrame } from './frame.js';
import type { ProtocolId } from './protocol-ids.js';
import { LineSplitter } from './text-lines.js';

export abstract class TextFrameDecoder implements FrameDecoder {
  abstract readonly protocol: ProtocolId;
  readonly stats = emptyStats();
  private readonly lines = new LineSplitter({
    line: (buf, start, end, rawBytes) => this.onLine(buf, start, end, rawBytes),
    overlong: (count) => {
      this.dropFrame();
      this.skip(count, true);
    },
  });
  /** Rows received for a multi-line frame in progress, or -1 between frames. */
  protected rows = -1;
  /** Bytes of the frame in progress so far (its opening line included). */
  protected frameBytes = 0;
  private seq = 0;
  private lostSync = false;
  private out: ThermalFrame[] = [];
  private receivedAt = 0;

  /** Feeds bytes; returns the frames they complete, oldest first. */
  push(chunk: Uint8Array, receivedAt = Date.now()): ThermalFrame[] {
    const frames: ThermalFrame[] = [];
    this.out = frames;
    this.receivedAt = receivedAt;
    this.lines.push(chunk);
    this.out = [];
    return frames;
  }

  /** One complete line, `buf[start, end)` without its line ending; `rawBytes` with it. */
  protected abstract onLine(buf: Uint8Array, start: number, end: number, rawBytes: number): void;

  /** A frame begins here (abandoning any in progress); counts a resync if bytes were skipped. */
  protected startFrame(rawBytes: number): void {
    this.dropFrame();
    this.noteSync();
    this.rows = 0;
    this.frameBytes = rawBytes;
  }

  /** A frame's first line arrived (single-line formats): counts a resync if bytes were skipped. */
  protected noteSync(): void {
    if (!this.lostSync) return;
    this.stats.resyncs++;
    this.lostSync = false;
  }

  protected deliver(width: number, height: number, pixels: Float32Array): void {
    this.rows = -1;
    this.frameBytes = 0;
    this.stats.frames++;
    this.out.push({
      width,
      height,
      pixels,
      ambient: null,
      singlePoint: false,
      seq: this.seq++,
      receivedAt: this.receivedAt,
    });
  }

  /** Abandons the frame in progress, if any, as malformed. */
  protected dropFrame(): void {
    if (this.rows < 0) return;
    this.stats.malformed++;
    this.skip(this.frameBytes, true);
    this.rows = -1;
    this.frameBytes = 0;
  }

  /** Counts bytes that are not part of a frame; `lostSync`: the next frame counts as a resync. */
  protected skip(count: number, lostSync: boolean): void {
    this.stats.bytesDiscarded += count;
    if (lostSync) this.lostSync = true;
  }
}
