// The demo's simulated sensor: a GY-MCU90640 simulator on a fresh pseudo-terminal pair, and the
// people who walk past it (a scripted sequence, a fixed crowd, or an endless seeded crowd).
// app/run-kiosk.ts opens it in demo mode; this is the only place the app reaches the simulator.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SensorChoice } from '../contract/staff.js';
import type { LinkSupervisor } from '../core/sensor/link-supervisor.js';
import type { KioskRunOptions } from '../app/options.js';
import { planCrowd, planSequence, type PersonPlan } from '../../native-mocks/people.js';
import { openPtyPair, type PtyPair } from '../../native-mocks/pty-pair.js';
import { Simulator } from '../../native-mocks/simulator.js';

export type { Simulator };

/** How long the demo's own port may take to open before the start fails with a sentence. */
const DEMO_OPEN_TIMEOUT_MS = 5000;

export class DemoSensor {
  /** The simulated sensor; null until start(). It sends the empty room until release(). */
  simulator: Simulator | null = null;
  private running: Promise<void> | null = null;

  private constructor(private readonly pty: PtyPair) {}

  /** Named links in a folder of its own: a path that vanishes with this demo's socat can never
   * be handed to another process (a bare /dev/pts/N is reused). */
  static async open(): Promise<DemoSensor> {
    return new DemoSensor(await openPtyPair(5000, mkdtempSync(join(tmpdir(), 'kiosk-demo-pty-'))));
  }

  /** The demo knows what it simulates; skipping detection starts it at once. */
  get choice(): SensorChoice {
    return { path: this.pty.sensorPath, protocol: 'gy-mcu90640', baud: 115200 };
  }

  /** How the staff console's port list shows it. */
  get port(): { path: string; likely: string; manufacturer: null } {
    return { path: this.pty.sensorPath, likely: 'simulated sensor (demo)', manufacturer: null };
  }

  /** Once the kiosk runs: the simulator, started when the kiosk's end is open (bytes written
   * before would be lost). */
  async start(
    options: KioskRunOptions,
    link: LinkSupervisor | null,
    log: (line: string) => void,
  ): Promise<Simulator> {
    const simulator = new Simulator({
      path: this.pty.simulatorPath,
      protocol: 'gy-mcu90640',
      rateHz: options.rate ?? (options.headless ? 1000 : 8),
      seed: options.seed,
      holdUntilReleased: true,
      blackbodyGap: options.blackbodyGap,
      ...demoPeople(options),
    });
    this.simulator = simulator;
    if (link) await portOpen(link);
    this.running = simulator.start();
    this.running.catch((error: Error) => log(`simulator: ${error.message}`));
    return simulator;
  }

  /** Lets the people walk in. Resolves when they have all passed. */
  release(): Promise<void> | null {
    this.simulator?.release();
    return this.running;
  }

  async stopSimulator(): Promise<void> {
    await this.simulator?.stop();
  }

  /** After the kiosk has stopped: ends socat and removes the pair's links. */
  async close(): Promise<void> {
    await this.pty.close();
  }
}

/** A scripted sequence, a fixed crowd, or (interactive demo) an endless seeded crowd. */
function demoPeople(o: KioskRunOptions): {
  people: readonly PersonPlan[];
  after: 'stop' | 'empty-room';
  morePeople?: () => readonly PersonPlan[];
} {
  const crowd = (people: number, seed: number): PersonPlan[] =>
    planCrowd({ people, feverRate: o.feverRate, retryRate: o.retryRate, seed });
  const after = o.headless ? 'stop' : 'empty-room';
  if (o.sequence !== null) return { people: planSequence(o.sequence, o.seed), after };
  if (o.people !== null) return { people: crowd(o.people, o.seed), after };
  let round = 0;
  return {
    people: crowd(10, o.seed),
    after: 'stop',
    morePeople: () => crowd(10, o.seed + ++round),
  };
}

/** The demo's own simulated port opens at once; if it does not, say so instead of hanging. */
async function portOpen(link: LinkSupervisor): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `the demo's simulated sensor could not be opened: ${link.status().lastError ?? 'no answer'}`,
          ),
        ),
      DEMO_OPEN_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([link.waitOpen(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
