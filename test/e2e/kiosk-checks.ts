// Checks shared by the walk-through specs: console problems (CSP violations are console errors),
// axe-core, layout overflow, and recorders injected into the page before it loads.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

// The functions handed to the page below run in Chromium. The test project has no DOM library (so
// the main-process code cannot use one by accident): these module-local declarations type just
// what they touch.
interface PageRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}
interface PageElement {
  tagName: string;
  textContent: string | null;
  scrollWidth: number;
  scrollHeight: number;
  clientWidth: number;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): PageRect;
  closest(selector: string): PageElement | null;
  querySelector(selector: string): PageElement | null;
}
declare const document: {
  scrollingElement: PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
};
declare const window: { innerWidth: number; innerHeight: number };
declare class MutationObserver {
  constructor(callback: () => void);
  observe(target: unknown, options: Record<string, boolean>): void;
}
interface PageOscillator {
  frequency: { value: number };
}
declare const OscillatorNode: {
  prototype: { start(this: PageOscillator, when?: number): void };
};

/** Console errors and warnings, and uncaught errors, from now on (added to `problems`). */
export function watchProblems(page: Page, problems: string[] = []): string[] {
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

export interface AxeFinding {
  where: string;
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** Every finding seen, for the run's report; serious and critical ones fail the test. */
export const axeFindings: AxeFinding[] = [];

export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const findings = results.violations.map((v) => ({
    where,
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
  axeFindings.push(...findings);
  const blocking = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
  expect(blocking, `axe: serious or critical violations on ${where}`).toEqual([]);
}

/**
 * Whatever does not fit: the document scrolling past the viewport, or any visible element of the
 * top bar, the stage or the staff line outside the viewport (or, in the stage, outside the stage).
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(pageLayoutProblems);
}

/** In the page: layoutProblems' check. Self-contained, as recordLayouts hands its text over. */
function pageLayoutProblems(): string[] {
  const problems: string[] = [];
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const doc = document.scrollingElement!;
  if (doc.scrollWidth > vw || doc.scrollHeight > vh)
    problems.push(`document ${doc.scrollWidth}×${doc.scrollHeight} > viewport ${vw}×${vh}`);
  const stage = document.querySelector('main')!.getBoundingClientRect();
  const describe = (el: PageElement): string =>
    `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} "${(el.textContent ?? '').slice(0, 40)}"`;
  for (const el of document.querySelectorAll('header *, main *, footer *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const tol = 0.5;
    if (r.left < -tol || r.top < -tol || r.right > vw + tol || r.bottom > vh + tol)
      problems.push(`${describe(el)} outside the viewport`);
    if (
      el.closest('main') &&
      (r.top < stage.top - tol ||
        r.bottom > stage.bottom + tol ||
        r.left < stage.left - tol ||
        r.right > stage.right + tol)
    )
      problems.push(`${describe(el)} outside the stage`);
    if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
      problems.push(`${describe(el)} overflows its box horizontally`);
  }
  return problems;
}

/** Layout problems seen on each screen shown, by "screen" or "screen:reason". */
export type ScreenLayouts = Record<string, string[]>;

/**
 * Checks the layout (layoutProblems) of every screen the page shows, in the page, at each change
 * while it is up, and keeps what it found per screen (screenLayouts). A verdict screen stays up
 * only while the person stands there, often under two seconds: too short for a test to visit a
 * dozen pages in turn and check each. Call before the page loads.
 */
export async function recordLayouts(page: Page): Promise<void> {
  await page.addInitScript({
    content: `(${watchLayouts.toString()})(${pageLayoutProblems.toString()});`,
  });
}

function watchLayouts(check: () => string[]): void {
  const w = globalThis as unknown as { __layouts: ScreenLayouts };
  w.__layouts = {};
  // A mutation observer's callback runs as each change lands, so no screen is missed however short
  // it is (timers and animation frames are throttled in pages in the background).
  new MutationObserver(() => {
    const root = document.querySelector('[data-screen]');
    if (!root || !document.querySelector('main')) return;
    const screen = root.getAttribute('data-screen');
    const reason = root.querySelector('[data-reason]')?.getAttribute('data-reason');
    const found = (w.__layouts[reason ? `${screen}:${reason}` : `${screen}`] ??= []);
    for (const problem of check()) if (!found.includes(problem)) found.push(problem);
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

export function screenLayouts(page: Page): Promise<ScreenLayouts> {
  return page.evaluate(() => (globalThis as unknown as { __layouts: ScreenLayouts }).__layouts);
}

export interface ScreenSeen {
  screen: string | null;
  guidance: string | null;
  reason: string | null;
  title: string;
}

/** In the page: records each distinct screen shown (with guidance, reason and headline). */
export function recordScreens(): void {
  const w = globalThis as unknown as { __screens: ScreenSeen[] };
  w.__screens = [];
  let last = '';
  const snapshot = (): void => {
    const root = document.querySelector('[data-screen]');
    if (!root) return;
    const entry: ScreenSeen = {
      screen: root.getAttribute('data-screen'),
      guidance: root.querySelector('[data-guidance]')?.getAttribute('data-guidance') ?? null,
      reason: root.querySelector('[data-reason]')?.getAttribute('data-reason') ?? null,
      title: root.querySelector('h1')?.textContent ?? '',
    };
    const key = JSON.stringify(entry);
    if (key !== last) {
      last = key;
      w.__screens.push(entry);
    }
  };
  new MutationObserver(snapshot).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
}

export function screensSeen(page: Page): Promise<ScreenSeen[]> {
  return page.evaluate(() => (globalThis as unknown as { __screens: ScreenSeen[] }).__screens);
}

/** In the page: records the frequency of every oscillator started (the sound cues' notes). */
export function recordTones(): void {
  const w = globalThis as unknown as { __tones: number[] };
  w.__tones = [];
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (this: PageOscillator, when?: number) {
    w.__tones.push(this.frequency.value);
    return start.call(this, when);
  };
}

export function tonesPlayed(page: Page): Promise<number[]> {
  return page.evaluate(() => (globalThis as unknown as { __tones: number[] }).__tones);
}
