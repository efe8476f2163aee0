// The browser kiosk: the local host serving the renderer and the kiosk API, shown in the system
// Chromium when there is one (or its URL printed for any browser on this machine).
import { rendererDir } from '../../app/paths.js';
import { runKiosk } from '../../app/run-kiosk.js';
import type { KioskRunOptions } from '../../app/options.js';
import { startHost } from '../../host/server.js';
import { findChromium, hasDisplay, launchKioskBrowser } from '../browser.js';

export async function browserKiosk(options: KioskRunOptions): Promise<number> {
  // Staff leave kiosk mode from the console (PIN): the same orderly stop as Ctrl+C.
  let exitRequested = (): void => undefined;
  const exited = new Promise<void>((resolve) => (exitRequested = resolve));
  const run = await runKiosk(options, { onExit: () => exitRequested() });
  // No waiting for the sensor: a kiosk without one must still show its screen ("paused, sensor
  // not connected") and answer the console, where staff can choose another port, while the link
  // keeps retrying. The demo's simulated port is open already: runKiosk waits for it.
  const host = await startHost({
    rendererDir: rendererDir(),
    port: options.port,
    handlers: run.kiosk.handlers,
    events: { subscribe: (listener) => run.kiosk.subscribe(listener) },
    // The demo walks its people once a screen is watching, so nobody misses the first ones.
    onFirstClient: () => void run.releasePeople(),
  });
  console.log(
    options.noOpen
      ? `KIOSK_URL=${host.kioskUrl}`
      : `Kiosk ${options.demo ? 'demo ' : ''}running at ${host.kioskUrl}`,
  );

  const stop = async (): Promise<void> => {
    await host.close();
    await run.stop();
  };
  const browser = options.noBrowser ? null : findChromium();
  if (browser && hasDisplay()) {
    const child = launchKioskBrowser(browser, host.kioskUrl);
    child.once('exit', () => void stop().then(() => process.exit(0)));
    void exited.then(() => child.kill('SIGTERM'));
  } else if (!options.noBrowser && !options.noOpen) {
    console.log(
      browser
        ? 'No display found: open the URL above in a browser on this machine.'
        : 'No Chromium-based browser found (set KIOSK_BROWSER=/path/to/chrome): open the URL above in a browser on this machine.',
    );
  }
  await Promise.race([
    exited,
    new Promise<void>((resolve) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
    }),
  ]);
  // Whatever hangs on the way out (a port stuck mid-write), the kiosk must not outlive its stop.
  setTimeout(() => {
    console.error('kiosk: did not stop within 5 s; exiting anyway');
    process.exit(1);
  }, STOP_LIMIT_MS).unref();
  await stop();
  return 0;
}

const STOP_LIMIT_MS = 5000;
