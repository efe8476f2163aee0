// The simulated MI48 camera: a register file behind the host command parser. It is silent until
// the host writes FRAME_MODE (0xB1): CONTINUOUS_STREAM starts GFRA frames, 0 stops them,
// GET_SINGLE_FRAME sends one and clears itself, NO_HEADER drops the header row. Commands and
// replies follow the vendor hosts (see mi48-wire.ts); frames are encoders/mi48.ts's GFRA.
import { encodeMi48Gfra } from '../encoders/mi48.js';
import type { SensorImage } from '../encoders/types.js';
import { createRng } from '../prng.js';
import { hex2, HostCommandReader, mi48Reply } from './mi48-wire.js';
import { FRAME_MODE, powerUpRegisters, READ_ONLY, REG } from './mi48-registers.js';
import { concatBytes } from './sensor-order.js';

export interface Mi48CameraOptions {
  /** The camera never answers (no ack, no effect): a hung camera. */
  noAck?: boolean;
  /** Now and then a GFRA body is shorter than its LENGTH (the bug the hosts work around). */
  shortBody?: boolean;
  /** Streaming from the start, as another host left it. */
  alreadyStreaming?: boolean;
  seed?: number;
  /** Milliseconds since power-up, for the header's timestamp (its unit is not documented). */
  clockMs?: () => number;
}

/** Header word 1, VDD: a USB-powered module runs at 3.3 V. */
const VDD_V = 3.3;
/** Header word 2 when the image carries no die temperature. */
const DEFAULT_DIE_C = 30;
/** Share of frames sent short with the 'short-body' fault. */
const SHORT_BODY_SHARE = 0.05;
/** A short body is missing one 64-byte USB full-speed packet: a plausible cause, not a known one. */
const USB_PACKET = 64;

export class Mi48Camera {
  private readonly registers = powerUpRegisters();
  private readonly reader = new HostCommandReader();
  private readonly rng: () => number;
  private readonly clockMs: () => number;
  private frameCounter = 0;

  constructor(private readonly options: Mi48CameraOptions = {}) {
    if (options.alreadyStreaming) this.registers.set(REG.FRAME_MODE, FRAME_MODE.CONTINUOUS_STREAM);
    this.rng = createRng((options.seed ?? 1) ^ 0x48);
    const t0 = performance.now();
    this.clockMs = options.clockMs ?? ((): number => performance.now() - t0);
  }

  /** CONTINUOUS_STREAM is set. */
  get streaming(): boolean {
    return (this.register(REG.FRAME_MODE) & FRAME_MODE.CONTINUOUS_STREAM) !== 0;
  }

  /** A frame is due: streaming, or a single frame was asked for. */
  get wantsFrame(): boolean {
    const mode = this.register(REG.FRAME_MODE);
    return (mode & (FRAME_MODE.CONTINUOUS_STREAM | FRAME_MODE.GET_SINGLE_FRAME)) !== 0;
  }

  /** FRAME_RATE (0xB4): 0 is the maximum rate, 1–127 divide it. */
  periodMs(maxRatePeriodMs: number): number {
    return maxRatePeriodMs * Math.max(1, this.register(REG.FRAME_RATE) & 0x7f);
  }

  register(address: number): number {
    return this.registers.get(address) ?? 0;
  }

  /** Takes what the host wrote; returns the camera's replies, in order. */
  input(bytes: Uint8Array): Uint8Array {
    const replies: Uint8Array[] = [];
    for (const { command, data } of this.reader.push(bytes)) {
      if (this.options.noAck) continue;
      const reply = this.execute(command, data);
      if (reply) replies.push(reply);
    }
    return concatBytes(replies);
  }

  /** The next GFRA reply for an image (80×62, °C); clears GET_SINGLE_FRAME. */
  frameBytes(image: SensorImage): Uint8Array {
    const mode = this.register(REG.FRAME_MODE);
    this.registers.set(REG.FRAME_MODE, mode & ~FRAME_MODE.GET_SINGLE_FRAME);
    const frame = encodeMi48Gfra(
      { ...image, ambientC: image.ambientC ?? DEFAULT_DIE_C },
      {
        header: (mode & FRAME_MODE.NO_HEADER) === 0,
        frameCounter: this.frameCounter,
        timestampMs: this.clockMs(),
        vddV: VDD_V,
      },
    );
    this.frameCounter = (this.frameCounter + 1) & 0xffff;
    return this.options.shortBody && this.rng() < SHORT_BODY_SHARE ? this.shorten(frame) : frame;
  }

  private execute(command: string, data: string): Uint8Array | null {
    const address = hexByte(data.slice(0, 2));
    if (command === 'WREG') {
      const value = hexByte(data.slice(2, 4));
      if (address === null || value === null) return null;
      if (!READ_ONLY.has(address)) this.registers.set(address, value);
      return mi48Reply('WREG', '');
    }
    if (command === 'RREG') {
      return address === null ? null : mi48Reply('RREG', hex2(this.register(address)));
    }
    if (command === 'RRSE') {
      let pairs = '';
      for (let at = 0; at + 2 <= data.length; at += 2) {
        const reg = hexByte(data.slice(at, at + 2));
        if (reg === null || reg === 0xff) break;
        pairs += hex2(reg) + hex2(this.register(reg));
      }
      return mi48Reply('RRSE', pairs);
    }
    return null;
  }

  /** The frame with one USB packet's worth of its pixel data missing; LENGTH unchanged. */
  private shorten(frame: Uint8Array): Uint8Array {
    const packets = Math.floor((frame.length - 4) / USB_PACKET);
    const at = USB_PACKET * (1 + Math.floor(this.rng() * (packets - 1)));
    return concatBytes([frame.subarray(0, at), frame.subarray(at + USB_PACKET)]);
  }
}

function hexByte(text: string): number | null {
  return /^[0-9A-Fa-f]{2}$/.test(text) ? parseInt(text, 16) : null;
}
