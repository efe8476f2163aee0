// A linked pair of pseudo-terminals made by socat: the simulator writes one end, the kiosk reads
// the other exactly as it would read a USB serial sensor.
import { spawn, type ChildProcess } from 'node:child_process';

export interface PtyPair {
  /** The end the kiosk opens, like /dev/ttyUSB0. */
  sensorPath: string;
  /** The end the simulator writes to. */
  simulatorPath: string;
  close(): Promise<void>;
}

export async function openPtyPair(timeoutMs = 5000): Promise<PtyPair> {
  let child: ChildProcess;
  try {
    child = spawn('socat', ['-d', '-d', 'pty,raw,echo=0', 'pty,raw,echo=0'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (error) {
    throw socatMissing(error);
  }
  return new Promise((resolve, reject) => {
    const paths: string[] = [];
    let log = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`socat did not start within ${timeoutMs} ms: ${log.trim()}`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(socatMissing(error));
    });
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (text: string) => {
      log += text;
      for (const match of text.matchAll(/PTY is (\S+)/g)) paths.push(match[1]!);
      // Only once the loop runs are both ends connected; writing earlier loses bytes.
      if (/starting data transfer loop/.test(log) && paths.length >= 2) {
        clearTimeout(timer);
        resolve({
          sensorPath: paths[0]!,
          simulatorPath: paths[1]!,
          close: () => stopProcess(child),
        });
      }
    });
  });
}

function socatMissing(error: unknown): Error {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT'
    ? new Error(
        'socat is not installed; install it (Debian/Ubuntu: sudo apt-get install socat) to run the simulated sensor',
      )
    : (error as Error);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
