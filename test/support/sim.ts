// Starts simulated sensors on socat pseudo-terminals for integration tests, and cleans up.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProtocolId } from '../../electron/core/sensor/protocol-ids.js';
import { NO_FAULTS, type Faults } from '../../native-mocks/faults.js';
import { planPerson } from '../../native-mocks/people.js';
import { createRng } from '../../native-mocks/prng.js';
import { SocatPair } from '../../native-mocks/pty-pair.js';
import type { FirmwareOptions } from '../../native-mocks/firmware/index.js';
import { Simulator } from '../../native-mocks/simulator.js';
import { roomForSeed, standingPersonScenes } from '../../native-mocks/walkthrough.js';

export interface SimulatedSensor {
  pair: SocatPair;
  sensorPath: string;
  simulator: Simulator;
  /** Unplug: the simulator stops and both device files vanish. */
  unplug(): Promise<void>;
  /** Plug back in at the same path, with a fresh simulator. */
  replug(): Promise<void>;
  close(): Promise<void>;
}

export interface SimOptions {
  protocol: ProtocolId;
  /** Frames per second; `'real'`: the firmware's own pace, resetting on open where it does. */
  rateHz?: number | 'real';
  faults?: Partial<Faults>;
  firmware?: FirmwareOptions;
}

export async function simulatedSensor(options: SimOptions): Promise<SimulatedSensor> {
  const pair = new SocatPair(mkdtempSync(join(tmpdir(), 'kiosk-pty-')));
  const ends = await pair.start();
  const make = (): Simulator => {
    const room = roomForSeed(1);
    return new Simulator({
      path: ends.simulatorPath,
      protocol: options.protocol,
      ...(options.rateHz === 'real'
        ? // The reader runs in this process: only socat is not a reader.
          { sensorPath: ends.sensorPath, ignoreOpeners: [pair.pid!] }
        : { rateHz: options.rateHz ?? 20 }),
      firmware: options.firmware,
      seed: 1,
      room,
      faults: { ...NO_FAULTS, ...options.faults },
      scenes: standingPersonScenes(room, planPerson('normal', createRng(1)), 1),
    });
  };
  const sensor: SimulatedSensor = {
    pair,
    sensorPath: ends.sensorPath,
    simulator: make(),
    async unplug() {
      await sensor.simulator.stop();
      await pair.stop();
    },
    async replug() {
      await pair.start();
      sensor.simulator = make();
      void sensor.simulator.start().catch(() => undefined);
    },
    async close() {
      await sensor.unplug();
    },
  };
  void sensor.simulator.start().catch(() => undefined);
  return sensor;
}
