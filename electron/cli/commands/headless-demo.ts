// `kiosk demo --headless`: N scripted people through the real path (pty, serialport, worker,
// records) as fast as the machine allows, then a one-line JSON summary.
import { runKiosk } from '../../app/run-kiosk.js';
import type { KioskRunOptions } from '../../app/options.js';
import { StartupError } from '../../app/startup-error.js';

/** With no frame processed for this long, the run has stalled. */
const STALL_MS = 10_000;

export async function headlessDemo(options: KioskRunOptions): Promise<number> {
  const started = performance.now();
  const run = await runKiosk(options);
  try {
    // A run that cannot count (its disk is full) would print a summary the database does not hold.
    if (run.recordsError) throw new StartupError(run.recordsError);
    // Only the demo's own simulated port is waited for (headless is demo-only): no frame written
    // before the kiosk's end is open may be lost, or the summary would not match the people.
    await run.waitSensorOpen();
    const simulator = run.simulator!;
    await run.releasePeople();
    let last = -1;
    let lastChange = Date.now();
    while (run.kiosk.framesProcessed < simulator.framesWritten) {
      if (run.kiosk.framesProcessed !== last) {
        last = run.kiosk.framesProcessed;
        lastChange = Date.now();
      } else if (Date.now() - lastChange > STALL_MS) {
        throw new Error(
          `frames stopped arriving (${last} of ${simulator.framesWritten} processed): is the pseudo-terminal pair still up?`,
        );
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    const { pass, refer, retry } = run.kiosk.tally;
    console.log(
      JSON.stringify({ screened: pass + refer + retry, pass, refer, retry, db: options.db }),
    );
    // Whole milliseconds: a time like "36.8 s" in a log would read like someone's temperature.
    const ms = Math.round(performance.now() - started);
    console.error(`${simulator.framesWritten} frames in ${ms} ms`);
    return 0;
  } finally {
    await run.stop();
  }
}
