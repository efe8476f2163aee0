// Waveshare thermal camera (Meridian MI48 + SenXor 80×62, USB CDC serial, VID 0x0416), decoded
// incrementally. Bad replies are counted and dropped and the stream re-synchronised; push() never
// throws. The reply format and its sources are in ./wire-format.ts.
//
// - The GFRA header's word 2 is the camera's die temperature (not the room): it goes to the
//   frame's `ambient`, which holds every sensor's die temperature (null without a header, or if
//   the word is 0, i.e. not filled in).
// - The header CRC is checked where present (the old pysenxor checks it; the current hosts parse
//   it but do not): a frame whose pixels do not match it is dropped and counted as a checksum
//   error. Nothing in the sources says every firmware fills it in, so a CRC of 0 counts as
//   absent, and a camera whose CRC has never matched in its first frames is not held to it (its
//   notice says so) rather than losing every frame.
// - Replies that are not frames (WREG acks, RREG values) go to `onReply`, for the host's start
//   and stop commands (./session.ts). SERR (no lens module) becomes the decoder's notice.
// - The firmware sometimes sends a GFRA body shorter than its LENGTH, so the next reply starts
//   inside it (pysenxor-lite's parser: "the gfra data is shorter than expected, so the msg_body
//   includes the next msg"); like the vendor host, only the "   #" is skipped and the next reply
//   is found.
//
// Judgement calls where the sources are silent: a LENGTH is plausible from 8 (CMD + CHECKSUM) up
// to 0x2808 (the largest 80×62 GFRA; no reply this device sends is longer); anything else, a
// LENGTH that is not 4 hex digits, or a CMD that is not 4 ASCII letters is `malformed` and only
// the 4-byte "   #" is skipped. Other replies (RREG, WREG, RRSE, SERR, …) are skipped whole and
// counted in bytesDiscarded only. A GFRA whose DATA is neither size (another SenXor model) is
// `malformed` and skipped whole. On a checksum failure only the "   #" is skipped, so a real reply
// that starts inside a fake or truncated one is still found; and while a reply is incomplete, a
// complete valid reply that starts inside its LENGTH is taken at once (the incomplete one counts
// as malformed) rather than held back until the bogus LENGTH has been filled.
import type { ThermalFrame } from '../../frame.js';
import { SyncedDecoder } from '../../synced-decoder.js';
import { crc16CcittFalse } from './crc16.js';
import { Lookahead } from './lookahead.js';
import {
  isCommand,
  KELVIN_OFFSET,
  MI48_CHECKSUM_BYTES,
  MI48_CMD_BYTES,
  MI48_ENVELOPE_BYTES,
  MI48_GFRA_DATA_BYTES,
  MI48_GFRA_DATA_BYTES_NO_HEADER,
  MI48_HEADER_WORD,
  MI48_HEIGHT,
  MI48_MAX_LENGTH,
  MI48_MAX_REPLY_BYTES,
  MI48_MIN_LENGTH,
  MI48_PIXEL_BYTES,
  MI48_PIXELS,
  MI48_PREFIX,
  MI48_ROW_BYTES,
  MI48_WIDTH,
  mi48Checksum,
  readHex4,
} from './wire-format.js';

/** Frames with a header whose CRC never matched before the decoder stops holding the camera to it. */
export const MI48_CRC_TRIAL_FRAMES = 8;

const INCOMPLETE = -1;
const MALFORMED = -2;
const BAD_CHECKSUM = -3;

export class Mi48Decoder extends SyncedDecoder {
  readonly protocol = 'mi48' as const;
  /** Called with every valid reply that is not a frame: its command and its DATA as text. */
  onReply: ((command: string, data: string) => void) | null = null;
  private readonly lookahead = new Lookahead();
  /** Whether a header CRC has ever matched; until then, how many have not. */
  private crcMatched = false;
  private crcMisses = 0;

  constructor() {
    // Holds one whole reply plus as much again of new input.
    super(MI48_MAX_REPLY_BYTES * 2, MI48_PREFIX);
  }

  protected drain(out: ThermalFrame[], receivedAt: number): number {
    const b = this.buffer;
    let start = 0;
    for (;;) {
      start = this.seek(start);
      if (start < 0) return this.tail;
      const total = this.check(start);
      if (total === INCOMPLETE) {
        const nested = this.completeReplyInside(start);
        if (nested < 0) return start;
        // A whole, valid reply starts inside this one's LENGTH: this one was cut short (a device
        // reset, lost bytes) or was noise. Waiting for its end would hold back the real one.
        this.stats.malformed++;
        this.discard(nested - start);
        start = nested;
        continue;
      }
      if (total === MALFORMED || total === BAD_CHECKSUM) {
        // Skip just the prefix: a real reply may begin inside the bad one.
        this.stats[total === MALFORMED ? 'malformed' : 'checksumErrors']++;
        this.discard(MI48_PREFIX.length);
        start += MI48_PREFIX.length;
        continue;
      }
      const cmdAt = start + MI48_ENVELOPE_BYTES;
      const isFrame =
        b[cmdAt] === 0x47 &&
        b[cmdAt + 1] === 0x46 &&
        b[cmdAt + 2] === 0x52 &&
        b[cmdAt + 3] === 0x41; // GFRA
      const dataBytes = total - MI48_ENVELOPE_BYTES - MI48_CMD_BYTES - MI48_CHECKSUM_BYTES;
      if (!isFrame) {
        // A reply to a command (a register read or write): not a frame, not an error.
        this.reply(cmdAt, dataBytes);
        this.discard(total, false);
      } else if (
        dataBytes === MI48_GFRA_DATA_BYTES ||
        dataBytes === MI48_GFRA_DATA_BYTES_NO_HEADER
      ) {
        if (this.crcHolds(cmdAt + MI48_CMD_BYTES, dataBytes)) {
          out.push(this.decodeFrame(cmdAt + MI48_CMD_BYTES, dataBytes, receivedAt));
        } else {
          this.stats.checksumErrors++;
          this.discard(total, false);
        }
      } else {
        // A valid frame from a sensor of another size.
        this.stats.malformed++;
        this.discard(total, false);
      }
      start += total;
    }
  }

  protected override consumed(count: number): void {
    this.lookahead.shift(count);
  }

  /**
   * Checks the reply whose prefix is at `at`: its total size in bytes if it is complete and
   * valid, else INCOMPLETE (wait for more bytes), MALFORMED or BAD_CHECKSUM.
   */
  private check(at: number): number {
    const b = this.buffer;
    const available = this.length - at;
    if (available < MI48_ENVELOPE_BYTES) return INCOMPLETE;
    const length = readHex4(b, at + 4);
    if (length < MI48_MIN_LENGTH || length > MI48_MAX_LENGTH) return MALFORMED;
    if (available < MI48_ENVELOPE_BYTES + MI48_CMD_BYTES) return INCOMPLETE;
    if (!isCommand(b, at + MI48_ENVELOPE_BYTES)) return MALFORMED;
    const total = MI48_ENVELOPE_BYTES + length;
    if (available < total) return INCOMPLETE;
    const end = at + total;
    const expected = readHex4(b, end - MI48_CHECKSUM_BYTES);
    if (expected < 0) return BAD_CHECKSUM; // not even hex: no need to add up 10 KB
    return expected === mi48Checksum(b, at, end) ? total : BAD_CHECKSUM;
  }

  /**
   * While the reply at `start` is incomplete: the first later prefix whose reply is already
   * complete and valid, or -1. Each byte is scanned once per pending reply; prefixes whose reply
   * is still incomplete are remembered and checked again as bytes arrive. (A real frame cannot
   * hide such a reply in its pixels: "   #" followed by hex digits would be words of 550 °C and
   * more.)
   */
  private completeReplyInside(start: number): number {
    const state = this.lookahead;
    if (state.owner !== start) state.moveTo(start);
    const b = this.buffer;
    for (let i = Math.max(state.scannedTo, start + MI48_PREFIX.length) + 3; i < this.length; i++) {
      if (b[i] === 0x23 && b[i - 1] === 0x20 && b[i - 2] === 0x20 && b[i - 3] === 0x20) {
        state.pending.push(i - 3);
      }
    }
    state.scannedTo = Math.max(state.scannedTo, this.length - 3);
    let found = -1;
    let kept = 0;
    for (const at of state.pending) {
      if (found < 0) {
        const result = this.check(at);
        if (result === MALFORMED || result === BAD_CHECKSUM) continue; // bad for good: forget it
        if (result > 0) found = at;
      }
      state.pending[kept++] = at;
    }
    state.pending.length = kept;
    return found;
  }

  private reply(cmdAt: number, dataBytes: number): void {
    const b = this.buffer;
    const command = String.fromCharCode(b[cmdAt]!, b[cmdAt + 1]!, b[cmdAt + 2]!, b[cmdAt + 3]!);
    let data = '';
    for (let i = 0; i < Math.min(dataBytes, 64); i++) {
      data += String.fromCharCode(b[cmdAt + MI48_CMD_BYTES + i]!);
    }
    if (command === 'SERR') {
      this.notice = {
        kind: 'problem',
        line: `   #…${command}${data}`,
        message:
          'the camera reports no lens module (SERR): check that its sensor module is seated, then unplug and plug it in again',
      };
    }
    this.onReply?.(command, data);
  }

  /** Whether the frame's pixels match its header CRC, or the CRC is absent or not used. */
  private crcHolds(dataAt: number, dataBytes: number): boolean {
    if (dataBytes !== MI48_GFRA_DATA_BYTES) return true; // no header, no CRC
    const b = this.buffer;
    const at = dataAt + MI48_ROW_BYTES + 2 * MI48_HEADER_WORD.crc;
    const expected = b[at]! | (b[at + 1]! << 8);
    if (expected === 0) return true;
    if (!this.crcMatched && this.crcMisses >= MI48_CRC_TRIAL_FRAMES) return true;
    const pixelsAt = dataAt + 2 * MI48_ROW_BYTES;
    if (crc16CcittFalse(b, pixelsAt, pixelsAt + MI48_PIXEL_BYTES) === expected) {
      this.crcMatched = true;
      return true;
    }
    if (!this.crcMatched && ++this.crcMisses === MI48_CRC_TRIAL_FRAMES) {
      this.notice = {
        kind: 'banner',
        line: 'GFRA header CRC',
        message: `this camera's frame CRC never matched in ${MI48_CRC_TRIAL_FRAMES} frames: its firmware does not fill it in, so it is not checked`,
      };
    }
    return false;
  }

  private decodeFrame(dataAt: number, dataBytes: number, receivedAt: number): ThermalFrame {
    const b = this.buffer;
    const hasHeader = dataBytes === MI48_GFRA_DATA_BYTES;
    let ambient: number | null = null;
    if (hasHeader) {
      const at = dataAt + MI48_ROW_BYTES + 2 * MI48_HEADER_WORD.senxorTemperature;
      const centiKelvin = b[at]! | (b[at + 1]! << 8);
      if (centiKelvin !== 0) ambient = centiKelvin / 100 - KELVIN_OFFSET;
    }
    const pixelsAt = dataAt + (hasHeader ? 2 : 1) * MI48_ROW_BYTES;
    const pixels = new Float32Array(MI48_PIXELS);
    for (let p = 0, at = pixelsAt; p < MI48_PIXELS; p++, at += 2) {
      pixels[p] = (b[at]! | (b[at + 1]! << 8)) / 10 - KELVIN_OFFSET;
    }
    this.stats.frames++;
    return {
      width: MI48_WIDTH,
      height: MI48_HEIGHT,
      pixels,
      ambient,
      singlePoint: false,
      seq: this.seq++,
      receivedAt,
    };
  }

  /** '#' is the rarest byte of the prefix: look for it, then check the spaces before it. */
  protected override findHeader(from: number): number {
    const b = this.buffer;
    for (let i = from + 3; i < this.length; i++) {
      if (b[i] === 0x23 && b[i - 1] === 0x20 && b[i - 2] === 0x20 && b[i - 3] === 0x20) {
        return i - 3;
      }
    }
    return -1;
  }
}
