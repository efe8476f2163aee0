// What one open of the counts database created (folders, the file, its -wal and -shm), so an open
// that fails can remove it again: a start that fails leaves nothing behind.
import { existsSync, mkdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export class CreatedPaths {
  private readonly files: string[];
  private readonly existed: Set<string>;
  /** The top folder this open created, if any. */
  private folder: string | undefined;

  constructor(private readonly path: string) {
    this.files = [path, `${path}-wal`, `${path}-shm`];
    this.existed = new Set(this.files.filter((file) => existsSync(file)));
  }

  /** Makes the database's folder and any above it that are missing; true if it made any. */
  makeFolder(mode: number): boolean {
    this.folder = mkdirSync(dirname(this.path), { recursive: true, mode });
    return this.folder !== undefined;
  }

  /** Removes the files and folders this open created (a folder only if it is empty again). */
  undo(): void {
    for (const file of this.files) if (!this.existed.has(file)) rmSync(file, { force: true });
    if (this.folder === undefined) return;
    const top = resolve(this.folder);
    for (let dir = resolve(dirname(this.path)); ; dir = dirname(dir)) {
      try {
        rmdirSync(dir);
      } catch {
        return; // not empty: something else was put there meanwhile
      }
      if (dir === top || dirname(dir) === dir) return;
    }
  }
}
