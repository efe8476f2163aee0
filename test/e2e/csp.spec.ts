// One CSP, from electron/app/csp.ts, in the browser kiosk (audit L5): the host's header is the
// page's only policy, and its `connect-src 'self'` still lets the page reach its own WebSocket
// (CSP3 matches ws:// on the page's own host and port) while a socket to any other port is refused.
import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../electron/app/csp.js';
import { expect, test } from './fixtures/kiosk.js';

interface Violation {
  directive: string;
  blockedURL: string;
  policy: string;
}

// Runs in Chromium (the test project has no DOM library): types just what it touches.
function recordViolations(): void {
  interface ViolationEvent {
    effectiveDirective: string;
    blockedURI: string;
    originalPolicy: string;
  }
  const w = globalThis as unknown as {
    __violations: Violation[];
    addEventListener(type: string, listener: (event: ViolationEvent) => void): void;
  };
  w.__violations = [];
  w.addEventListener('securitypolicyviolation', (event) => {
    w.__violations.push({
      directive: event.effectiveDirective,
      blockedURL: event.blockedURI,
      policy: event.originalPolicy,
    });
  });
}

function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => (globalThis as unknown as { __violations: Violation[] }).__violations);
}

async function connectViolations(page: Page): Promise<Violation[]> {
  return (await violations(page)).filter((v) => v.directive === 'connect-src');
}

// Not opened by the fixture: the test reads the reply to its own page load.
test.use({
  kioskSetup: { args: ['--sequence', 'normal'], initScripts: [recordViolations], open: false },
});

test("the header from csp.ts is the page's only policy; connect-src 'self' reaches the kiosk's own socket and no other", async ({
  page,
  kiosk,
}) => {
  const response = await page.goto(kiosk.kioskUrl);
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  // A <meta> policy would apply on top of the header: there must be none.
  expect(await page.locator('meta[http-equiv="Content-Security-Policy" i]').count()).toBe(0);

  // A verdict reaches the screen only through the kiosk's WebSocket.
  await expect(page.locator('[data-screen]')).toHaveAttribute('data-screen', 'pass', {
    timeout: 30_000,
  });
  // (zod probes for eval once with `Function('')`, which script-src refuses: not a connection.)
  expect(await connectViolations(page)).toEqual([]);

  // Another local port (some other program on this machine) is refused by connect-src.
  const port = kiosk.port;
  const other = `ws://127.0.0.1:${port === 65535 ? port - 1 : port + 1}/`;
  await page.evaluate((url) => {
    const w = globalThis as unknown as { WebSocket: new (url: string) => unknown };
    try {
      new w.WebSocket(url);
    } catch {
      // Older Chromium threw on a blocked URL; the violation event is what the test reads.
    }
  }, other);
  await expect.poll(() => connectViolations(page)).toHaveLength(1);
  const [violation] = await connectViolations(page);
  expect(violation!.blockedURL).toContain(`127.0.0.1:${new URL(other).port}`);
  // Each policy in force reports each violation: csp.ts's header must be the only one.
  expect(new Set((await violations(page)).map((v) => v.policy))).toEqual(
    new Set([CONTENT_SECURITY_POLICY]),
  );
});
