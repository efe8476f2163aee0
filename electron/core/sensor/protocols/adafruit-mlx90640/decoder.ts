// Adafruit MLX90640 library example "MLX90640_simpletest" (see device.ts for the source), 115200
// baud text. Every loop iteration prints, depending on the release:
//   1.1.1 and later:  a line of 35 '=', "Ambient temperature = 25.93 degC", two empty lines
//   1.0.1 – 1.1.0:    two empty lines
// then 24 rows of 32 temperatures, each `print(t, 1)` + ", " ("23.4, 23.5, …, 24.0, \r\n"), in
// the MLX90640's wire order (columns mirrored). The ambient (the sensor's die, MLX90640 Ta) goes
// with the frame when printed. As shipped the sketch prints ASCII art instead of numbers (rows
// of 32 characters from " .-*+x%#X&"): that is recognised and reported, never decoded.
//
// No release prints anything after the rows, so a frame is only trusted when its rows follow a
// separator (an empty line, the '=' line or the ambient line; or the line of 32 '-' that the
// copy of the sketch stored at commit 0063f9f printed): rows seen without one (the port opened
// mid-frame) are skipped. The frame is delivered when its 24th row arrives; a 25th row
// before the next separator is a stray line.
import {
  MLX90640_HEIGHT,
  MLX90640_PIXELS,
  MLX90640_WIDTH,
  mirrorColumns,
} from '../../mlx90640-order.js';
import { TextFrameDecoder } from '../../text-decoder.js';
import { parseTemperatureList, shortLine, skipBlanks, trimBlanksEnd } from '../../text-lines.js';
import { ADAFRUIT_MLX90640, ASCII_ART_MESSAGE } from './device.js';

const EQUALS = 0x3d;
const MIN_EQUALS = 3;
const AMBIENT_PREFIX = 'Ambient temperature = ';
const AMBIENT_SUFFIX = ' degC';
/** The characters the sketch's PRINT_ASCIIART mode draws with, coldest first. */
const ART = new Set(Array.from(' .-*+x%#X&', (c) => c.charCodeAt(0)));

export class AdafruitMlx90640Decoder extends TextFrameDecoder {
  readonly protocol = 'adafruit-mlx90640' as const;
  /** The frame being received, in wire order. */
  private readonly wire = new Float32Array(MLX90640_PIXELS);
  /** One row's values; one extra slot so a 33rd value is detected. */
  private readonly row = new Float32Array(MLX90640_WIDTH + 1);
  /** A separator has been seen since the last frame: rows may begin. */
  private armed = false;
  /** The ambient printed before the frame in progress (1.1.1+), or null. */
  private ambient: number | null = null;
  /** ASCII-art rows since the last separator. */
  private artRows = 0;

  constructor() {
    super(ADAFRUIT_MLX90640.lines);
  }

  protected onLine(buf: Uint8Array, start: number, end: number, rawBytes: number): void {
    const from = skipBlanks(buf, start, end);
    if (end === start || isEqualsLine(buf, from, end)) return this.separator(rawBytes);
    const ambient = ambientLine(buf, start, end);
    if (ambient !== null) {
      this.separator(rawBytes);
      this.ambient = Number.isNaN(ambient) ? null : ambient;
      return;
    }
    if (isArtRow(buf, start, end)) return this.artRow(buf, start, end, rawBytes);
    const count = parseTemperatureList(buf, from, end, this.row);
    if (count < 0) {
      this.dropFrame();
      this.armed = false;
      const known = this.recognise(buf, start, end);
      return this.skip(rawBytes, !known);
    }
    if (this.rows < 0) {
      if (!this.armed) return this.skip(rawBytes, true); // rows of a frame we joined midway
      this.startFrame(0);
      this.armed = false;
    }
    this.frameBytes += rawBytes;
    if (count !== MLX90640_WIDTH) return this.dropFrame();
    this.wire.set(this.row.subarray(0, MLX90640_WIDTH), this.rows * MLX90640_WIDTH);
    if (++this.rows < MLX90640_HEIGHT) return;
    const pixels = mirrorColumns(
      this.wire,
      new Float32Array(MLX90640_PIXELS),
      MLX90640_WIDTH,
      MLX90640_HEIGHT,
    );
    const ambientC = this.ambient;
    this.ambient = null;
    this.deliver(MLX90640_WIDTH, MLX90640_HEIGHT, pixels, ambientC);
  }

  /** An empty line, the '=' line or the ambient line: what comes before every frame. */
  private separator(rawBytes: number): void {
    this.dropFrame(); // a frame cut short by the next one's separator
    this.skip(rawBytes, false);
    this.armed = true;
    this.artRows = 0;
  }

  private artRow(buf: Uint8Array, start: number, end: number, rawBytes: number): void {
    this.dropFrame();
    this.skip(rawBytes, false);
    // The copy of the sketch stored at adafruit/Adafruit_MLX90640@0063f9f printed a line of 32
    // '-' before each frame's rows: the same line as an art row of 23–25 °C. Rows may follow it.
    const dashes = isDashRow(buf, start, end);
    if (!this.armed && this.artRows === 0) {
      this.armed = dashes;
      return;
    }
    this.armed = dashes;
    if (++this.artRows === MLX90640_HEIGHT) {
      this.artRows = 0;
      this.noteProblem(shortLine(buf, start, end) ?? '', ASCII_ART_MESSAGE);
    }
  }
}

/** Three or more '=' from `from`, then nothing but blanks. */
function isEqualsLine(buf: Uint8Array, from: number, end: number): boolean {
  const last = trimBlanksEnd(buf, from, end);
  if (last - from < MIN_EQUALS) return false;
  for (let i = from; i < last; i++) if (buf[i] !== EQUALS) return false;
  return true;
}

/** The value of "Ambient temperature = 25.93 degC" (NaN for nan/inf), or null for other lines. */
function ambientLine(buf: Uint8Array, start: number, end: number): number | null {
  if (end - start > 64 || buf[start] !== 0x41) return null; // 'A'
  const text = shortLine(buf, start, end)!.trimEnd();
  if (!text.startsWith(AMBIENT_PREFIX) || !text.endsWith(AMBIENT_SUFFIX)) return null;
  const value = text.slice(AMBIENT_PREFIX.length, text.length - AMBIENT_SUFFIX.length);
  return /^-?\d+\.\d+$/.test(value) ? Number(value) : NaN;
}

/** A row of the sketch's ASCII art: exactly 32 characters, all from its palette (a room below
 * 20 °C draws a row of 32 spaces, which counts too). */
function isArtRow(buf: Uint8Array, start: number, end: number): boolean {
  if (end - start !== MLX90640_WIDTH) return false;
  for (let i = start; i < end; i++) if (!ART.has(buf[i]!)) return false;
  return true;
}

/** A line of exactly 32 '-'. */
function isDashRow(buf: Uint8Array, start: number, end: number): boolean {
  if (end - start !== MLX90640_WIDTH) return false;
  for (let i = start; i < end; i++) if (buf[i] !== 0x2d) return false;
  return true;
}
