// `kiosk sim`'s simulated sensor: the board of the given protocol (firmware, board and faults as
// asked) on a fresh pseudo-terminal pair or an existing serial device, with a walk-through, one
// standing person or the empty room, until SIGINT or SIGTERM. The CLI parses the options.
import { UsageError } from '../app/parse-helpers.js';
import type { ProtocolId } from '../core/sensor/protocol-ids.js';
import { PROTOCOLS } from '../core/sensor/protocols/index.js';
import { parseFaults } from '../../native-mocks/faults.js';
import {
  createFirmware,
  FIRMWARE_FAULTS,
  isBoardId,
  isFirmwareFault,
  type FirmwareModel,
  type FirmwareOptions,
} from '../../native-mocks/firmware/index.js';
import { planCrowd, planPerson } from '../../native-mocks/people.js';
import { createRng } from '../../native-mocks/prng.js';
import { SocatPair } from '../../native-mocks/pty-pair.js';
import { Simulator } from '../../native-mocks/simulator.js';
import {
  emptyRoomScenes,
  roomForSeed,
  standingPersonScenes,
} from '../../native-mocks/walkthrough.js';

export const SIM_SCENES = ['walkthrough', 'person', 'empty'] as const;
export type SimScene = (typeof SIM_SCENES)[number];

export interface SimRunOptions {
  protocol: ProtocolId;
  /** A fresh pty pair (its ends named in `link` when given), or else the device at `path`. */
  pty: boolean;
  path?: string | undefined;
  link?: string | undefined;
  /** Frames per second; the firmware's real pace when undefined. */
  rateHz: number | undefined;
  scene: SimScene;
  seed: number;
  feverRate: number;
  /** As typed: --faults, --firmware, --board, --fault (checked here, where they are known). */
  faults?: string | undefined;
  firmware?: string | undefined;
  board?: string | undefined;
  fault?: string | undefined;
}

export async function runSimulatedSensor(o: SimRunOptions): Promise<void> {
  const { protocol, rateHz, scene, seed, feverRate } = o;
  let faults;
  try {
    faults = parseFaults(o.faults);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const firmwareOptions = firmwareOptionsFrom(o, seed);
  let firmware: FirmwareModel;
  try {
    firmware = createFirmware(protocol, firmwareOptions);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }

  const pair = o.pty ? new SocatPair(o.link) : null;
  const ends = pair ? await pair.start() : null;
  const room = roomForSeed(seed);
  let round = 0;
  const crowd = (): ReturnType<typeof planCrowd> =>
    planCrowd({ people: 10, feverRate, retryRate: 0.05, seed: seed + round++ });
  const simulator = new Simulator({
    path: ends?.simulatorPath ?? o.path!,
    protocol,
    ...(rateHz === undefined ? {} : { rateHz }),
    seed,
    faults,
    room,
    firmware: firmwareOptions,
    // With a pty pair we can see the kiosk open its end (socat and we hold it too, and are not
    // readers). With --path the other end is out of sight: the board acts as if always open.
    ...(ends && pair?.pid
      ? { sensorPath: ends.sensorPath, ignoreOpeners: [pair.pid, process.pid] }
      : {}),
    ...(scene === 'walkthrough'
      ? { people: crowd(), morePeople: crowd }
      : {
          scenes:
            scene === 'empty'
              ? emptyRoomScenes(room)
              : standingPersonScenes(room, planPerson('normal', createRng(seed)), seed),
        }),
  });
  const running = simulator.start();
  for (const line of describe(firmware, rateHz, scene)) console.log(line);
  if (ends) console.log(`Sensor end: ${ends.sensorPath}`);
  if (ends)
    console.log(`Read it with: npm run -s kiosk -- sensor inspect --port ${ends.sensorPath}`);
  const stop = new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  await Promise.race([running, stop]);
  // stop() gives up on a write nobody reads; main() then exits the process.
  await simulator.stop();
  await pair?.stop();
}

function firmwareOptionsFrom(values: SimRunOptions, seed: number): FirmwareOptions {
  const options: FirmwareOptions = { seed };
  if (values.firmware !== undefined) options.version = values.firmware;
  if (values.board !== undefined) {
    if (!isBoardId(values.board)) {
      throw new UsageError(
        `unknown --board "${values.board}"; use teensy or bridge (SparkFun), uno or native-usb (Adafruit sketches)`,
      );
    }
    options.board = values.board;
  }
  if (values.fault !== undefined) {
    const names = values.fault.split(',').map((f) => f.trim());
    const unknown = names.find((name) => !isFirmwareFault(name));
    if (unknown !== undefined) {
      throw new UsageError(`unknown --fault "${unknown}"; use ${FIRMWARE_FAULTS.join(', ')}`);
    }
    options.faults = names.filter(isFirmwareFault);
  }
  return options;
}

/** What is simulated, at which pace, and what opening the port does. */
function describe(model: FirmwareModel, rateHz: number | undefined, scene: string): string[] {
  const pace =
    rateHz !== undefined
      ? `${rateHz} Hz (--rate), each frame written at once`
      : `real: a frame every ${(model.periodMs / 1000).toFixed(2)} s` +
        (model.lineBytesPerS === null
          ? ', written at once (native USB)'
          : `, bytes at ${model.lineBytesPerS} per second (the UART's pace)`);
  const open = model.camera
    ? 'silent until the host writes FRAME_MODE (register 0xB1)'
    : model.resetsOnOpen
      ? model.bootDelayMs > 0
        ? `opening the port resets it: ${(model.bootDelayMs / 1000).toFixed(1)} s of bootloader silence, then setup() prints again`
        : 'opening the port resets it: the chip prints its boot text at once, then setup() runs again'
      : model.waitsForHost
        ? 'setup() waits until the port is opened'
        : 'opening the port does not reset it';
  return [
    `Simulated ${PROTOCOLS[model.protocol].label}: ${model.firmware}, on ${model.board}`,
    `Pace: ${pace}; scene ${scene}`,
    `On open: ${open}`,
  ];
}
