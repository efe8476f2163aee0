// Writes a file whole or not at all: in full and flushed under a temporary name, then renamed over
// the target, so readers (HR's spreadsheet, the roll-up reading a USB stick) see the old file or
// the whole new one, never a partial one. Used by the exports, the bundles and the roll-up report.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';

export function writeWhole(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeFileSync(fd, text, 'utf8'); // loops until every byte is written
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw new Error(`could not write ${path}: ${(error as Error).message}`, { cause: error });
  }
}
