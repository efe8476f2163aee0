// Writes fda-face-stats.json and fda-face-subjects.json next to this file from the FDA CSVs in
// test/fixtures/fda-thermography/ (bundles fda-face-stats.ts with esbuild, then runs it).
// Usage, from the repository root: node native-mocks/optics/build-fda-face-stats.mjs
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import * as prettier from 'prettier';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'fda-face-stats-'));
try {
  const out = join(tmp, 'fda-face-stats.mjs');
  await esbuild.build({
    entryPoints: [join(here, 'fda-face-stats.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
  const { computeFdaFaceStats } = await import(pathToFileURL(out).href);
  const { stats, subjects } = computeFdaFaceStats(
    join(root, 'test', 'fixtures', 'fda-thermography'),
  );
  const subjectsFile = {
    source: { ...stats.source, note: `regional vectors of the ${subjects.camera} subjects` },
    ...subjects,
  };
  // Formatted as the repository's Prettier configuration wants it (`npm run lint` checks).
  const write = async (name, value) => {
    const path = join(here, name);
    const options = { ...(await prettier.resolveConfig(path)), filepath: path };
    writeFileSync(path, await prettier.format(JSON.stringify(value), options));
  };
  await write('fda-face-stats.json', stats);
  await write('fda-face-subjects.json', subjectsFile);
  console.log(
    `wrote fda-face-stats.json and fda-face-subjects.json (${subjects.rows.length} ${subjects.camera} subjects)`,
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
