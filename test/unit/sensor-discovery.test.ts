import { describe, expect, it } from 'vitest';
import { rankPorts } from '../../electron/core/sensor/port-discovery.js';
import {
  describePortError,
  SENSOR_NOT_CONNECTED,
  staffSensorError,
} from '../../electron/core/sensor/port-errors.js';
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

  it('ranks the boards the supported sketches run on, each saying which sketch or sensor it suggests', () => {
    const ranked = rankPorts([
      { path: '/dev/ttyACM2', vendorId: '16C0', productId: '0483', manufacturer: 'Teensyduino' },
      { path: '/dev/ttyACM3', vendorId: '303A', productId: '1001', manufacturer: 'Espressif' },
      { path: '/dev/ttyUSB2', vendorId: '1A86', productId: '55D4' },
      { path: '/dev/ttyACM4', vendorId: '2A03', productId: '0043' },
      { path: '/dev/ttyACM5', vendorId: '2886', productId: '802f', manufacturer: 'Seeed' },
      { path: '/dev/ttyACM6', vendorId: '0416', productId: '9393' },
      { path: '/dev/ttyACM7', vendorId: '0416', productId: 'b020' },
      { path: '/dev/ttyACM8', vendorId: '16c0', productId: '05dc' },
      { path: '/dev/ttyUSB3', vendorId: '1a86', productId: '7523' },
      { path: '/dev/ttyS4' },
      { path: '/dev/ttyUSB4' },
    ]);
    const likely = Object.fromEntries(ranked.map((p) => [p.path, p.likely]));
    // The MI48's own products first, then the GY modules' bridges, then the sketch boards.
    expect(ranked.slice(0, 2).map((p) => p.path)).toEqual(['/dev/ttyACM6', '/dev/ttyACM7']);
    expect(ranked.slice(2, 4).map((p) => p.path)).toEqual(['/dev/ttyUSB2', '/dev/ttyUSB3']);
    expect(likely['/dev/ttyACM6']).toMatch(/XCAM.*mi48/);
    expect(likely['/dev/ttyACM7']).toMatch(/XPRO.*mi48/);
    // A product entry wins over its vendor's: a CH9102 is not called a CH340.
    expect(likely['/dev/ttyUSB2']).toMatch(/CH9102.*GY-MCU90640/);
    expect(likely['/dev/ttyUSB3']).toMatch(/CH340/);
    expect(likely['/dev/ttyACM2']).toMatch(/Teensy.*SparkFun MLX90640/);
    expect(likely['/dev/ttyACM3']).toMatch(/Espressif.*MLX90640/);
    expect(likely['/dev/ttyACM4']).toMatch(/Arduino.*sketch/);
    expect(likely['/dev/ttyACM5']).toMatch(/Seeed.*sketch/);
    const rank = (path: string): number => ranked.find((p) => p.path === path)!.rank;
    // Another product on the Teensy's shared vendor id is less sure than the Teensy itself.
    expect(rank('/dev/ttyACM8')).toBeGreaterThan(rank('/dev/ttyACM2'));
    // A device file without USB ids (the fallback list) before the machine's own UART.
    expect(ranked.slice(-2).map((p) => p.path)).toEqual(['/dev/ttyUSB4', '/dev/ttyS4']);
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

  it.each([
    ['Error: No such file or directory, cannot open /dev/ttyUSB9', /\(\/dev\/ttyUSB0 not found/],
    [
      'Error: Permission denied, cannot open /dev/ttyUSB0',
      /\(permission denied on \/dev\/ttyUSB0: .*usermod -aG dialout \$USER, then log in again\)$/,
    ],
    [
      'Error Resource temporarily unavailable Cannot lock port',
      /\(\/dev\/ttyUSB0 is busy: another program has it open/,
    ],
    ['Error: Inappropriate ioctl for device', /\(\/dev\/ttyUSB0: Error: Inappropriate ioctl/],
  ])('tells staff "%s" as: sensor not connected, what to do, then why', (raw, cause) => {
    const staff = staffSensorError(describePortError('/dev/ttyUSB0', new Error(raw)))!;
    expect(staff.startsWith(`${SENSOR_NOT_CONNECTED} (`)).toBe(true);
    expect(SENSOR_NOT_CONNECTED).toBe(
      'sensor not connected: plug it in or choose it in the staff console',
    );
    expect(staff).toMatch(cause);
    // Once is enough: a reworded error is left as it is.
    expect(staffSensorError(staff)).toBe(staff);
  });

  it('leaves errors that are not about opening the port as they are', () => {
    for (const text of [
      'sensor lost: the port closed (unplugged?)',
      'no data at 115200, 460800, 9600 baud: is the sensor powered, and is this its port?',
      'no valid frames at 115200 baud — the sensor may be set to 460800 or 9600',
    ]) {
      expect(staffSensorError(text)).toBe(text);
    }
    expect(staffSensorError(null)).toBeNull();
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
