// Counts the verdict screens the renderer actually put on the page: each time the element carrying
// `data-screen` (renderer/src/app/App.tsx) turns into pass, refer or retry. Install with
// page.addInitScript(countVerdictScreens) before the page loads.
import type { Page } from '@playwright/test';

// These functions run in Chromium; the test project has no DOM library, so declare what they use.
interface PageElement {
  getAttribute(name: string): string | null;
}
declare const document: { querySelector(selector: string): PageElement | null };
declare class MutationObserver {
  constructor(callback: () => void);
  observe(target: unknown, options: Record<string, unknown>): void;
}

export interface ScreenChange {
  screen: string | null;
  /** performance.now() in the page when the change was seen. */
  at: number;
}

export interface VerdictScreens {
  /** Transitions into pass, refer or retry. */
  verdicts: number;
  /** Every screen change, in order. */
  changes: ScreenChange[];
}

interface CounterWindow {
  __verdictScreens: VerdictScreens;
}

/** In the page: counts every transition into a verdict screen, and logs all screen changes. */
export function countVerdictScreens(): void {
  const w = globalThis as unknown as CounterWindow;
  const state: VerdictScreens = { verdicts: 0, changes: [] };
  w.__verdictScreens = state;
  let last: string | null = null;
  const check = (): void => {
    const screen = document.querySelector('[data-screen]')?.getAttribute('data-screen') ?? null;
    if (screen === last) return;
    last = screen;
    state.changes.push({ screen, at: performance.now() });
    if (screen === 'pass' || screen === 'refer' || screen === 'retry') state.verdicts++;
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-screen'],
  });
}

export function verdictScreens(page: Page): Promise<VerdictScreens> {
  return page.evaluate(() => (globalThis as unknown as CounterWindow).__verdictScreens);
}

/** Resolves as soon as the page has shown `n` verdict screens (polled every 10 ms). */
export async function waitForVerdictScreens(page: Page, n: number, timeout: number): Promise<void> {
  await page.waitForFunction(
    (min) => (globalThis as unknown as CounterWindow).__verdictScreens.verdicts >= min,
    n,
    { polling: 10, timeout },
  );
}
