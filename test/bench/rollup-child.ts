// The roll-up as HR runs it (`kiosk rollup …`), in a process of its own, so the benchmark reads
// that process's own peak memory (maxRSS) rather than the benchmark's.
import { rollupCommand } from '../../electron/cli/commands/rollup.js';

const started = performance.now();
const code = rollupCommand(process.argv.slice(2));
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${JSON.stringify({ code, seconds, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
