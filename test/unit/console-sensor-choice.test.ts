// The sensor form: 'auto' for protocol and baud, a protocol's own rates, any typed path.
import { describe, expect, it } from 'vitest';
import type { SensorOptions } from '../../electron/contract/staff.js';
import {
  AUTO,
  baudsFor,
  keptBaud,
  readSensorChoice,
} from '../../renderer/src/console/sensor/sensor-choice.js';

const options: SensorOptions = {
  ports: [{ path: '/dev/ttyUSB0', likely: 'CH340 USB-serial', manufacturer: null }],
  protocols: [
    { id: 'a', label: 'A', bauds: [115200, 460800] },
    { id: 'b', label: 'B', bauds: [9600] },
  ],
};

describe('console sensor choice', () => {
  it("offers a protocol's baud rates, none for auto", () => {
    expect(baudsFor(options, AUTO)).toEqual([]);
    expect(baudsFor(options, 'a')).toEqual([115200, 460800]);
    expect(baudsFor(null, 'a')).toEqual([]);
  });

  it('keeps the baud rate only if the new protocol has it', () => {
    expect(keptBaud(options, 'a', '460800')).toBe('460800');
    expect(keptBaud(options, 'b', '460800')).toBe(AUTO);
  });

  it('accepts any typed path (pseudo-terminals are never listed) and needs one', () => {
    expect(readSensorChoice(' /dev/pts/7 ', AUTO, AUTO)).toEqual({
      ok: true,
      choice: { path: '/dev/pts/7', protocol: AUTO, baud: null },
    });
    expect(readSensorChoice('/dev/ttyUSB0', 'a', '115200')).toEqual({
      ok: true,
      choice: { path: '/dev/ttyUSB0', protocol: 'a', baud: 115200 },
    });
    expect(readSensorChoice('  ', AUTO, AUTO)).toEqual({ ok: false, problem: 'no-path' });
  });
});
