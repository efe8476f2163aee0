// Port listing when the system cannot be asked (no udevadm): the device files that exist, with
// USB ids from sysfs, on a made-up /dev and /sys tree; and on this machine, whatever it has.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverPorts } from '../../electron/core/sensor/port-discovery.js';
import { tempDir } from '../support/paths.js';

function file(path: string, text = ''): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function link(path: string, target: string): void {
  mkdirSync(dirname(path), { recursive: true });
  symlinkSync(target, path);
}

/** A /dev and /sys as Linux has them, minus udev's database. */
function fakeSystem(): { devDir: string; sysDir: string } {
  const root = tempDir('kiosk-ports-');
  const dev = join(root, 'dev');
  const sys = join(root, 'sys');
  for (const name of ['ttyUSB0', 'ttyACM0', 'ttyS0', 'ttyS1', 'ttyS2', 'tty5', 'ttyCH343USB0']) {
    file(join(dev, name));
  }
  // udev's by-id names (they outlive udevadm in some images); the CH343's driver names its own.
  link(join(dev, 'serial/by-id/usb-1a86_USB_Single_Serial_5A2B-if00'), '../../ttyCH343USB0');
  link(join(dev, 'serial/by-id/usb-Teensyduino_USB_Serial_12345-if00'), '../../ttyACM0');
  // A CH340 adapter (ttyUSB: the usb-serial driver adds a level) and a Teensy (ttyACM).
  const ch340 = join(sys, 'devices/usb1/1-1');
  file(join(ch340, 'idVendor'), '1a86\n');
  file(join(ch340, 'idProduct'), '7523\n');
  mkdirSync(join(ch340, '1-1:1.0/ttyUSB0'), { recursive: true });
  link(join(sys, 'class/tty/ttyUSB0/device'), '../../../devices/usb1/1-1/1-1:1.0/ttyUSB0');
  const teensy = join(sys, 'devices/usb1/1-2');
  file(join(teensy, 'idVendor'), '16c0\n');
  file(join(teensy, 'idProduct'), '0483\n');
  file(join(teensy, 'serial'), '12345\n');
  mkdirSync(join(teensy, '1-2:1.0'), { recursive: true });
  link(join(sys, 'class/tty/ttyACM0/device'), '../../../devices/usb1/1-2/1-2:1.0');
  // ttyS0 is the console, ttyS1 has no UART behind it, ttyS2 is a real one.
  file(join(sys, 'class/tty/ttyS0/type'), '4\n');
  file(join(sys, 'class/tty/ttyS0/console'), 'Y\n');
  file(join(sys, 'class/tty/ttyS1/type'), '0\n');
  file(join(sys, 'class/tty/ttyS2/type'), '4\n');
  file(join(sys, 'class/tty/ttyS2/console'), 'N\n');
  return { devDir: dev, sysDir: sys };
}

const udevadmMissing = (): Promise<never> => Promise.reject(new Error('spawn udevadm ENOENT'));

describe('port listing without udevadm', () => {
  it('lists the serial device files that exist, USB ids from sysfs, and says why', async () => {
    const { devDir, sysDir } = fakeSystem();
    const { ports, fallback } = await discoverPorts({ list: udevadmMissing, devDir, sysDir });
    expect(fallback).toBe(
      'could not ask the system for USB details (udevadm missing): listing device files only',
    );
    expect(ports.map((p) => p.path)).toEqual(
      ['ttyUSB0', 'ttyACM0', 'ttyCH343USB0', 'ttyS2'].map((name) => join(devDir, name)),
    );
    expect(ports[0]).toMatchObject({ vendorId: '1a86', productId: '7523' });
    expect(ports[0]!.likely).toMatch(/CH340.*GY-MCU90640/);
    expect(ports[1]).toMatchObject({ vendorId: '16c0', productId: '0483', serialNumber: '12345' });
    expect(ports[1]!.likely).toMatch(/Teensy.*SparkFun MLX90640/);
    // No sysfs entry: udev's by-id name is all there is to go on.
    expect(ports[2]).toMatchObject({ vendorId: null, manufacturer: '1a86 USB Single Serial 5A2B' });
  });

  it('names any other failure, and lists nothing rather than failing where there is no /dev', async () => {
    const missing = join(tempDir(), 'none');
    const listing = await discoverPorts({
      list: () => Promise.reject(new Error('udevadm exited with code 1')),
      devDir: missing,
      sysDir: missing,
    });
    expect(listing).toEqual({
      ports: [],
      fallback:
        'could not ask the system for USB details (udevadm exited with code 1): listing device files only',
    });
  });

  it('uses the system list when it answers', async () => {
    const { devDir, sysDir } = fakeSystem();
    const listing = await discoverPorts({
      list: () => Promise.resolve([{ path: '/dev/ttyACM9', vendorId: '0416', productId: 'B002' }]),
      devDir,
      sysDir,
    });
    expect(listing.fallback).toBeNull();
    expect(listing.ports).toEqual([expect.objectContaining({ path: '/dev/ttyACM9', rank: 0 })]);
  });

  it('never rejects on this machine, udevadm or not', async () => {
    const listing = await discoverPorts();
    expect(Array.isArray(listing.ports)).toBe(true);
    if (listing.fallback) expect(listing.fallback).toMatch(/listing device files only$/);
  });
});
