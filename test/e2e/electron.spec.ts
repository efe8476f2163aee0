// The real Electron app, where its binary exists. Offline installs have no binary (it downloads
// on first use), so this test then skips and says why.
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../electron/app/csp.js';
import { RENDERER_ENTRY_URL } from '../../electron/app/renderer-protocol.js';
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
      '--warm-up',
      '0',
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
    // Served by the kiosk:// protocol, never from file:// (audit L5).
    expect(page.url()).toBe(RENDERER_ENTRY_URL);
    // The one CSP came as that reply's header: what the page reports refusing is csp.ts's policy.
    expect(await page.evaluate(refusedInlineScriptPolicy)).toBe(CONTENT_SECURITY_POLICY);
  } finally {
    await app.close();
  }
});

/** Runs in the page (no DOM library here): adds an inline script, returns the policy refusing it. */
function refusedInlineScriptPolicy(): Promise<string> {
  interface PageElement {
    textContent: string;
  }
  const w = globalThis as unknown as {
    addEventListener(
      type: string,
      listener: (event: { originalPolicy: string }) => void,
      options: { once: boolean },
    ): void;
    document: {
      createElement(tag: string): PageElement;
      head: { append(element: PageElement): void };
    };
  };
  return new Promise((resolve) => {
    w.addEventListener('securitypolicyviolation', (event) => resolve(event.originalPolicy), {
      once: true,
    });
    const script = w.document.createElement('script');
    script.textContent = 'void 0';
    w.document.head.append(script);
  });
}
