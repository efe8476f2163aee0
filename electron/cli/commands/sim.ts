// `kiosk sim`: a simulated sensor of any protocol, on a fresh pseudo-terminal pair (--pty) or an
// existing serial device (--path), with optional faults. Runs until interrupted.
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
} as const;

const SCENES = ['walkthrough', 'person', 'empty'] as const;

export async function sim(argv: string[]): Promise<number> {
  const values = parseStrict(argv, SPEC);
  const protocol = protocolOption(values.protocol, false);
  if (!protocol)
    throw new UsageError('sim needs --protocol P; one of ' + Object.keys(PROTOCOLS).join(', '));
  if (Boolean(values.pty) === Boolean(values.path))
    throw new UsageError('sim needs exactly one of --pty or --path PATH');
  const scene = values.scene ?? 'walkthrough';
  if (!(SCENES as readonly string[]).includes(scene))
    throw new UsageError(`unknown --scene "${scene}"; use ${SCENES.join(', ')}`);
  const seed = integer('seed', values.seed, 1, 0, 2 ** 32 - 1);
  const rateHz =
    values.rate === undefined
      ? PROTOCOLS[protocol].typicalRateHz
      : number('rate', values.rate, 0.1, 1000);
  const feverRate = fraction('fever-rate', values['fever-rate'], 0.1);
  let faults;
  try {
    faults = parseFaults(values.faults);
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
    rateHz,
    seed,
    faults,
    room,
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
  console.log(`Simulated ${PROTOCOLS[protocol].label} at ${rateHz} Hz, scene ${scene}`);
  if (ends) console.log(`Sensor end: ${ends.sensorPath}`);
  if (ends)
    console.log(`Read it with: npm run -s kiosk -- sensor inspect --port ${ends.sensorPath}`);
  const stop = new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  await Promise.race([running, stop]);
  await simulator.stop();
  await pair?.stop();
  return 0;
}
