// The browser kiosk: the local host serving the renderer and the kiosk API, shown in the system
// Chromium when there is one (or its URL printed for any browser on this machine). The browser is
// given a one-time boot code, never the token (audit M2); it is started again whenever it goes
// away (M3): the kiosk ends only from the console (PIN) or by a signal; as root it is started only
// with --allow-root-browser (M4).
import type { Server } from 'node:http';
import { rendererDir } from '../../app/paths.js';
import { runKiosk, type RunningKiosk } from '../../app/run-kiosk.js';
import type { KioskRunOptions } from '../../app/options.js';
import { StartupError } from '../../app/startup-error.js';
import { listenLocal, startHost } from '../../host/server.js';
import { browserLaunchPolicy, findChromium, hasDisplay, launchKioskBrowser } from '../browser.js';
import { superviseBrowser, type BrowserSupervisor } from '../browser-supervisor.js';

/** `notice`: a line to print once the kiosk is up (why it is the browser kiosk). */
export async function browserKiosk(
  options: KioskRunOptions,
  notice: string | null = null,
): Promise<number> {
  // Staff leave kiosk mode from the console (PIN): the same orderly stop as Ctrl+C.
  let exitRequested = (): void => undefined;
  const exited = new Promise<void>((resolve) => (exitRequested = resolve));
  // The port first: a taken one must end the start before the database is opened or created.
  const server = await claimPort(options.port);
  let run: RunningKiosk;
  try {
    run = await runKiosk(options, { onExit: () => exitRequested() });
  } catch (error) {
    server.close();
    throw error;
  }
  // No waiting for the sensor: a kiosk without one must still show its screen ("paused, sensor
  // not connected") and answer the console, where staff can choose another port, while the link
  // keeps retrying. The demo's simulated port is open already: runKiosk waits for it.
  const host = await startHost({
    rendererDir: rendererDir(),
    server,
    handlers: run.kiosk.handlers,
    events: { subscribe: (listener) => run.kiosk.subscribe(listener) },
    // The demo walks its people once a screen is watching, so nobody misses the first ones.
    onFirstClient: () => void run.releasePeople(),
    onBootRefused: (why) => {
      if (why !== 'used') return;
      console.warn(
        'kiosk: refused a boot code presented a second time (a reload of an old link, or another ' +
          "program on this machine that read it from the browser's command line)",
      );
      // If another program got in first, the kiosk's own page was refused: start it over with a
      // fresh code, so the screen comes back by itself.
      browserSupervisor?.renew('its boot code was presented twice');
    },
  });
  if (notice) console.log(notice);
  console.log(
    options.noOpen
      ? `KIOSK_URL=${host.kioskUrl}`
      : `Kiosk ${options.demo ? 'demo ' : ''}running at ${host.kioskUrl}`,
  );

  let browserSupervisor: BrowserSupervisor | null = null;
  const stop = async (): Promise<void> => {
    await browserSupervisor?.stop();
    await host.close();
    await run.stop();
  };
  const browser = options.noBrowser ? null : findChromium();
  if (browser && hasDisplay()) {
    const policy = browserLaunchPolicy(process.getuid?.(), options.allowRootBrowser);
    if (!policy.launch) {
      console.log(policy.message);
    } else {
      if (policy.warning) console.warn(policy.warning);
      // Each launch: a fresh profile and a fresh boot code in the URL, never the token.
      browserSupervisor = superviseBrowser({
        launch: () => launchKioskBrowser(browser, host.bootUrl(), { noSandbox: policy.noSandbox }),
      });
    }
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

/** Listens on 127.0.0.1:port, or says in one sentence why the kiosk cannot. */
async function claimPort(port: number): Promise<Server> {
  try {
    return await listenLocal(port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new StartupError(
        `port ${port} on 127.0.0.1 is already in use (another kiosk?): stop it or choose another with --port`,
      );
    }
    if (code === 'EACCES') {
      throw new StartupError(
        `port ${port} on 127.0.0.1 may not be used by this user (ports below 1024 need root): choose another with --port, e.g. 8080`,
      );
    }
    throw error;
  }
}
