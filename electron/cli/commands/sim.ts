// `kiosk sim`: a simulated sensor of any protocol, on a fresh pseudo-terminal pair (--pty) or an
// existing serial device (--path): the board prints byte for byte what its real firmware prints,
// at the firmware's real pace unless --rate is given, and (with --pty) resets when the kiosk
// opens the port if the real board does. Optional faults. Runs until interrupted.
import {
  flagOptions,
  fraction,
  integer,
  number,
  parseStrict,
  protocolOption,
  UsageError,
  valueOptions,
} from '../../app/parse-helpers.js';
import { PROTOCOLS } from '../../core/sensor/protocols/index.js';
import { runSimulatedSensor, SIM_SCENES, type SimScene } from '../../simulation/run-sim.js';

const SPEC = {
  ...valueOptions(
    'protocol',
    'path',
    'link',
    'rate',
    'scene',
    'seed',
    'faults',
    'fever-rate',
    'firmware',
    'board',
    'fault',
  ),
  ...flagOptions('pty'),
} as const;

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
  if (!(SIM_SCENES as readonly string[]).includes(scene))
    throw new UsageError(`unknown --scene "${scene}"; use ${SIM_SCENES.join(', ')}`);
  const seed = integer('seed', values.seed, 1, 0, 2 ** 32 - 1);
  const rateHz = values.rate === undefined ? undefined : number('rate', values.rate, 0.1, 1000);
  const feverRate = fraction('fever-rate', values['fever-rate'], 0.1);
  await runSimulatedSensor({
    protocol,
    pty: Boolean(values.pty),
    path: values.path,
    link: values.link,
    rateHz,
    scene: scene as SimScene,
    seed,
    feverRate,
    faults: values.faults,
    firmware: values.firmware,
    board: values.board,
    fault: values.fault,
  });
  return 0;
}
