// Whether a serial port's device file is still there. After a USB sensor is unplugged (or a pty's
// far end closes) serialport on Linux may never report it: its reader retries zero-byte reads
// without end (serialport/bindings-cpp issue #162), so the link looks stalled and a core spins.
// The device file going away is the reliable sign; Windows COM names have no file to check.
import { existsSync } from 'node:fs';

export function deviceFileGone(path: string, platform = process.platform): boolean {
  if (platform === 'win32' || !path.startsWith('/')) return false;
  return !existsSync(path);
}
