// Incremental line splitting for the text protocols (SparkFun / Adafruit Arduino sketches):
// bytes in any chunking go in, complete lines come out, over-long lines are thrown away (and
// counted) instead of being buffered forever. Also the one tokenizer those lines share: a list
// of comma-separated decimal temperatures, parsed straight from the bytes without strings.

/** Longest line kept, terminator excluded. A SparkFun frame line is about 6 KB. */
export const MAX_LINE_BYTES = 16 * 1024;

/** Values outside this range (°C) are not a plausible reading: their frame is malformed. */
export const PLAUSIBLE_MIN_C = -50;
export const PLAUSIBLE_MAX_C = 400;

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const COMMA = 0x2c;
const DOT = 0x2e;
const MINUS = 0x2d;
const PLUS = 0x2b;
const ZERO = 0x30;

/** Where LineSplitter delivers its output. */
export interface LineSink {
  /**
   * One complete line: `buf[start, end)` without its "\n" or a "\r" before it. `rawBytes`
   * counts the whole line as it arrived, terminator included. `buf` is only valid during the call.
   */
  line(buf: Uint8Array, start: number, end: number, rawBytes: number): void;
  /**
   * `count` bytes of a line longer than the limit were thrown away. Further calls follow for the
   * rest of that line, up to and including its "\n".
   */
  overlong(count: number): void;
}

export class LineSplitter {
  private readonly buffer: Uint8Array;
  private length = 0;
  /** Inside an over-long line: drop everything up to the next "\n". */
  private skipping = false;

  constructor(
    private readonly sink: LineSink,
    readonly maxLineBytes = MAX_LINE_BYTES,
  ) {
    this.buffer = new Uint8Array(maxLineBytes);
  }

  push(chunk: Uint8Array): void {
    const end = chunk.length;
    let pos = 0;
    while (pos < end) {
      const nl = chunk.indexOf(LF, pos);
      if (this.skipping) {
        const upTo = nl < 0 ? end : nl + 1;
        this.sink.overlong(upTo - pos);
        if (nl >= 0) this.skipping = false;
        pos = upTo;
        continue;
      }
      const partEnd = nl < 0 ? end : nl;
      const lineLength = this.length + (partEnd - pos);
      if (lineLength > this.maxLineBytes) {
        // Too long, whether or not its end has arrived: drop what is buffered and this part.
        this.length = 0;
        if (nl < 0) {
          this.skipping = true;
          this.sink.overlong(lineLength);
        } else {
          this.sink.overlong(lineLength + 1);
        }
        pos = nl < 0 ? end : nl + 1;
        continue;
      }
      if (nl < 0) {
        this.buffer.set(chunk.subarray(pos), this.length);
        this.length = lineLength;
        return;
      }
      if (this.length === 0) {
        this.emit(chunk, pos, nl, nl + 1 - pos);
      } else {
        this.buffer.set(chunk.subarray(pos, nl), this.length);
        this.length = 0;
        this.emit(this.buffer, 0, lineLength, lineLength + 1);
      }
      pos = nl + 1;
    }
  }

  private emit(buf: Uint8Array, start: number, end: number, rawBytes: number): void {
    this.sink.line(buf, start, end > start && buf[end - 1] === CR ? end - 1 : end, rawBytes);
  }
}

/** The index of the first byte in `buf[from, end)` that is not a space or tab (`end` if none). */
export function skipBlanks(buf: Uint8Array, from: number, end: number): number {
  let i = from;
  while (i < end && (buf[i] === SPACE || buf[i] === TAB)) i++;
  return i;
}

/** The end of `buf[start, end)` once trailing spaces and tabs are removed. */
export function trimBlanksEnd(buf: Uint8Array, start: number, end: number): number {
  let i = end;
  while (i > start && (buf[i - 1] === SPACE || buf[i - 1] === TAB)) i--;
  return i;
}

/** Whether the byte could begin a printed number: a digit, a sign or a decimal point. */
export function isNumberStart(byte: number | undefined): boolean {
  if (byte === undefined) return false;
  return (byte >= ZERO && byte <= ZERO + 9) || byte === MINUS || byte === PLUS || byte === DOT;
}

/** 10^k, exact up to 10^22. */
const POW10 = Array.from({ length: 31 }, (_, k) => 10 ** k);
/** More digits than this in one value is not something a sketch prints: reject it. */
const MAX_DIGITS = 30;

/**
 * Parses a line of comma-separated decimal temperatures (`23.45,23.50,` or `23.4, 23.5, `):
 * spaces/tabs around values and one trailing comma are allowed, an empty field is not. Values
 * go to `out` in order. Returns how many were parsed, or -1 if the line is not such a list, has a
 * value that is not plausible (PLAUSIBLE_MIN_C..PLAUSIBLE_MAX_C) or has more than `out.length`.
 *
 * Arduino's Print writes a float it cannot print as `nan`, `inf` or `ovf` (Print::printFloat):
 * such a field becomes NaN in `out`, for the caller to repair or reject.
 */
export function parseTemperatureList(
  buf: Uint8Array,
  start: number,
  end: number,
  out: Float32Array,
): number {
  const capacity = out.length;
  let count = 0;
  let i = skipBlanks(buf, start, end);
  while (i < end) {
    if (count === capacity) return -1;
    let negative = false;
    let c = buf[i]!;
    const word = unprintableAt(buf, i, end);
    if (word > 0) {
      out[count++] = NaN;
      i = skipBlanks(buf, i + word, end);
      if (i === end) break;
      if (buf[i] !== COMMA) return -1;
      i = skipBlanks(buf, i + 1, end);
      continue;
    }
    if (c === MINUS || c === PLUS) {
      negative = c === MINUS;
      i++;
    }
    let mantissa = 0;
    let digits = 0;
    let fractionDigits = 0;
    let sawDot = false;
    for (; i < end; i++) {
      c = buf[i]!;
      const d = c - ZERO;
      if (d >= 0 && d <= 9) {
        mantissa = mantissa * 10 + d;
        digits++;
        if (sawDot) fractionDigits++;
      } else if (c === DOT && !sawDot) {
        sawDot = true;
      } else {
        break;
      }
    }
    if (digits === 0 || digits > MAX_DIGITS) return -1;
    const magnitude = mantissa / POW10[fractionDigits]!;
    const value = negative ? -magnitude : magnitude;
    if (!(value >= PLAUSIBLE_MIN_C && value <= PLAUSIBLE_MAX_C)) return -1;
    out[count++] = value;
    i = skipBlanks(buf, i, end);
    if (i === end) break;
    if (buf[i] !== COMMA) return -1;
    i = skipBlanks(buf, i + 1, end);
  }
  return count;
}

/** Length of an Arduino `nan`/`inf`/`ovf` (optionally signed) at `at`, or 0. */
function unprintableAt(buf: Uint8Array, at: number, end: number): number {
  let i = at;
  if (buf[i] === MINUS || buf[i] === PLUS) i++;
  if (i + 3 > end) return 0;
  const a = buf[i]!;
  const b = buf[i + 1]!;
  const c = buf[i + 2]!;
  const isWord =
    (a === 0x6e && b === 0x61 && c === 0x6e) || // nan
    (a === 0x69 && b === 0x6e && c === 0x66) || // inf
    (a === 0x6f && b === 0x76 && c === 0x66); // ovf
  return isWord ? i + 3 - at : 0;
}

/** `buf[start, end)` as text, for lines short enough to be a banner or an error (else null). */
export function shortLine(buf: Uint8Array, start: number, end: number, max = 200): string | null {
  if (end - start > max) return null;
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(buf[i]!);
  return text;
}
