// What the text decoders share: lines from the splitter, the frame being assembled from several
// lines (Adafruit formats), the firmware's own banner and error lines, repair of nan pixels,
// delivery, and the accounting of skipped bytes and resyncs.
import { monotonicMs } from './monotonic-clock.js';
import type { DeviceNotice, FrameDecoder } from './decoder.js';
import { matchDeviceLine, type DeviceLine } from './device-facts.js';
import { emptyStats, type ThermalFrame } from './frame.js';
import { repairPixels } from './pixel-repair.js';
import type { ProtocolId } from './protocol-ids.js';
import { LineSplitter, shortLine } from './text-lines.js';

export abstract class TextFrameDecoder implements FrameDecoder {
  abstract readonly protocol: ProtocolId;
  readonly stats = emptyStats();
  notice: DeviceNotice | null = null;
  private readonly lines = new LineSplitter({
    line: (buf, start, end, rawBytes) => this.firstLine(buf, start, end, rawBytes),
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
  private started = false;
  private noticeSticky = false;
  private out: ThermalFrame[] = [];
  private receivedAt = 0;

  constructor(private readonly deviceLines: readonly DeviceLine[]) {}

  /** Feeds bytes; returns the frames they complete, oldest first. */
  push(chunk: Uint8Array, receivedAt = monotonicMs()): ThermalFrame[] {
    const frames: ThermalFrame[] = [];
    this.out = frames;
    this.receivedAt = receivedAt;
    this.lines.push(chunk);
    this.out = [];
    return frames;
  }

  /**
   * The stream's first line may have begun before the port was opened: a cut value ("23.45"
   * read as "3.45") would make a wrong frame, so it is never used as data. An empty line, or a
   * banner or error line the firmware prints (which a cut could never make), is still read.
   */
  private firstLine(buf: Uint8Array, start: number, end: number, rawBytes: number): void {
    if (this.started) return this.onLine(buf, start, end, rawBytes);
    this.started = true;
    if (end === start) return this.onLine(buf, start, end, rawBytes);
    this.recognise(buf, start, end);
    this.skip(rawBytes, false);
  }

  /** One complete line, `buf[start, end)` without its line ending; `rawBytes` with it. */
  protected abstract onLine(buf: Uint8Array, start: number, end: number, rawBytes: number): void;

  /**
   * Whether the line is one the firmware prints besides frames (a banner, an error); if so it is
   * kept as the decoder's notice.
   */
  protected recognise(buf: Uint8Array, start: number, end: number): boolean {
    const text = shortLine(buf, start, end);
    if (text === null) return false;
    const known = matchDeviceLine(this.deviceLines, text.trimEnd());
    if (!known) return false;
    this.notice = { kind: known.kind, line: text.slice(0, 120), message: known.message };
    this.noticeSticky = known.sticky ?? false;
    return true;
  }

  /** A problem the decoder found in the output itself (e.g. ASCII art instead of numbers). */
  protected noteProblem(line: string, message: string): void {
    this.notice = { kind: 'problem', line: line.slice(0, 120), message };
    this.noticeSticky = false;
  }

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

  /**
   * Delivers a complete frame after filling a few nan pixels from their neighbours; a frame with
   * too many is dropped as malformed. Returns whether the frame was delivered.
   */
  protected deliver(
    width: number,
    height: number,
    pixels: Float32Array,
    ambient: number | null = null,
  ): boolean {
    const repaired = repairPixels(pixels, width, height);
    if (repaired < 0) {
      this.dropFrame(true);
      return false;
    }
    this.stats.repairedPixels += repaired;
    this.rows = -1;
    this.frameBytes = 0;
    this.stats.frames++;
    // A frame with a printed problem behind it shows the device works again.
    if (this.notice?.kind === 'problem' && !this.noticeSticky) this.notice = null;
    this.out.push({
      width,
      height,
      pixels,
      ambient,
      singlePoint: false,
      seq: this.seq++,
      receivedAt: this.receivedAt,
    });
    return true;
  }

  /** Abandons the frame in progress (or, with `complete`, a whole bad one) as malformed. */
  protected dropFrame(complete = false): void {
    if (this.rows < 0 && !complete) return;
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
