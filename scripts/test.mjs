// `npm test`: lint, type-check, build, then every test (Vitest: unit + integration; Playwright:
// e2e in Debian's Chromium). Every step runs even after a failure, so one report shows all;
// runner results land in reports/ and scripts/test-summary.mjs counts them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

const steps = [
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['typecheck (renderer)', 'npx', ['tsc', '-p', 'renderer/tsconfig.json', '--noEmit']],
  ['build', process.execPath, ['scripts/build.mjs', '--quiet']],
  [
    'vitest',
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=reports/vitest.json',
    ],
  ],
  ['playwright', 'npx', ['playwright', 'test']],
];

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });
const results = [];
for (const [name, command, args] of steps) {
  console.log(`\n== ${name}: ${command === process.execPath ? 'node' : command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  results.push({ name, ok: status === 0 });
  if (status !== 0) console.log(`== ${name} FAILED (exit ${status})`);
}
writeFileSync('reports/steps.json', JSON.stringify(results, null, 2));
const failed = results.filter((r) => !r.ok).map((r) => r.name);
console.log(failed.length ? `\nfailed steps: ${failed.join(', ')}` : '\nall steps passed');
process.exit(failed.length ? 1 : 0);
