// The packaged Electron kiosk turns its fuses off (audit M5): electron-builder.yml sets every
// fuse that could run foreign code in the kiosk's process, and the keys are the ones
// electron-builder's own configuration type knows (a misspelt key would be silently ignored).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';

/** The `electronFuses:` block of electron-builder.yml as key → value (flat YAML only). */
function fuses(): Record<string, string> {
  const lines = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8').split('\n');
  const start = lines.findIndex((l) => l.trim() === 'electronFuses:');
  expect(start, 'electron-builder.yml has an electronFuses block').toBeGreaterThanOrEqual(0);
  const out: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    const m = /^\s+([A-Za-z0-9]+):\s*(\S+)\s*$/.exec(line);
    if (!m) break;
    out[m[1]!] = m[2]!;
  }
  return out;
}

describe('Electron fuses', () => {
  it('switches off running as Node, NODE_OPTIONS, inspect flags and loading outside the asar', () => {
    expect(fuses()).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      onlyLoadAppFromAsar: 'true',
      enableEmbeddedAsarIntegrityValidation: 'true',
      enableCookieEncryption: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
  });

  it('uses only keys electron-builder knows', () => {
    const types = readFileSync(
      join(ROOT, 'node_modules/app-builder-lib/out/configuration.d.ts'),
      'utf8',
    );
    expect(types).toMatch(/electronFuses\?: FuseOptionsV1/);
    const known = types.slice(types.indexOf('export interface FuseOptionsV1 {'));
    const block = known.slice(0, known.indexOf('\n}'));
    for (const key of Object.keys(fuses())) expect(block).toContain(`${key}?:`);
  });
});
