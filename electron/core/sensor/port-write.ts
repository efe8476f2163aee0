// Writing to an open serial port as a promise: how device drivers send their commands.
import type { SerialPort } from 'serialport';

export function writeToPort(port: SerialPort, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!port.isOpen) return reject(new Error('the port is closed'));
    port.write(Buffer.from(bytes), (error) => (error ? reject(error) : resolve()));
  });
}
