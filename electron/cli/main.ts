// The kiosk's command line: `npm run -s kiosk -- <command> [options]`.
import { parseRunOptions, UsageError } from '../app/options.js';
import { StartupError } from '../app/startup-error.js';
import { browserKiosk } from './commands/browser-kiosk.js';
import { bundleCommand } from './commands/bundle.js';
import { electronKiosk } from './commands/electron-kiosk.js';
import { calibrateCamera } from './commands/calibrate-camera.js';
import { calibrateOptics } from './commands/calibrate-optics.js';
import { calibrateSite } from './commands/calibrate-site.js';
import { evalSim } from './commands/eval-sim.js';
import { exportCommand } from './commands/export.js';
import { calibrateFda, evalFda } from './commands/fda.js';
import { headlessDemo } from './commands/headless-demo.js';
import { rollupCommand } from './commands/rollup.js';
import { sensorInspect } from './commands/sensor-inspect.js';
import { sensorList } from './commands/sensor-list.js';
import { sim } from './commands/sim.js';
import { staffResetPin } from './commands/staff-reset-pin.js';
import { ELECTRON_INSTALL_HINT, findElectronBinary } from './electron-binary.js';
import { USAGE } from './usage.js';

const COMMANDS =
  'start, demo, sensor list, sensor inspect, sim, help, eval fda, eval sim, calibrate fda, calibrate camera, calibrate site, calibrate optics, staff reset-pin, export, bundle, rollup';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  switch (command) {
    case 'start':
    case 'demo':
      return kiosk(command, rest);
    case 'sensor': {
      const [sub, ...args] = rest;
      if (sub === 'list') return sensorList(args);
      if (sub === 'inspect') return sensorInspect(args);
      throw new UsageError(
        `unknown sensor command "${sub ?? ''}"; use sensor list or sensor inspect`,
      );
    }
    case 'sim':
      return sim(rest);
    case 'export':
      return exportCommand(rest);
    case 'bundle':
      return bundleCommand(rest);
    case 'rollup':
      return rollupCommand(rest);
    case 'staff': {
      const [sub, ...args] = rest;
      if (sub === 'reset-pin') return staffResetPin(args);
      throw new UsageError(`unknown staff command "${sub ?? ''}"; use staff reset-pin`);
    }
    case 'eval':
    case 'calibrate': {
      const [sub, ...args] = rest;
      if (command === 'eval' && sub === 'sim') return evalSim(args);
      if (command === 'calibrate' && sub === 'camera') return calibrateCamera(args);
      if (command === 'calibrate' && sub === 'site') return calibrateSite(args);
      if (command === 'calibrate' && sub === 'optics') return calibrateOptics(args);
      if (sub !== 'fda') {
        const targets =
          command === 'eval'
            ? 'eval fda or eval sim'
            : 'calibrate fda, calibrate camera, calibrate site or calibrate optics';
        throw new UsageError(`unknown ${command} target "${sub ?? ''}"; use ${targets}`);
      }
      return command === 'eval' ? evalFda(args) : calibrateFda(args);
    }
    default:
      throw new UsageError(`unknown command "${command}"; commands: ${COMMANDS}`);
  }
}

async function kiosk(command: 'start' | 'demo', rest: string[]): Promise<number> {
  const demo = command === 'demo';
  const options = parseRunOptions(rest, demo);
  if (options.headless) return headlessDemo(options);
  if (options.browserKiosk) return browserKiosk(options);
  const electron = findElectronBinary();
  if (electron.found) return electronKiosk(electron.path, rest, demo);
  // Said once the browser kiosk is up: a start that fails says only why, in one line.
  return browserKiosk(
    options,
    `Electron's binary is not installed (${electron.why}; ${ELECTRON_INSTALL_HINT}): started the browser kiosk instead.`,
  );
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`kiosk: ${error instanceof Error ? error.message : String(error)}`);
    // 2: the fix is in how the kiosk was started (an option, the --db path, the --port).
    process.exit(error instanceof UsageError || error instanceof StartupError ? 2 : 1);
  },
);
