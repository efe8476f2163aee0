// Keeps every source file the project writes small enough to review as one piece: code, tests,
// scripts and styles alike. A file past the limit is split into files with one job each. Data
// (JSON, CSV) is not source and is not counted; no file is exempt.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';

const MAX_LINES = 300;
/** The folders the project writes its sources in (repository-relative). */
const AREAS = ['electron', 'renderer/src', 'native-mocks', 'test', 'scripts'] as const;
const SOURCE = /\.(ts|tsx|mjs|css)$/;
/** Installed or built, never written by hand. */
const SKIPPED_DIRS = new Set(['node_modules', 'dist']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : sourceFiles(path);
    return entry.isFile() && SOURCE.test(entry.name) ? [path] : [];
  });
}

/** Lines as `wc -l` and editors count them: a final newline does not start another line. */
function lineCount(text: string): number {
  if (text === '') return 0;
  const lines = text.split('\n').length;
  return text.endsWith('\n') ? lines - 1 : lines;
}

describe('source file size', () => {
  it('counts lines as wc -l does', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('a')).toBe(1);
    expect(lineCount('a\n')).toBe(1);
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\n\n')).toBe(2);
  });

  it('finds the .ts, .tsx, .mjs and .css files and nothing else', () => {
    expect(['a.ts', 'b.tsx', 'c.mjs', 'd.css'].every((f) => SOURCE.test(f))).toBe(true);
    expect(['a.json', 'b.csv', 'c.md', 'd.ts.snap'].some((f) => SOURCE.test(f))).toBe(false);
  });

  it.each(AREAS)(`keeps every source file under %s/ at ${MAX_LINES} lines or fewer`, (area) => {
    const files = sourceFiles(join(ROOT, area));
    expect(files.length).toBeGreaterThan(0);
    const offenders = files
      .map((path) => ({
        file: relative(ROOT, path).split('\\').join('/'),
        lines: lineCount(readFileSync(path, 'utf8')),
      }))
      .filter((f) => f.lines > MAX_LINES)
      .sort((a, b) => b.lines - a.lines)
      .map((f) => `${f.file} (${f.lines} lines)`);
    expect(offenders, `over ${MAX_LINES} lines: ${offenders.join(', ')}`).toEqual([]);
  });
});
