// What is particular to the GY-MCU90640, beyond the shared conformance suite (test/conformance):
// the commands the host can send it, and the decoder's accounting of a frame ending in 5A 5A.
import { describe, expect, it } from 'vitest';
import {
  baudCommand,
  emissivityCommand,
  frameRateCommand,
  frameTransferMs,
  minBaudForRate,
  modeCommand,
  nearestSupportedRate,
  parseGy90640Command,
  parseGy90640Commands,
  saveCommand,
  type Gy90640Command,
} from '../../electron/core/sensor/protocols/gy-mcu90640/commands.js';
import {
  Gy90640Decoder,
  gy90640Checksum,
} from '../../electron/core/sensor/protocols/gy-mcu90640/decoder.js';
import { encodeGy90640Frame } from '../../native-mocks/encoders/gy-mcu90640.js';
import { concat, hex } from '../support/decoder-streams.js';

describe('GY-MCU90640 commands', () => {
  it('encodes frame rates: A5 25 00..04 SUM', () => {
    expect(hex(frameRateCommand(0.5))).toBe('A5 25 00 CA');
    expect(hex(frameRateCommand(1))).toBe('A5 25 01 CB');
    expect(hex(frameRateCommand(2))).toBe('A5 25 02 CC');
    expect(hex(frameRateCommand(4))).toBe('A5 25 03 CD');
    expect(hex(frameRateCommand(8))).toBe('A5 25 04 CE');
    expect(() => frameRateCommand(3 as 4)).toThrow(/frame rate/);
  });

  it('encodes baud rates, modes, emissivity and save', () => {
    expect(hex(baudCommand(9600))).toBe('A5 15 01 BB');
    expect(hex(baudCommand(115200))).toBe('A5 15 02 BC');
    expect(hex(baudCommand(460800))).toBe('A5 15 03 BD');
    expect(hex(modeCommand('query'))).toBe('A5 35 01 DB');
    expect(hex(modeCommand('auto'))).toBe('A5 35 02 DC');
    expect(hex(emissivityCommand(0.95))).toBe('A5 45 5F 49');
    expect(hex(emissivityCommand(1))).toBe('A5 45 64 4E');
    expect(hex(emissivityCommand(0.1))).toBe('A5 45 0A F4');
    expect(hex(saveCommand())).toBe('A5 65 01 0B');
  });

  it('rejects an emissivity outside 0.10 … 1.00 with a clear error', () => {
    for (const e of [0, 0.05, 0.099, 1.01, 95, -0.5, Number.NaN, Infinity]) {
      expect(() => emissivityCommand(e)).toThrow(/emissivity must be between 0.10 and 1.00/);
    }
  });

  it('parses every command it can encode, and nothing else', () => {
    const cases: [Uint8Array, Gy90640Command][] = [
      ...([0.5, 1, 2, 4, 8] as const).map((hz): [Uint8Array, Gy90640Command] => [
        frameRateCommand(hz),
        { kind: 'frameRate', hz },
      ]),
      ...([9600, 115200, 460800] as const).map((baud): [Uint8Array, Gy90640Command] => [
        baudCommand(baud),
        { kind: 'baud', baud },
      ]),
      [modeCommand('query'), { kind: 'mode', mode: 'query' }],
      [modeCommand('auto'), { kind: 'mode', mode: 'auto' }],
      [saveCommand(), { kind: 'save' }],
    ];
    for (let percent = 10; percent <= 100; percent++) {
      cases.push([
        emissivityCommand(percent / 100),
        { kind: 'emissivity', emissivity: percent / 100 },
      ]);
    }
    for (const [bytes, parsed] of cases) expect(parseGy90640Command(bytes)).toEqual(parsed);

    expect(parseGy90640Command(Uint8Array.of(0xa5, 0x25, 0x04, 0xcf))).toBeNull(); // bad SUM
    expect(parseGy90640Command(Uint8Array.of(0xa5, 0x25, 0x05, 0xcf))).toBeNull(); // no such rate
    expect(parseGy90640Command(Uint8Array.of(0xa5, 0x55, 0x01, 0xfb))).toBeNull(); // unknown CMD
    expect(parseGy90640Command(Uint8Array.of(0xa5, 0x45, 0x05, 0xef))).toBeNull(); // ε 0.05
    expect(parseGy90640Command(Uint8Array.of(0xa4, 0x25, 0x04, 0xcd))).toBeNull(); // not A5
    expect(parseGy90640Command(Uint8Array.of(0xa5, 0x25, 0x04))).toBeNull(); // short
  });

  it('finds several commands in one write, skipping noise', () => {
    const write = concat([0x00], modeCommand('auto'), [0xa5, 0x01], frameRateCommand(8));
    expect(parseGy90640Commands(write)).toEqual([
      { kind: 'mode', mode: 'auto' },
      { kind: 'frameRate', hz: 8 },
    ]);
  });

  it('rounds a wanted rate to the nearest supported one (the rates double)', () => {
    expect(nearestSupportedRate(8)).toBe(8);
    expect(nearestSupportedRate(100)).toBe(8);
    expect(nearestSupportedRate(6)).toBe(8);
    expect(nearestSupportedRate(5)).toBe(4);
    expect(nearestSupportedRate(3)).toBe(4);
    expect(nearestSupportedRate(2.5)).toBe(2);
    expect(nearestSupportedRate(0.7)).toBe(0.5);
    expect(nearestSupportedRate(0.01)).toBe(0.5);
    expect(() => nearestSupportedRate(0)).toThrow();
    expect(() => nearestSupportedRate(Number.NaN)).toThrow();
  });

  it('knows which baud each rate needs: 8 Hz only at 460800', () => {
    expect(frameTransferMs(115200)).toBeCloseTo(134, 0);
    expect(minBaudForRate(0.5)).toBe(9600);
    expect(minBaudForRate(1)).toBe(115200);
    expect(minBaudForRate(2)).toBe(115200);
    expect(minBaudForRate(4)).toBe(115200);
    expect(minBaudForRate(8)).toBe(460800);
    expect(() => minBaudForRate(64)).toThrow(/faster/);
  });
});

describe('GY-MCU90640 decoder accounting', () => {
  it('never re-reads the tail of a delivered frame that looks like a header start', () => {
    // Choose the ambient word so that the checksum, the frame's last two bytes, reads 5A 5A.
    const image = new Float32Array(768).fill(20);
    const sumWithoutAmbient = gy90640Checksum(encodeGy90640Frame(image, 0));
    const raw = (0x5a5a - sumWithoutAmbient) & 0xffff;
    const bytes = encodeGy90640Frame(image, ((raw << 16) >> 16) / 100);
    expect([bytes[1542], bytes[1543]]).toEqual([0x5a, 0x5a]);
    const decoder = new Gy90640Decoder();
    expect(decoder.push(bytes)).toHaveLength(1);
    expect(decoder.push(encodeGy90640Frame(image, 25))).toHaveLength(1);
    expect(decoder.stats).toMatchObject({ frames: 2, bytesDiscarded: 0, resyncs: 0 });
  });
});
