// Builds everything that runs: main-side bundles (esbuild) and the renderer (Vite).
// --if-stale skips the build when every output is newer than every source; --quiet prints less.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist', 'main');
const args = new Set(process.argv.slice(2));
const quiet = args.has('--quiet');

const OUTPUTS = ['kiosk.mjs', 'estimation-worker.mjs', 'electron-main.mjs', 'preload.cjs']
  .map((f) => join(out, f))
  .concat(join(root, 'dist', 'renderer', 'index.html'));
const SOURCES = ['electron', 'native-mocks', 'renderer', 'package.json', 'scripts/build.mjs'];

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function stale() {
  if (!OUTPUTS.every((f) => existsSync(f))) return true;
  const built = Math.min(...OUTPUTS.map((f) => statSync(f).mtimeMs));
  return SOURCES.some((s) => newest(join(root, s)) > built);
}

if (args.has('--if-stale') && !stale()) process.exit(0);

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  packages: 'external',
  logLevel: quiet ? 'error' : 'warning',
  absWorkingDir: root,
};
await Promise.all([
  esbuild.build({
    ...node,
    entryPoints: { kiosk: 'electron/cli/main.ts' },
    outdir: out,
    outExtension: { '.js': '.mjs' },
  }),
  esbuild.build({
    ...node,
    entryPoints: {
      'estimation-worker': 'electron/core/estimation/worker.ts',
      'electron-main': 'electron/main.ts',
    },
    outdir: out,
    outExtension: { '.js': '.mjs' },
    external: ['electron'],
  }),
  // A sandboxed preload may require only 'electron': bundle everything else into one CommonJS file.
  esbuild.build({
    ...node,
    packages: undefined,
    format: 'cjs',
    entryPoints: { preload: 'electron/preload.ts' },
    outdir: out,
    outExtension: { '.js': '.cjs' },
    external: ['electron'],
  }),
]);

// Always React's production build: a NODE_ENV inherited from a test runner (Vitest sets "test")
// would otherwise make Vite bundle React's development build, slower and larger on a kiosk.
process.env.NODE_ENV = 'production';
const { build } = await import('vite');
await build({
  configFile: join(root, 'renderer', 'vite.config.ts'),
  logLevel: quiet ? 'error' : 'warn',
});
if (!quiet) console.log('built dist/main and dist/renderer');
