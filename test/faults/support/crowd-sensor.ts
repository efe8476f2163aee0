// A simulated GY-MCU90640 with an endless crowd walking past, on a socat pseudo-terminal pair
// whose ends keep their names across unplug / plug (test/support/sim.ts has only one person
// standing still, who is judged once: a fault test needs new verdicts after each fault).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planCrowd } from '../../../native-mocks/people.js';
import { SocatPair } from '../../../native-mocks/pty-pair.js';
import { Simulator } from '../../../native-mocks/simulator.js';

export interface CrowdSensor {
  /** The end the kiosk opens; the same path after every plug. */
  readonly sensorPath: string;
  readonly simulator: Simulator;
  /** Both device files appear and a fresh simulator (the next crowd) starts writing. */
  plug(): Promise<void>;
  /** The simulator stops sending; the port stays. */
  silence(): Promise<void>;
  /** Both device files vanish, as when the USB cable is pulled (the simulator stops too). */
  unplug(): Promise<void>;
  close(): Promise<void>;
}

export interface CrowdSensorOptions {
  /** Frames per second (the simulator writes each frame at once). */
  rateHz?: number;
  seed?: number;
}

/** Plugged in and streaming when it resolves. */
export async function crowdSensor(options: CrowdSensorOptions = {}): Promise<CrowdSensor> {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-fault-pty-'));
  const pair = new SocatPair(dir);
  const rateHz = options.rateHz ?? 100;
  let seed = options.seed ?? 1;
  let simulator: Simulator | null = null;
  let simulatorPath = '';
  // Ten people at a time, a new seed for each ten and each plug: nobody walks past twice alike.
  const crowd = () => planCrowd({ people: 10, feverRate: 0.1, retryRate: 0.05, seed: seed++ });

  const sensor: CrowdSensor = {
    sensorPath: pair.sensorLink!,
    get simulator(): Simulator {
      if (!simulator) throw new Error('the crowd sensor is unplugged');
      return simulator;
    },
    async plug() {
      ({ simulatorPath } = await pair.start());
      simulator = new Simulator({
        path: simulatorPath,
        protocol: 'gy-mcu90640',
        rateHz,
        seed,
        people: crowd(),
        morePeople: crowd,
        after: 'stop',
      });
      // An unplug ends the run with a write error: that is the fault, not a test failure.
      void simulator.start().catch(() => undefined);
    },
    async silence() {
      await simulator?.stop();
      simulator = null;
    },
    async unplug() {
      await sensor.silence();
      await pair.stop();
    },
    async close() {
      await sensor.unplug();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await sensor.plug();
  return sensor;
}
