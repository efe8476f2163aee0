// The kiosk's command line: `npm run -s kiosk -- <command> [options]`.
import { parseRunOptions, UsageError } from '../app/options.js';
import { browserKiosk } from './commands/browser-kiosk.js';
import { electronKiosk } from './commands/electron-kiosk.js';
import { headlessDemo } from './commands/headless-demo.js';
import { ELECTRON_INSTALL_HINT, findElectronBinary } from './electron-binary.js';
import { USAGE } from './usage.js';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'start' && command !== 'demo') {
    throw new UsageError(`unknown command "${command}"; commands: start, demo, help`);
  }
  const demo = command === 'demo';
  const options = parseRunOptions(rest, demo);
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (options.headless) return headlessDemo(options);
  if (options.browserKiosk) return browserKiosk(options);
  const electron = findElectronBinary();
  if (electron.found) return electronKiosk(electron.path, rest, demo);
  console.log(
    `Electron's binary is not installed (${electron.why}; ${ELECTRON_INSTALL_HINT}): starting the browser kiosk instead.`,
  );
  return browserKiosk(options);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`kiosk: ${error.message}`);
      process.exit(2);
    }
    console.error(`kiosk: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
