// Bundles test/bench/bench.ts next to the other bundles and runs it.
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: { bench: 'test/bench/bench.ts', 'rollup-child': 'test/bench/rollup-child.ts' },
  outdir: 'dist/main',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'error',
});
const { status } = spawnSync(process.execPath, ['--expose-gc', 'dist/main/bench.mjs'], {
  stdio: 'inherit',
});
process.exit(status ?? 1);
