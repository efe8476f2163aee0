// The GY-MCU906x0 modules as simulated boards: the manual's example bytes, no banner, their pace.
import { describe, expect, it } from 'vitest';
import { createFirmware } from '../../native-mocks/firmware/index.js';

describe('GY-MCU90614 module', () => {
  it("prints the manual's example frame 5A 5A 45 04 0C 78 0D 19 A7 for 31.92 °C / 33.53 °C", () => {
    const board = createFirmware('gy-mcu90614');
    const frame = board.frameBytes({
      width: 1,
      height: 1,
      pixels: Float32Array.of(31.92),
      ambientC: 33.53,
    });
    expect(Buffer.from(frame).toString('hex')).toBe('5a5a45040c780d19a7');
  });

  it('streams ~10 frames/s at 9600 baud from power-up, no banner, no reset', () => {
    const board = createFirmware('gy-mcu90614');
    expect(board.bootBytes()).toHaveLength(0);
    expect(board).toMatchObject({ lineBytesPerS: 960, periodMs: 100, resetsOnOpen: false });
  });
});

describe('GY-MCU90640 module', () => {
  it("starts its frame 5A 5A 02 06 6E 0E for the manual's first pixel, 36.94 °C", () => {
    const pixels = new Float32Array(768).fill(25);
    pixels[31] = 36.94; // the sensor's first pixel is the image's top right
    const frame = createFirmware('gy-mcu90640').frameBytes({
      width: 32,
      height: 24,
      pixels,
      ambientC: 30,
    });
    expect(frame).toHaveLength(1544);
    expect(Buffer.from(frame.subarray(0, 6)).toString('hex')).toBe('5a5a02066e0e');
  });

  it('streams 4 frames/s at 115200 baud (a frame is 134 ms on the wire), no banner, no reset', () => {
    const board = createFirmware('gy-mcu90640');
    expect(board.bootBytes()).toHaveLength(0);
    expect(board).toMatchObject({ lineBytesPerS: 11520, periodMs: 250, resetsOnOpen: false });
    expect((1544 / board.lineBytesPerS!) * 1000).toBeCloseTo(134, 0);
  });
});
