// Audit M4: as root, Chromium's sandbox cannot run, and a browser without it leaves the page's
// renderer unconfined with root's rights. The browser kiosk starts none as root unless the user
// passes --allow-root-browser (then without the sandbox, and says so).
import { describe, expect, it } from 'vitest';
import { parseRunOptions } from '../../electron/app/options.js';
import { browserLaunchPolicy, kioskBrowserArgs } from '../../electron/cli/browser.js';
import { USAGE } from '../../electron/cli/usage.js';

describe('launching the kiosk browser as root', () => {
  it('as an ordinary user: launched with its sandbox, nothing to say', () => {
    expect(browserLaunchPolicy(1000, false)).toEqual({
      launch: true,
      noSandbox: false,
      warning: null,
    });
    // The option changes nothing for an ordinary user.
    expect(browserLaunchPolicy(1000, true)).toEqual({
      launch: true,
      noSandbox: false,
      warning: null,
    });
    // No uid (Windows): nothing to check.
    expect(browserLaunchPolicy(undefined, false)).toMatchObject({ launch: true, noSandbox: false });
  });

  it('as root without --allow-root-browser: not launched, and the message says why and what to do', () => {
    const decision = browserLaunchPolicy(0, false);
    expect(decision.launch).toBe(false);
    if (decision.launch) return;
    expect(decision.message).toMatch(/no browser (was )?started/i);
    expect(decision.message).toMatch(/root/);
    expect(decision.message).toMatch(/sandbox/i);
    expect(decision.message).toMatch(/ordinary user/);
    expect(decision.message).toMatch(/--allow-root-browser/);
    expect(decision.message).toMatch(/URL above/);
  });

  it('as root with --allow-root-browser: launched without the sandbox, with a warning', () => {
    const decision = browserLaunchPolicy(0, true);
    expect(decision).toMatchObject({ launch: true, noSandbox: true });
    if (!decision.launch) return;
    expect(decision.warning).toMatch(/warning/i);
    expect(decision.warning).toMatch(/sandbox/i);
  });

  it('puts --no-sandbox on the command line only when asked to', () => {
    const url = 'http://127.0.0.1:4000/#boot=abc';
    expect(kioskBrowserArgs(url, '/tmp/p')).not.toContain('--no-sandbox');
    expect(kioskBrowserArgs(url, '/tmp/p', { noSandbox: false })).not.toContain('--no-sandbox');
    expect(kioskBrowserArgs(url, '/tmp/p', { noSandbox: true })).toContain('--no-sandbox');
  });
});

describe('--allow-root-browser', () => {
  it('is off unless given, for start and demo', () => {
    expect(parseRunOptions([], true).allowRootBrowser).toBe(false);
    expect(parseRunOptions([], false).allowRootBrowser).toBe(false);
    expect(parseRunOptions(['--allow-root-browser'], true).allowRootBrowser).toBe(true);
    expect(parseRunOptions(['--allow-root-browser'], false).allowRootBrowser).toBe(true);
  });

  it('is in the usage text', () => {
    expect(USAGE).toMatch(/--allow-root-browser/);
  });
});
