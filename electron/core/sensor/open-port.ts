// Opens a serial port and turns the failure into a sentence that says what to do.
import { SerialPort } from 'serialport';
import { describePortError } from './port-errors.js';

export class PortOpenError extends Error {
  constructor(
    message: string,
    readonly code: 'not-found' | 'permission' | 'busy' | 'other',
  ) {
    super(message);
    this.name = 'PortOpenError';
  }
}

export function openPort(path: string, baudRate: number): Promise<SerialPort> {
  return new Promise((resolve, reject) => {
    // lock: true makes a second kiosk (or a serial monitor using locks) fail fast with "busy".
    const port = new SerialPort({ path, baudRate, autoOpen: false, lock: true });
    port.open((error) => {
      if (!error) return resolve(port);
      const message = describePortError(path, error);
      reject(new PortOpenError(message, classify(message)));
    });
  });
}

export function closePort(port: SerialPort): Promise<void> {
  port.removeAllListeners('data');
  return new Promise((resolve) => {
    if (!port.isOpen) return resolve();
    port.close(() => resolve());
  });
}

function classify(message: string): PortOpenError['code'] {
  if (/not found/.test(message)) return 'not-found';
  if (/permission denied/.test(message)) return 'permission';
  if (/busy/.test(message)) return 'busy';
  return 'other';
}
