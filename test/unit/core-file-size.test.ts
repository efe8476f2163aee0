// Keeps every TypeScript file of the core small enough to review as one piece: a file past the
// limit is split into files with one job each (re-exporting from the original path).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';

const CORE = join(ROOT, 'electron', 'core');
const MAX_LINES = 300;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.isFile() && entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Lines as `wc -l` and editors count them: a final newline does not start another line. */
function lineCount(path: string): number {
  const text = readFileSync(path, 'utf8');
  if (text === '') return 0;
  const lines = text.split('\n').length;
  return text.endsWith('\n') ? lines - 1 : lines;
}

describe('core file size', () => {
  it(`keeps every .ts file under electron/core/ at ${MAX_LINES} lines or fewer`, () => {
    const files = tsFiles(CORE);
    expect(files.length).toBeGreaterThan(0);
    const offenders = files
      .map((path) => ({ file: relative(ROOT, path).split('\\').join('/'), lines: lineCount(path) }))
      .filter((f) => f.lines > MAX_LINES)
      .sort((a, b) => b.lines - a.lines)
      .map((f) => `${f.file} (${f.lines} lines)`);
    expect(offenders, `over ${MAX_LINES} lines: ${offenders.join(', ')}`).toEqual([]);
  });
});
