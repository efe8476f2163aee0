// Finds which protocol a port speaks, on one open port, at the firmware's real pace: every
// decoder reads the same bytes, and the first valid frame (or an MI48 reply) settles it. Opening
// a port resets Uno-class boards, so the port is never reopened to try another baud rate: the
// rate is changed on the open port, and only when the bytes cannot be right at this one (text
// sketches print only printable ASCII; binary devices send their sync headers). A silent port
// may be an MI48, which sends nothing until asked: after a second of silence (at once when its
// USB id says so) it is asked for a register, which any MI48 answers. Pure: the caller feeds
// bytes and the clock, and carries out the actions (detect-on-port.ts).
import type { DeviceNotice, FrameDecoder } from './decoder.js';
import type { ThermalFrame } from './frame.js';
import { MI48_PROBE } from './protocols/mi48/commands.js';
import { Mi48Decoder } from './protocols/mi48/decoder.js';
import { DETECTION_BAUDS, PROTOCOLS } from './protocols/index.js';
import { PROTOCOL_IDS, type ProtocolId } from './protocol-ids.js';

export interface DetectorOptions {
  protocols?: readonly ProtocolId[];
  bauds?: readonly number[];
  /** The port's USB vendor id (hex), when known: an MI48's (0416) is asked at once. */
  vendorId?: string | null;
}

export type DetectorAction = { kind: 'baud'; baud: number } | { kind: 'write'; bytes: Uint8Array };

export interface Detection {
  protocol: ProtocolId;
  baud: number;
  /** The decoder that recognised the stream, with its state: keep reading with it. */
  decoder: FrameDecoder;
  /** Frames it decoded while detecting (may be empty for an MI48 not yet streaming). */
  frames: ThermalFrame[];
}

/** Silence after which a port is asked whether it is an MI48. */
export const MI48_PROBE_AFTER_MS = 1000;
const MI48_PROBE_EVERY_MS = 2000;
/** Bytes and time at one baud rate before its bytes are judged. */
const JUDGE_BYTES = 64;
const JUDGE_MS = 500;
/** Two frames of the slowest sketch and a second: text without a frame by then is no sketch we know. */
const UNKNOWN_TEXT_AFTER_MS = 5000;
/** Share of printable bytes above which the stream is taken for text at the right rate. */
const TEXT_SHARE = 0.9;

const SYNC_PATTERNS: readonly Uint8Array[] = [
  Uint8Array.of(0x5a, 0x5a, 0x02, 0x06), // GY-MCU90640
  Uint8Array.of(0x5a, 0x5a, 0x45, 0x04), // GY-MCU90614
  Uint8Array.of(0x20, 0x20, 0x20, 0x23), // MI48
];

export class Detector {
  result: Detection | null = null;
  baud: number;
  private readonly protocols: readonly ProtocolId[];
  private readonly bauds: readonly number[];
  private decoders: Array<[ProtocolId, FrameDecoder]> = [];
  private mi48Replied = false;
  private totalBytes = 0;
  private segment = newSegment(0);
  private readonly openedAt: number;
  private lastProbeAt: number | null = null;
  private probes = 0;
  /** Bauds at which bytes came but could not be right, in this round of trying. */
  private readonly implausible = new Set<number>();
  private firstText: string | null = null;
  private lineSoFar = '';
  private sawLineEnd = false;

  constructor(
    private readonly options: DetectorOptions,
    now: number,
  ) {
    this.protocols = options.protocols ?? PROTOCOL_IDS;
    this.bauds = options.bauds ?? DETECTION_BAUDS;
    this.baud = this.bauds[0]!;
    this.openedAt = now;
    this.segment = newSegment(now);
    this.resetDecoders();
  }

  /** Feeds bytes read at the current baud rate; returns the detection once there is one. */
  push(chunk: Uint8Array, now: number): Detection | null {
    if (this.result) return this.result;
    this.totalBytes += chunk.length;
    this.judgeBytes(chunk);
    this.sniffText(chunk);
    for (const [id, decoder] of this.decoders) {
      const frames = decoder.push(chunk, now);
      if (frames.length > 0 || (id === 'mi48' && this.mi48Replied)) {
        this.result = { protocol: id, baud: this.baud, decoder, frames };
        return this.result;
      }
    }
    return null;
  }

  /** What to do now: ask a silent port whether it is an MI48; leave a baud rate that is wrong. */
  tick(now: number): DetectorAction[] {
    if (this.result) return [];
    const actions: DetectorAction[] = [];
    if (this.shouldProbe(now)) {
      this.lastProbeAt = now;
      this.probes++;
      actions.push({ kind: 'write', bytes: MI48_PROBE });
    }
    const s = this.segment;
    if (
      this.bauds.length > 1 &&
      s.bytes >= JUDGE_BYTES &&
      now - s.startedAt >= JUDGE_MS &&
      !this.plausible()
    ) {
      this.implausible.add(this.baud);
      const next = this.bauds[(this.bauds.indexOf(this.baud) + 1) % this.bauds.length]!;
      if (this.implausible.size === this.bauds.length) this.implausible.clear();
      this.baud = next;
      this.segment = newSegment(now);
      this.resetDecoders();
      actions.push({ kind: 'baud', baud: next });
    }
    return actions;
  }

  /** The notice that says most about the device: a problem first, else a banner. */
  notice(): { protocol: ProtocolId; notice: DeviceNotice } | null {
    let banner: { protocol: ProtocolId; notice: DeviceNotice } | null = null;
    for (const [protocol, decoder] of this.decoders) {
      const notice = decoder.notice;
      if (notice?.kind === 'problem') return { protocol, notice };
      if (notice && !banner) banner = { protocol, notice };
    }
    return banner;
  }

  /** One sentence: what has been heard so far, what it means and what to do. */
  explain(now: number): string {
    const seconds = `${Math.round((now - this.openedAt) / 100) / 10} s`;
    const heard = this.notice();
    if (heard?.notice.kind === 'problem') {
      return `${PROTOCOLS[heard.protocol].label} says "${heard.notice.line.trim()}": ${heard.notice.message}`;
    }
    if (heard) {
      return `${PROTOCOLS[heard.protocol].label} is starting ("${heard.notice.line.trim()}"): waiting for its first frame (${seconds} so far)`;
    }
    if (this.totalBytes === 0) {
      const asked = this.probes > 0 ? '; it did not answer as an MI48 camera either' : '';
      return `no data from the sensor after ${seconds}${asked}: is it powered, and is this its port? (a board that resets when its port opens prints after its bootloader, about 1.5 s)`;
    }
    if (!this.plausible() && this.segment.bytes >= JUDGE_BYTES) {
      return `${this.totalBytes} bytes arrived but they form neither text nor frames at ${this.bauds.join(', ')} baud: check the sensor's baud rate and wiring, or choose --protocol and --baud by hand`;
    }
    if (this.segment.headers > 0) {
      return `frames arrive at ${this.baud} baud but none is valid yet (${seconds}): if this lasts, the cable or the sensor is faulty`;
    }
    if (this.firstText !== null && now - this.openedAt >= UNKNOWN_TEXT_AFTER_MS) {
      return `text arrives at ${this.baud} baud but it is not a sketch the kiosk knows (it printed "${this.firstText}"): upload one of the supported sketches (see the README's sensor table), or choose --protocol by hand`;
    }
    return `data arrives at ${this.baud} baud; waiting for a whole frame (${seconds} so far)`;
  }

  private shouldProbe(now: number): boolean {
    if (!this.protocols.includes('mi48') || this.totalBytes > 0) return false;
    const vendorSaysMi48 = this.options.vendorId?.toLowerCase() === '0416';
    if (this.lastProbeAt === null) {
      return vendorSaysMi48 || now - this.openedAt >= MI48_PROBE_AFTER_MS;
    }
    return now - this.lastProbeAt >= MI48_PROBE_EVERY_MS;
  }

  private resetDecoders(): void {
    this.decoders = this.protocols.map((id) => [id, PROTOCOLS[id].createDecoder()]);
    for (const [, decoder] of this.decoders) {
      if (decoder instanceof Mi48Decoder) decoder.onReply = () => (this.mi48Replied = true);
    }
  }

  private plausible(): boolean {
    const s = this.segment;
    return s.headers > 0 || s.printable >= TEXT_SHARE * s.bytes;
  }

  /** Counts printable bytes and sync headers of the current baud rate's bytes. */
  private judgeBytes(chunk: Uint8Array): void {
    const s = this.segment;
    s.bytes += chunk.length;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09) s.printable++;
      s.tail = ((s.tail << 8) | c) >>> 0;
      for (const p of SYNC_PATTERNS) {
        if (s.tail === ((p[0]! << 24) | (p[1]! << 16) | (p[2]! << 8) | p[3]!) >>> 0) s.headers++;
      }
    }
  }

  /** Keeps the first short text line, to quote a sketch the kiosk does not know. */
  private sniffText(chunk: Uint8Array): void {
    if (this.firstText !== null || this.segment.headers > 0) return;
    for (const c of chunk) {
      if (c === 0x0a || c === 0x0d) {
        const line = this.lineSoFar.trim();
        this.lineSoFar = '';
        // The first line may have begun before the port opened: quote a later one.
        const whole = this.sawLineEnd;
        this.sawLineEnd = true;
        if (line.length >= 3 && whole) {
          this.firstText = line.length > 60 ? `${line.slice(0, 60)}…` : line;
          return;
        }
      } else if (c >= 0x20 && c < 0x7f && this.lineSoFar.length < 200) {
        this.lineSoFar += String.fromCharCode(c);
      }
    }
  }
}

interface Segment {
  startedAt: number;
  bytes: number;
  printable: number;
  headers: number;
  tail: number;
}

function newSegment(now: number): Segment {
  return { startedAt: now, bytes: 0, printable: 0, headers: 0, tail: 0 };
}
