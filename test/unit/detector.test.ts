// The detector on its own, with a fake clock: what it decides from the bytes and the silence.
import { describe, expect, it } from 'vitest';
import { Detector, MI48_PROBE_AFTER_MS } from '../../electron/core/sensor/detector.js';
import { MI48_PROBE } from '../../electron/core/sensor/protocols/mi48/commands.js';
import { GOLDEN_VECTORS } from '../../electron/core/sensor/protocols/golden.js';
import { PROTOCOL_IDS } from '../../electron/core/sensor/protocol-ids.js';

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('Detector', () => {
  it.each(PROTOCOL_IDS.filter((id) => id !== 'mi48'))(
    'recognises %s from its first golden frame',
    (id) => {
      const vector = GOLDEN_VECTORS[id].find((v) => v.frames.length > 0)!;
      const detector = new Detector({}, 0);
      const found = detector.push(vector.bytes, 10);
      expect(found?.protocol).toBe(id);
      expect(found?.frames.length).toBeGreaterThan(0);
      expect(found?.decoder.protocol).toBe(id);
    },
  );

  it('recognises an MI48 from a reply to its probe, after a second of silence', () => {
    const detector = new Detector({}, 0);
    expect(detector.tick(500)).toEqual([]);
    const actions = detector.tick(MI48_PROBE_AFTER_MS);
    expect(actions).toEqual([{ kind: 'write', bytes: MI48_PROBE }]);
    expect(new TextDecoder().decode(MI48_PROBE)).toBe('   #000ARREGB1XXXX');
    const found = detector.push(ascii('   #000ARREG010262'), 1100);
    expect(found?.protocol).toBe('mi48');
    expect(found?.frames).toEqual([]);
  });

  it('asks at once when the USB id says MI48, and again every two seconds of silence', () => {
    const detector = new Detector({ vendorId: '0416' }, 0);
    expect(detector.tick(0)).toHaveLength(1);
    expect(detector.tick(1000)).toHaveLength(0);
    expect(detector.tick(2000)).toHaveLength(1);
  });

  it('never probes a port that talks, nor when MI48 is not a candidate', () => {
    const talking = new Detector({}, 0);
    talking.push(ascii('AMG88xx pixels\r\n'), 10);
    expect(talking.tick(5000)).toEqual([]);
    const textOnly = new Detector({ protocols: ['adafruit-amg88xx'] }, 0);
    expect(textOnly.tick(5000)).toEqual([]);
  });

  it('leaves a baud rate whose bytes form neither text nor sync headers, on the same port', () => {
    const detector = new Detector({ bauds: [115200, 9600] }, 0);
    const noise = Uint8Array.from({ length: 200 }, (_, i) => 0x80 | ((i * 37) & 0x7f));
    detector.push(noise, 100);
    expect(detector.tick(300)).toEqual([]); // too soon to judge
    expect(detector.tick(600)).toEqual([{ kind: 'baud', baud: 9600 }]);
    expect(detector.baud).toBe(9600);
    // Right at 9600: the AMG sketch's frame.
    const amg = GOLDEN_VECTORS['adafruit-amg88xx'][0]!.bytes;
    expect(detector.push(amg, 700)).toMatchObject({ protocol: 'adafruit-amg88xx', baud: 9600 });
  });

  it('stays on a baud rate that carries text, even before a frame', () => {
    const detector = new Detector({ bauds: [115200, 9600] }, 0);
    detector.push(ascii('22.50,'.repeat(100)), 100);
    expect(detector.tick(2000)).toEqual([]);
  });

  it('says what it heard: silence, a problem line, a starting sketch, an unknown sketch', () => {
    const silent = new Detector({}, 0);
    expect(silent.explain(3000)).toMatch(/no data from the sensor after 3 s.*powered.*port/);

    const broken = new Detector({}, 0);
    broken.push(ascii('Adafruit MLX90640 Simple Test\r\nMLX90640 not found!\r\n'), 100);
    expect(broken.explain(200)).toMatch(
      /Adafruit MLX90640 sketch.*"MLX90640 not found!".*cannot see its sensor: check the wiring/,
    );

    const starting = new Detector({}, 0);
    starting.push(ascii('AMG88xx pixels\r\n-- Pixels Test --\r\n'), 100);
    expect(starting.explain(200)).toMatch(/AMG88xx sketch .*is starting.*first frame/);

    const unknown = new Detector({}, 0);
    unknown.push(ascii('hello\r\nTemperature: 23.5 C\r\nTemperature: 23.6 C\r\n'), 100);
    expect(unknown.explain(1000)).toMatch(/waiting for a whole frame/);
    expect(unknown.explain(6000)).toMatch(/not a sketch the kiosk knows.*Temperature: 23.5 C/);
  });

  it('tells the user to switch the Adafruit sketch from ASCII art to temperatures', () => {
    const vector = GOLDEN_VECTORS['adafruit-mlx90640'].find((v) => /ASCIIART/.test(v.name))!;
    const detector = new Detector({}, 0);
    expect(detector.push(vector.bytes, 100)).toBeNull();
    expect(detector.explain(200)).toMatch(/PRINT_TEMPERATURES/);
  });
});
