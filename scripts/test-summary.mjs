// Prints one plain line, `N passed, N failed, N skipped`, from the runners' JSON reports. A step
// that failed outside the runners (lint, type-check, build) or a missing report counts as failed.
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
let passed = 0;
let failed = 0;
let skipped = 0;
const notes = [];

const vitest = read('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
  // A test file that failed to load has no tests in the counts: count it as a failure.
  const broken = vitest.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.length === 0,
  );
  failed += broken.length;
} else {
  failed += 1;
  notes.push('no Vitest report');
}

const playwright = read('reports/playwright.json');
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
  skipped += playwright.stats.skipped;
  failed += (playwright.errors ?? []).length;
} else {
  failed += 1;
  notes.push('no Playwright report');
}

const steps = read('reports/steps.json') ?? [];
for (const step of steps) {
  if (!step.ok && step.name !== 'vitest' && step.name !== 'playwright') {
    failed += 1;
    notes.push(`${step.name} failed`);
  }
}
if (notes.length) console.log(`(${notes.join('; ')})`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
