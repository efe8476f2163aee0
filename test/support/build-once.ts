import { execFileSync } from 'node:child_process';

/** Vitest global setup: the integration tests run the same bundles users run. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale', '--quiet'], {
    stdio: 'inherit',
  });
}
