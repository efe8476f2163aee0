// `kiosk sim`: a simulated sensor of any protocol, on a fresh pseudo-terminal pair (--pty) or an
// existing serial device (--path): the board prints byte for byte what its real firmware prints,
// at the firmware's real pace unless --rate is given, and (with --pty) resets when the kiosk
// opens the port if the real board does. Optional faults. Runs until interrupted.
import {
  fraction,
  integer,
  number,
  parseStrict,
  protocolOption,
  UsageError,
} from '../../app/parse-helpers.js';
import { PROTOCOLS } from '../../core/sensor/protocols/index.js';
import { parseFaults } from '../../../native-mocks/faults.js';
import {
  createFirmware,
  FIRMWARE_FAULTS,
  isBoardId,
  isFirmwareFault,
  type FirmwareModel,
  type FirmwareOptions,
} from '../../../native-mocks/firmware/index.js';
import { planCrowd, planPerson } from '../../../native-mocks/people.js';
import { createRng } from '../../../native-mocks/prng.js';
import { SocatPair } from '../../../native-mocks/pty-pair.js';
import { Simulator } from '../../../native-mocks/simulator.js';
import {
  emptyRoomScenes,
  roomForSeed,
  standingPersonScenes,
} from '../../../native-mocks/walkthrough.js';

const SPEC = {
  protocol: { type: 'string' },
  pty: { type: 'boolean' },
  path: { type: 'string' },
  link: { type: 'string' },
  rate: { type: 'string' },
  scene: { type: 'string' },
  seed: { type: 'string' },
  faults: { type: 'string' },
  'fever-rate': { type: 'string' },
  firmware: { type: 'string' },
  board: { type: 'string' },
  fault: { type: 'string' },
} as const;

const SCENES = ['walkthrough', 'person', 'empty'] as const;

export async function sim(argv: string[]): Promise<number> {
  const values = parseStrict(argv, SPEC);
  const protocol = protocolOption(values.protocol, false);
  if (!protocol)
    throw new UsageError('sim needs --protocol P; one of ' + Object.keys(PROTOCOLS).join(', '));
  if (Boolean(values.pty) === Boolean(values.path))
    throw new UsageError('sim needs exactly one of --pty or --path PATH');
  if (values.link !== undefined && !values.pty)
    throw new UsageError('--link DIR names the ends of a --pty pair; use it with --pty');
  const scene = values.scene ?? 'walkthrough';
  if (!(SCENES as readonly string[]).includes(scene))
    throw new UsageError(`unknown --scene "${scene}"; use ${SCENES.join(', ')}`);
  const seed = integer('seed', values.seed, 1, 0, 2 ** 32 - 1);
  const rateHz = values.rate === undefined ? undefined : number('rate', values.rate, 0.1, 1000);
  const feverRate = fraction('fever-rate', values['fever-rate'], 0.1);
  let faults;
  try {
    faults = parseFaults(values.faults);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const firmwareOptions = firmwareOptionsFrom(values, seed);
  let firmware: FirmwareModel;
  try {
    firmware = createFirmware(protocol, firmwareOptions);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }

  const pair = values.pty ? new SocatPair(values.link) : null;
  const ends = pair ? await pair.start() : null;
  const room = roomForSeed(seed);
  let round = 0;
  const crowd = (): ReturnType<typeof planCrowd> =>
    planCrowd({ people: 10, feverRate, retryRate: 0.05, seed: seed + round++ });
  const simulator = new Simulator({
    path: ends?.simulatorPath ?? values.path!,
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
  return 0;
}

type Values = ReturnType<typeof parseStrict<typeof SPEC>>;

function firmwareOptionsFrom(values: Values, seed: number): FirmwareOptions {
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
