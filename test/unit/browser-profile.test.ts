// The browser kiosk's profile (history and sessions hold the kiosk's URL) lives only as long as
// the browser (audit M2, in part): a stand-in browser reports its --user-data-dir and exits, and
// the folder is gone afterwards.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchKioskBrowser } from '../../electron/cli/browser.js';
import { tempDir } from '../support/paths.js';

describe('browser kiosk profile', () => {
  it('is a fresh folder per run, deleted when the browser exits', async () => {
    const dir = tempDir();
    const seen = join(dir, 'profile.txt');
    const fake = join(dir, 'fake-browser.sh');
    writeFileSync(
      fake,
      `#!/bin/sh\nfor a in "$@"; do case "$a" in --user-data-dir=*) d="\${a#--user-data-dir=}"; echo "$d" > ${seen}; touch "$d/History";; esac; done\n`,
    );
    chmodSync(fake, 0o755);
    const child = launchKioskBrowser(fake, 'http://127.0.0.1:1/#boot=x');
    await new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const profile = readFileSync(seen, 'utf8').trim();
    expect(profile).toMatch(/kiosk-browser-/);
    await new Promise((r) => setImmediate(r));
    expect(existsSync(profile)).toBe(false);
  });
});
