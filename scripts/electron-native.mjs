// Builds better-sqlite3 for Electron's ABI into build/electron-native/ (the Node build in
// node_modules stays untouched for the tests). Needs internet for Electron's headers; run it
// once where Electron's binary was downloaded: `npm run electron:native`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const electronVersion = require('electron/package.json').version;
const source = dirname(require.resolve('better-sqlite3/package.json'));
const work = mkdtempSync(join(tmpdir(), 'bsqlite-electron-'));
cpSync(source, work, { recursive: true, filter: (p) => !p.includes(`${source}/build`) });

const nodeGyp =
  process.env.npm_config_node_gyp ??
  join(
    dirname(process.execPath),
    '..',
    'lib',
    'node_modules',
    'npm',
    'node_modules',
    'node-gyp',
    'bin',
    'node-gyp.js',
  );
// npm passes nodedir=/usr on some machines; that would build for Node's ABI again.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^npm_config_nodedir$/i.test(k)),
);
console.log(`building better-sqlite3 for Electron ${electronVersion}…`);
const result = spawnSync(
  process.execPath,
  [
    nodeGyp,
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    '--dist-url=https://electronjs.org/headers',
    '--runtime=electron',
  ],
  { cwd: work, stdio: 'inherit', env },
);
if (result.status !== 0) {
  console.error('electron:native failed: this step needs internet access for Electron headers.');
  process.exit(1);
}
const out = join(root, 'build', 'electron-native');
mkdirSync(out, { recursive: true });
cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), join(out, 'better_sqlite3.node'));
rmSync(work, { recursive: true, force: true });
console.log(`wrote ${join(out, 'better_sqlite3.node')}`);
