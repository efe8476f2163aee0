// The cycle check fails lint: test/fixtures/lint-cycle/ holds two files that import each other.
// The shipped config ignores that folder (so `eslint .` stays clean); this test lints it anyway,
// with the same rules, and expects import-x/no-cycle on both files.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';

const FIXTURE = 'test/fixtures/lint-cycle';

describe('cycle check', () => {
  it('fails lint on a two-file import cycle', async () => {
    const eslint = new ESLint({ cwd: ROOT, ignore: false });
    const results = await eslint.lintFiles([`${FIXTURE}/first.ts`, `${FIXTURE}/second.ts`]);
    expect(results).toHaveLength(2);
    for (const result of results) {
      const rules = result.messages.map((m) => m.ruleId);
      expect(rules).toEqual(['import-x/no-cycle']);
      expect(result.errorCount).toBe(1);
    }
  });

  it('keeps the fixture out of the normal lint run', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    expect(await eslint.isPathIgnored(`${FIXTURE}/first.ts`)).toBe(true);
  });

  it('passes a file whose imports lead nowhere back to it', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const [result] = await eslint.lintFiles(['electron/simulation/kind-profile.ts']);
    expect(result!.messages).toEqual([]);
  });
});
