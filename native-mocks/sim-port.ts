// The simulator's end of the serial line: opened for writing, and closed without hanging on a
// write nobody reads (a pseudo-terminal whose other end is not drained blocks writes).
import { SerialPort } from 'serialport';

/** How long closing the port (and stop() after closing it) may take. */
export const CLOSE_WAIT_MS = 500;

export function openForWriting(path: string): Promise<SerialPort> {
  return new Promise((resolve, reject) => {
    const port = new SerialPort({ path, baudRate: 115200, autoOpen: false });
    port.open((error) =>
      error ? reject(new Error(`simulator cannot open ${path}: ${error.message}`)) : resolve(port),
    );
  });
}

/** Closes the port, cancelling pending writes; never waits more than CLOSE_WAIT_MS. */
export async function closePort(port: SerialPort | null): Promise<void> {
  if (!port?.isOpen) return;
  const closed = new Promise<boolean>((resolve) => port.close(() => resolve(true)));
  await within(closed, CLOSE_WAIT_MS);
}

/** Whether `promise` settles within `ms`. */
export async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
