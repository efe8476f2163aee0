// The simulated MI48 camera against the vendor hosts' byte strings (pysenxor-lite's parser tests,
// pysenxor and senxor-js encoders; /tmp/research/mi48.md §0, §1, §7): what the host sends, what
// the camera answers, and that it is silent until started.
import { describe, expect, it } from 'vitest';
import type { SensorImage } from '../../native-mocks/encoders/types.js';
import { createFirmware, Mi48Camera } from '../../native-mocks/firmware/index.js';

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

function image(celsius: number, ambientC: number | null): SensorImage {
  return { width: 80, height: 62, pixels: new Float32Array(4960).fill(celsius), ambientC };
}

describe('MI48 camera commands', () => {
  it('is silent and not streaming until the host writes FRAME_MODE', () => {
    const board = createFirmware('mi48');
    expect(text(board.bootBytes())).toBe('');
    expect(board).toMatchObject({ resetsOnOpen: false, lineBytesPerS: null });
    expect(board.camera!.streaming).toBe(false);
    expect(board.camera!.wantsFrame).toBe(false);
  });

  it('acks the hosts\' start command "   #000CWREGB102XXXX" with "   #0008WREG01FD" and streams', () => {
    const camera = new Mi48Camera();
    expect(text(camera.input(ascii('   #000CWREGB102XXXX')))).toBe('   #0008WREG01FD');
    expect(camera.streaming).toBe(true);
    expect(camera.register(0xb1)).toBe(0x02);
    // The stop command every host sends on exit.
    expect(text(camera.input(ascii('   #000CWREGB100XXXX')))).toBe('   #0008WREG01FD');
    expect(camera.streaming).toBe(false);
  });

  it('answers RREG with the value and its checksum, also padded as the old pysenxor sends it', () => {
    const camera = new Mi48Camera();
    camera.input(ascii('   #000CWREGB102XXXX'));
    // sum("000ARREG02") = 0x0263 (pysenxor-lite test_serial.py).
    expect(text(camera.input(ascii('   #000ARREGB1XXXX')))).toBe('   #000ARREG020263');
    expect(text(camera.input(ascii('   #000CRREGB1XXXXXX')))).toBe('   #000ARREG020263');
  });

  it('accepts a correct checksum instead of XXXX and ignores a wrong one', () => {
    const camera = new Mi48Camera();
    expect(text(camera.input(ascii('   #000CWREGB10202DD')))).toBe('   #0008WREG01FD');
    expect(camera.streaming).toBe(true);
    expect(text(camera.input(ascii('   #000CWREGB1000000')))).toBe('');
    expect(camera.streaming).toBe(true);
  });

  it('takes a command split across writes and skips noise before "   #"', () => {
    const camera = new Mi48Camera();
    expect(text(camera.input(ascii('garbage   #000CWR')))).toBe('');
    expect(text(camera.input(ascii('EGB102XXXX')))).toBe('   #0008WREG01FD');
  });

  it('answers RRSE with address/value pairs (no FF)', () => {
    const camera = new Mi48Camera();
    // SENXOR_TYPE 0x02 (MI0802), MODULE_TYPE 0x13: sum("0010RRSEBA02BB13") = 970 = 0x03CA.
    expect(text(camera.input(ascii('   #000ERRSEBABBFFXXXX')))).toBe('   #0010RRSEBA02BB1303CA');
  });

  it('reports a booted STATUS and keeps writable registers, not read-only ones', () => {
    const camera = new Mi48Camera();
    // sum("000ARREG00") = 0x0261: two less than for "02".
    expect(text(camera.input(ascii('   #000ARREGB6XXXX')))).toBe('   #000ARREG000261');
    camera.input(ascii('   #000CWREGB403XXXX'));
    expect(text(camera.input(ascii('   #000ARREGB4XXXX')))).toBe('   #000ARREG030264');
    expect(camera.periodMs(100)).toBe(300);
    camera.input(ascii('   #000CWREGBA07XXXX'));
    expect(camera.register(0xba)).toBe(0x02);
  });

  it('sends one frame for GET_SINGLE_FRAME and clears the bit', () => {
    const camera = new Mi48Camera();
    camera.input(ascii('   #000CWREGB101XXXX'));
    expect(camera.wantsFrame).toBe(true);
    expect(camera.streaming).toBe(false);
    camera.frameBytes(image(25, 25));
    expect(camera.wantsFrame).toBe(false);
    expect(camera.register(0xb1)).toBe(0);
  });

  it('never answers with the no-ack fault', () => {
    const camera = createFirmware('mi48', { faults: ['no-ack'] }).camera!;
    expect(camera.input(ascii('   #000CWREGB102XXXX'))).toHaveLength(0);
    expect(camera.streaming).toBe(false);
  });

  it('streams from the start with the already-streaming fault', () => {
    expect(createFirmware('mi48', { faults: ['already-streaming'] }).camera!.streaming).toBe(true);
  });
});

describe('MI48 GFRA frames', () => {
  it('matches the synthetic frame worked out from the host libraries (§7d)', () => {
    // Frame 1 (the second), VDD 3.3 V, die 300.00 K, timestamp 0x00012345, 4960 × 2981 dK.
    const camera = new Mi48Camera({ clockMs: () => 0x12345 });
    camera.frameBytes(image(24.95, 26.85));
    const frame = camera.frameBytes(image(24.95, 26.85));
    expect(frame).toHaveLength(8 + 0x2808);
    expect(text(frame.subarray(0, 12))).toBe('   #2808GFRA');
    expect(frame.subarray(12, 12 + 160).every((b) => b === 0)).toBe(true);
    expect(Buffer.from(frame.subarray(172, 188)).toString('hex')).toBe(
      '0100e880307545230100a50ba50b8c9d',
    );
    expect(Buffer.from(frame.subarray(332, 336)).toString('hex')).toBe('a50ba50b');
    expect(text(frame.subarray(frame.length - 4))).toBe('58F2');
  });

  it('drops the header row with NO_HEADER (LENGTH 0x2768)', () => {
    const camera = new Mi48Camera();
    camera.input(ascii('   #000CWREGB122XXXX'));
    const frame = camera.frameBytes(image(24.95, 26.85));
    expect(frame).toHaveLength(8 + 0x2768);
    expect(text(frame.subarray(0, 12))).toBe('   #2768GFRA');
  });

  it('now and then sends a body shorter than its LENGTH with the short-body fault', () => {
    const camera = createFirmware('mi48', { faults: ['short-body'], seed: 5 }).camera!;
    const lengths = Array.from({ length: 120 }, () => camera.frameBytes(image(25, 25)).length);
    const short = lengths.filter((n) => n < 8 + 0x2808);
    expect(short.length).toBeGreaterThan(0);
    expect(short.length).toBeLessThan(24);
    // One 64-byte USB packet missing; LENGTH still says 0x2808.
    expect(new Set(short)).toEqual(new Set([8 + 0x2808 - 64]));
  });
});
