// The layer allow-list (scripts/lint/layer-table.mjs, rule `layers/allowed-imports`) fires: for
// every layer, an import it does not list fails lint and one it lists passes.
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';

// The shipped config; the cycle check is off here only to keep each lint quick (lint-cycle.test.ts
// covers it), so these tests see the layer rule exactly as `eslint .` does.
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: { rules: { 'import-x/no-cycle': 'off' } },
});
const RULE = 'layers/allowed-imports';

interface LayerTable {
  LAYERS: Record<string, unknown>;
}
interface LayerRule {
  layerOf(path: string): string | null;
}
const table = (await import(
  pathToFileURL(join(ROOT, 'scripts/lint/layer-table.mjs')).href
)) as LayerTable;
const rule = (await import(
  pathToFileURL(join(ROOT, 'scripts/lint/layer-rule.mjs')).href
)) as LayerRule;

/** The layer rule's messages for `file` importing `spec` (a value import, so it is used). */
async function layerErrors(file: string, spec: string, code?: string): Promise<string[]> {
  const text = code ?? `import { x } from '${spec}';\nexport const y = x;\n`;
  const [result] = await eslint.lintText(text, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

/** [importing file, import, allowed?] — at least one of each kind per layer. */
const CASES: [string, string, boolean][] = [
  ['electron/contract/x.ts', 'zod', true],
  ['electron/contract/x.ts', 'node:events', false],
  ['electron/contract/x.ts', '../core/kiosk.js', false],
  ['electron/contract/x.ts', 'electron', false],
  ['electron/core/sensor/x.ts', 'serialport', true],
  ['electron/core/sensor/x.ts', '../../contract/schemas.js', true],
  ['electron/core/sensor/x.ts', '../estimation/estimator.js', false],
  ['electron/core/sensor/x.ts', 'better-sqlite3', false],
  ['electron/core/estimation/x.ts', '../sensor/frame.js', true],
  ['electron/core/estimation/x.ts', 'node:worker_threads', true],
  ['electron/core/estimation/x.ts', '../records/counts-store.js', false],
  ['electron/core/estimation/x.ts', 'electron', false],
  ['electron/core/calibration/x.ts', '../estimation/decision.js', true],
  ['electron/core/calibration/x.ts', '../services/kiosk-calls.js', false],
  ['electron/core/staff/x.ts', 'node:crypto', true],
  ['electron/core/staff/x.ts', '../records/counts-store.js', false],
  ['electron/core/records/x.ts', 'better-sqlite3', true],
  ['electron/core/records/x.ts', '../settings/kiosk-settings-store.js', true],
  ['electron/core/records/x.ts', '../services/kiosk-calls.js', false],
  ['electron/core/records/x.ts', '../../app/paths.js', false],
  ['electron/core/settings/x.ts', '../records/settings-store.js', true],
  ['electron/core/settings/x.ts', '../sensor/link-supervisor.js', false],
  ['electron/core/evaluation/x.ts', '../prng.js', true],
  ['electron/core/evaluation/x.ts', '../kiosk.js', false],
  ['electron/core/bundle/x.ts', '../records/counts-store.js', true],
  ['electron/core/bundle/x.ts', '../services/bundle-service.js', false],
  ['electron/core/rollup/x.ts', '../bundle/bundle-reader.js', true],
  ['electron/core/rollup/x.ts', '../records/local-date.js', true],
  ['electron/core/rollup/x.ts', '../records/counts-store.js', false],
  ['electron/core/services/x.ts', '../kiosk-persistence.js', true],
  ['electron/core/services/x.ts', '../kiosk.js', false],
  ['electron/core/services/x.ts', '../../../native-mocks/simulator.js', false],
  ['electron/core/x.ts', './services/kiosk-calls.js', true],
  ['electron/core/x.ts', '../app/run-kiosk.js', false],
  ['electron/core/x.ts', '../host/server.js', false],
  ['electron/core/x.ts', 'electron', false],
  ['electron/host/x.ts', 'ws', true],
  ['electron/host/x.ts', '../app/renderer-files.js', true],
  ['electron/host/x.ts', '../app/run-kiosk.js', false],
  ['electron/app/x.ts', '../core/kiosk.js', true],
  ['electron/app/x.ts', '../simulation/demo-sensor.js', true],
  ['electron/app/x.ts', '../../native-mocks/simulator.js', false],
  ['electron/app/x.ts', '../simulation/eval-sim.js', false],
  ['electron/app/x.ts', '../cli/main.js', false],
  ['electron/app/x.ts', 'electron', false],
  ['electron/simulation/x.ts', '../../native-mocks/simulator.js', true],
  ['electron/simulation/x.ts', '../app/options.js', true],
  ['electron/simulation/x.ts', '../cli/main.js', false],
  ['electron/simulation/x.ts', 'electron', false],
  ['electron/cli/commands/x.ts', '../../simulation/run-sim.js', true],
  ['electron/cli/commands/x.ts', '../../host/server.js', true],
  ['electron/cli/commands/x.ts', '../../../native-mocks/simulator.js', false],
  ['electron/cli/x.ts', 'electron', false],
  ['electron/x.ts', 'electron', true],
  ['electron/x.ts', './app/run-kiosk.js', true],
  ['electron/x.ts', './core/kiosk.js', false],
  ['electron/x.ts', '../native-mocks/simulator.js', false],
  ['native-mocks/x.ts', '../electron/core/sensor/protocol-ids.js', true],
  ['native-mocks/firmware/x.ts', '../../electron/app/child-guard.js', true],
  ['native-mocks/x.ts', '../electron/app/run-kiosk.js', false],
  ['native-mocks/x.ts', '../electron/core/records/counts-store.js', false],
  ['native-mocks/x.ts', 'electron', false],
  ['renderer/src/x.ts', '@contract/api.js', true],
  ['renderer/src/feature/x.tsx', 'react', true],
  ['renderer/src/feature/x.tsx', './styles.css', true],
  ['renderer/src/x.ts', '../../electron/core/kiosk.js', false],
  ['renderer/src/x.ts', 'node:path', false],
  ['renderer/src/x.ts', 'fs', false],
  ['renderer/src/x.ts', 'better-sqlite3', false],
  ['renderer/src/x.ts', 'electron', false],
];

describe('layer allow-list', () => {
  it.each(CASES)('%s importing %s: allowed %s', async (file, spec, allowed) => {
    const errors = await layerErrors(file, spec);
    if (allowed) expect(errors).toEqual([]);
    else {
      expect(errors).toHaveLength(1);
      // The message names the layer whose rule it breaks, and where the table is.
      expect(errors[0]).toContain(`layer '${rule.layerOf(file)}'`);
      expect(errors[0]).toContain('layer-table.mjs');
    }
  });

  it('covers every layer of the table with an allowed and a forbidden import', () => {
    const layers = (allowed: boolean) =>
      new Set(CASES.filter((c) => c[2] === allowed).map((c) => rule.layerOf(c[0])));
    const all = Object.keys(table.LAYERS).sort();
    expect([...layers(true)].sort()).toEqual(all);
    expect([...layers(false)].sort()).toEqual(all);
  });

  it('reaches the contract from the renderer only through the @contract alias', async () => {
    const relative = await layerErrors('renderer/src/x.ts', '../../electron/contract/api.js');
    expect(relative).toHaveLength(1);
    expect(relative[0]).toContain('@contract/');
  });

  it('counts type-only imports, re-exports and dynamic imports', async () => {
    const file = 'electron/app/x.ts';
    const sim = '../../native-mocks/simulator.js';
    const codes = [
      `import type { Simulator } from '${sim}';\nexport type S = Simulator;\n`,
      `export { Simulator } from '${sim}';\n`,
      `export * from '${sim}';\n`,
      `export const load = () => import('${sim}');\n`,
      `export type S = import('${sim}').Simulator;\n`,
    ];
    for (const code of codes) expect(await layerErrors(file, sim, code)).toHaveLength(1);
  });

  it('leaves tests and scripts free to import any layer', async () => {
    expect(await layerErrors('test/unit/x.test.ts', '../../native-mocks/simulator.js')).toEqual([]);
    expect(await layerErrors('test/e2e/x.spec.ts', 'electron')).toEqual([]);
    expect(await layerErrors('scripts/x.mjs', '../electron/core/kiosk.js')).toEqual([]);
  });
});
