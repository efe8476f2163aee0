// The real Electron app, where its binary exists. Offline installs have no binary (it downloads
// on first use), so this test then skips and says why.
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../../electron/cli/electron-binary.js';
import { ROOT, tempDir } from '../support/paths.js';

const binary = findElectronBinary();
const skipReason = binary.found
  ? ''
  : `Electron's binary is not installed here (${binary.why}); run \`npx install-electron\` with internet access to run this test`;

test.beforeAll(() => {
  if (skipReason) console.log(`skipped: ${skipReason}`);
});

test('the Electron kiosk starts sandboxed, shows the demo and passes a normal person', async () => {
  test.skip(!binary.found, skipReason);
  if (!binary.found) return;
  const app = await electron.launch({
    executablePath: binary.path,
    args: [
      join(ROOT, 'dist', 'main', 'electron-main.mjs'),
      '--demo',
      '--sequence',
      'normal',
      '--db',
      join(tempDir(), 'c.sqlite'),
    ],
    env: { ...process.env, KIOSK_WINDOWED: '1' },
  });
  try {
    const page = await app.firstWindow();
    // Only the typed API crosses the bridge: no Node in the page.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    );
    expect(
      await page.evaluate(
        () => typeof (globalThis as { kioskApi?: { call?: unknown } }).kioskApi?.call,
      ),
    ).toBe('function');
    await expect(page.locator('[data-screen]')).toHaveAttribute('data-screen', 'pass', {
      timeout: 30_000,
    });
  } finally {
    await app.close();
  }
});
