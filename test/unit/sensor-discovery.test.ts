import { describe, expect, it } from 'vitest';
import { rankPorts } from '../../electron/core/sensor/port-discovery.js';
import { describePortError } from '../../electron/core/sensor/port-errors.js';
import { parseFaults } from '../../native-mocks/faults.js';

describe('port discovery', () => {
  it('ranks known thermal-sensor bridges first and says what they probably are', () => {
    const ranked = rankPorts([
      { path: '/dev/ttyS0' },
      { path: '/dev/ttyACM0', vendorId: '2341', productId: '0043', manufacturer: 'Arduino' },
      { path: '/dev/ttyUSB1', vendorId: '1A86', productId: '7523', manufacturer: 'QinHeng' },
      { path: '/dev/ttyACM1', vendorId: '0416', productId: 'b002' },
      { path: '/dev/ttyUSB0', vendorId: 'dead', productId: 'beef' },
    ]);
    expect(ranked.map((p) => p.path)).toEqual([
      '/dev/ttyACM1',
      '/dev/ttyUSB1',
      '/dev/ttyACM0',
      '/dev/ttyUSB0',
      '/dev/ttyS0',
    ]);
    expect(ranked[0]!.likely).toMatch(/MI48/);
    expect(ranked[1]!.likely).toMatch(/CH340.*GY-MCU90640/);
    expect(ranked[1]!.vendorId).toBe('1a86');
    expect(ranked.at(-1)!.likely).toBeNull();
  });
});

describe('port errors', () => {
  it.each([
    [
      'Error: No such file or directory, cannot open /dev/ttyUSB9',
      /not found: check the sensor's cable/,
    ],
    ['Error: Permission denied, cannot open /dev/ttyUSB0', /permission denied .*dialout group/],
    ['Error Resource temporarily unavailable Cannot lock port', /busy: another program/],
  ])('turns "%s" into advice', (raw, advice) => {
    expect(describePortError('/dev/ttyUSB0', new Error(raw))).toMatch(advice);
  });
});

describe('simulator faults', () => {
  it('parses rates and durations', () => {
    expect(parseFaults('checksum=0.05, garbage=0.01,stall=3,freeze=2.5')).toEqual({
      checksum: 0.05,
      garbage: 0.01,
      stall: 3,
      freeze: 2.5,
    });
    expect(parseFaults(undefined)).toEqual({ checksum: 0, garbage: 0, stall: 0, freeze: 0 });
  });

  it.each([
    ['flood=1', /unknown fault "flood".*checksum, garbage, stall, freeze/],
    ['checksum=2', /checksum needs a value from 0 to 1 \(a share of frames\), got "2"/],
    ['stall', /stall needs a value from 0 to 3600 \(seconds\), got ""/],
  ])('rejects %s clearly', (spec, message) => {
    expect(() => parseFaults(spec)).toThrow(message);
  });
});
