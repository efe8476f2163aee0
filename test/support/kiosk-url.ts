import type { ChildProcess } from 'node:child_process';

/** Waits for the host's `running at URL` line (the URL carries the token). */
export function kioskUrlOf(
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`kiosk did not start:\n${output()}`)),
      timeoutMs,
    );
    const check = (): void => {
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output());
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`kiosk exited with ${code}:\n${output()}`)));
    child.once('error', reject);
  });
}
