// In the kiosk's page: the wall time of every change of the walk-through screen (the
// `data-screen` attribute the e2e tests read too), as the DOM commits it and at the next
// animation frame, told to the bench at once through a binding so it can pace its frames.
import type { Page } from '@playwright/test';

/** One screen change as the page saw it; times are performance.timeOrigin + performance.now(). */
export interface ScreenChange {
  screen: string | null;
  /** When the mutation observer saw the new screen in the DOM. */
  at: number;
  /** The start of the next animation frame after it (null until it has run). */
  frameAt: number | null;
}

// The functions below run in Chromium; the test project has no DOM library (see
// test/e2e/kiosk-checks.ts), so these declarations type just what they touch.
interface PageElement {
  getAttribute(name: string): string | null;
}
declare const document: { querySelector(selector: string): PageElement | null };
declare class MutationObserver {
  constructor(callback: () => void);
  observe(target: unknown, options: Record<string, unknown>): void;
}
declare function requestAnimationFrame(callback: () => void): number;

type PageGlobals = {
  __screenChanges: ScreenChange[];
  __benchScreen?: (screen: string | null, at: number) => void;
};

/** In the page, before its scripts: records each screen change (see ScreenChange). */
function recordScreenChanges(): void {
  const w = globalThis as unknown as PageGlobals;
  w.__screenChanges = [];
  let last: string | null = null;
  new MutationObserver(() => {
    const screen = document.querySelector('[data-screen]')?.getAttribute('data-screen') ?? null;
    if (screen === last) return;
    last = screen;
    const change: ScreenChange = {
      screen,
      at: performance.timeOrigin + performance.now(),
      frameAt: null,
    };
    w.__screenChanges.push(change);
    requestAnimationFrame(() => (change.frameAt = performance.timeOrigin + performance.now()));
    w.__benchScreen?.(screen, change.at);
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-screen'],
  });
}

/** Installs the recorder; `onChange` hears of each change as soon as the page reports it. */
export async function recordScreens(
  page: Page,
  onChange: (screen: string | null, at: number) => void,
): Promise<void> {
  await page.exposeBinding('__benchScreen', (_source, screen: string | null, at: number) =>
    onChange(screen, at),
  );
  await page.addInitScript(recordScreenChanges);
}

export function screenChanges(page: Page): Promise<ScreenChange[]> {
  return page.evaluate(() => (globalThis as unknown as PageGlobals).__screenChanges);
}

/**
 * The page's wall clock minus this process's: the round trip with the shortest time (of 20),
 * its midpoint taken as the moment the page read its clock. `within` is half that round trip.
 */
export async function clockOffset(page: Page): Promise<{ offsetMs: number; withinMs: number }> {
  let best = { offsetMs: 0, withinMs: Infinity };
  for (let i = 0; i < 20; i++) {
    const before = performance.timeOrigin + performance.now();
    const pageAt = await page.evaluate(() => performance.timeOrigin + performance.now());
    const after = performance.timeOrigin + performance.now();
    if ((after - before) / 2 < best.withinMs) {
      best = { offsetMs: pageAt - (before + after) / 2, withinMs: (after - before) / 2 };
    }
  }
  return best;
}
