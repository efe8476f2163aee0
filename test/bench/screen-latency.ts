// Serial byte → screen: the latency from the last byte of a frame written on the pseudo-terminal
// to the kiosk page's screen change it causes (idle → measuring, measuring → pass/refer/retry,
// back to idle), with the real kiosk, worker and headless Chromium. Frames go at 8 Hz; after a
// frame predicted to change the screen (screen-script.ts), the next one waits until the page has
// changed (at most HOLD_MS), so each change has exactly one candidate cause even were it slower
// than a frame period.
import type { KioskRig } from './kiosk-rig.js';
import { wallNow } from './kiosk-rig.js';
import { clockOffset, screenChanges, type ScreenChange } from './page-recorder.js';
import { memoryMb } from './proc-stats.js';
import { summarize, type Summary } from './percentile.js';
import { FRAME_MS, latencyScript } from './screen-script.js';
import type { StateTap } from './state-tap.js';

/** Under the link's stall check (no frame for 1 s pauses the screen). */
const HOLD_MS = 800;
/** Empty frames before the people, after the page first shows idle. */
const WARMUP_FRAMES = 48;

export interface LatencyFigures {
  /** To the DOM change (mutation observer). */
  dom: Summary;
  /** To the start of the next animation frame after it. */
  nextFrame: Summary;
  /** The kiosk's part: to the state event's arrival at a second WebSocket client. */
  kiosk: Summary;
  people: number;
  frames: number;
  seconds: number;
  /** Changes on the predicted frame with the predicted screen; others; predictions not seen. */
  asPredicted: number;
  unexpected: string[];
  missed: number;
  /** Page clock minus bench clock, before and after the run. */
  clocks: Array<{ offsetMs: number; withinMs: number }>;
  /** The kiosk process's resident memory: highest sampled during the run, and VmHWM at its end. */
  mainRssMaxMb: number;
  mainPeakMb: number;
}

export interface ScreenWatch {
  /** Changes the page reported so far (its screen and page-clock time). */
  seen: Array<{ screen: string | null; at: number }>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

export async function measureScreenLatency(
  rig: KioskRig,
  watch: ScreenWatch,
  tap: StateTap,
  people: number,
): Promise<LatencyFigures> {
  const script = latencyScript(people, WARMUP_FRAMES);
  let next = wallNow();
  const writePaced = async (bytes: Buffer): Promise<number> => {
    await sleep(next - wallNow());
    const at = await rig.writeFrame(bytes);
    next = Math.max(next + FRAME_MS, at);
    return at;
  };

  // The link opens and the page connects: empty room until the page shows idle.
  const deadline = wallNow() + 30_000;
  for (let i = 0; watch.seen.at(-1)?.screen !== 'idle'; i++) {
    if (wallNow() > deadline)
      throw new Error(`bench: the page never showed idle: ${JSON.stringify(watch.seen)}`);
    await writePaced(script.warmup[i % script.warmup.length]!);
  }
  for (const bytes of script.warmup) await writePaced(bytes);

  const clocks = [await clockOffset(rig.page)];
  let mainRssMaxMb = 0;
  const sampler = setInterval(() => {
    mainRssMaxMb = Math.max(mainRssMaxMb, memoryMb(rig.kioskPid)?.rss ?? 0);
  }, 250);
  const written: number[] = [];
  const started = wallNow();
  try {
    for (const frame of script.frames) {
      const changesBefore = watch.seen.length;
      written.push(await writePaced(frame.bytes));
      if (!frame.changes || !frame.measured) continue;
      const holdUntil = wallNow() + HOLD_MS;
      while (watch.seen.length === changesBefore && wallNow() < holdUntil) await sleep(1);
    }
    // The last frames are the empty room: the page is settled when they have gone.
    await sleep(FRAME_MS);
  } finally {
    clearInterval(sampler);
  }
  const seconds = (wallNow() - started) / 1000;
  clocks.push(await clockOffset(rig.page));
  const mainPeakMb = memoryMb(rig.kioskPid)?.peak ?? 0;

  const first = script.frames.findIndex((f) => f.measured);
  const changes = (await screenChanges(rig.page)).filter((c) => c.at >= written[first]!);
  return {
    ...attribute(changes, written, script.frames, tap),
    people: script.people,
    frames: script.frames.length,
    seconds,
    clocks,
    mainRssMaxMb,
    mainPeakMb,
  };
}

/** Each change to the latest frame written before it; checked against the prediction. */
function attribute(
  changes: ScreenChange[],
  written: number[],
  frames: ReadonlyArray<{ screen: string; changes: boolean; measured: boolean }>,
  tap: StateTap,
): Pick<LatencyFigures, 'dom' | 'nextFrame' | 'kiosk' | 'asPredicted' | 'unexpected' | 'missed'> {
  const dom: number[] = [];
  const kiosk: number[] = [];
  const nextFrame: number[] = [];
  const unexpected: string[] = [];
  const explained = new Set<number>();
  for (const change of changes) {
    let k = written.length - 1;
    while (k >= 0 && written[k]! > change.at) k--;
    const cause = frames[k];
    if (k < 0 || !cause?.changes || cause.screen !== change.screen || explained.has(k)) {
      unexpected.push(`${change.screen} after frame ${k} (predicted ${cause?.screen ?? '-'})`);
      continue;
    }
    explained.add(k);
    dom.push(change.at - written[k]!);
    if (change.frameAt !== null) nextFrame.push(change.frameAt - written[k]!);
    const event = tap.seen.find((e) => e.at > written[k]! && e.screen === change.screen);
    if (event) kiosk.push(event.at - written[k]!);
  }
  const predicted = frames.filter((f) => f.changes && f.measured).length;
  if (dom.length === 0)
    throw new Error(`bench: no screen change matched: ${unexpected.join('; ')}`);
  return {
    dom: summarize(dom),
    nextFrame: summarize(nextFrame.length > 0 ? nextFrame : [NaN]),
    kiosk: summarize(kiosk.length > 0 ? kiosk : [NaN]),
    asPredicted: dom.length,
    unexpected,
    missed: predicted - dom.length,
  };
}
