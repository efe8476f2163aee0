// `npm run bench`'s user-facing section (issue 15): serial byte → screen latency, the whole app's
// CPU while idle-streaming at 8 Hz, and resident memory, each printed next to its target. The
// kiosk, Chromium and socat it starts are stopped whatever happens.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { RENDERER } from '../support/paths.js';
import { measureIdleCost, type IdleFigures, type ProcessCost } from './idle-cost.js';
import { startKioskRig } from './kiosk-rig.js';
import { recordScreens } from './page-recorder.js';
import { measureScreenLatency, type LatencyFigures, type ScreenWatch } from './screen-latency.js';
import { tapStates } from './state-tap.js';

/** People in the latency run: 3 screen changes each, about 3 s each at 8 Hz. */
const PEOPLE = Number(process.env.BENCH_LATENCY_PEOPLE ?? 40);

export async function benchUserFigures(): Promise<void> {
  console.log(
    `user-facing figures (${cpus().length} cores; the CLI kiosk in headless Debian Chromium; ` +
      'GY-MCU90640 frames written at 8 Hz on a real pty pair via socat):',
  );
  if (developmentRenderer()) {
    console.log(
      "  NOTE: dist/renderer holds React's development build (jsxDEV): built with NODE_ENV set " +
        '(a vitest run builds it under NODE_ENV=test); the page figures below are pessimistic',
    );
  }
  // Other work on the machine delays the page and the kiosk: printed with the figures.
  let load = loadavg()[0]!.toFixed(1);
  const rig = await startKioskRig();
  try {
    const watch: ScreenWatch = { seen: [] };
    await recordScreens(rig.page, (screen, at) => watch.seen.push({ screen, at }));
    await rig.page.goto(rig.kioskUrl);
    // Before anyone: the page has not made its audio context yet (the first verdict's chime does).
    printIdle('before anyone walked past', await measureIdleCost(rig, 20));
    const tap = await tapStates(rig.kioskUrl);
    try {
      printLatency(await measureScreenLatency(rig, watch, tap, PEOPLE));
    } finally {
      // Not during the idle run: only the page is the app's client then.
      tap.close();
    }
    printIdle('after the people (the chime has opened audio)', await measureIdleCost(rig, 30));
  } finally {
    await rig.close();
    load += ` / ${loadavg()[0]!.toFixed(1)}`;
  }
  console.log(`  load average (1 min) at the start / end: ${load}`);
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

function printLatency(f: LatencyFigures): void {
  const { dom, nextFrame } = f;
  console.log(
    `  serial byte → screen: p50 ${ms(dom.p50)} · p99 ${ms(dom.p99)} · max ${ms(dom.max)} ` +
      `(n=${dom.n}; target p99 ≤ 50 ms)`,
  );
  console.log(
    `    of which the kiosk (serial byte → state event at a second WebSocket client): ` +
      `p50 ${ms(f.kiosk.p50)} · p99 ${ms(f.kiosk.p99)} · max ${ms(f.kiosk.max)} (n=${f.kiosk.n})`,
  );
  console.log(
    `    to the next animation frame: p50 ${ms(nextFrame.p50)} · p99 ${ms(nextFrame.p99)} · ` +
      `max ${ms(nextFrame.max)}; ${f.people} people, ${f.frames} frames in ${f.seconds.toFixed(0)} s; ` +
      `${f.asPredicted} changes on their predicted frame, ${f.missed} predicted not seen, ` +
      `${f.unexpected.length} unexpected${f.unexpected.length ? ` (${f.unexpected.slice(0, 3).join('; ')})` : ''}`,
  );
  const clocks = f.clocks
    .map(
      (c) => `${c.offsetMs >= 0 ? '+' : ''}${c.offsetMs.toFixed(2)} ± ${c.withinMs.toFixed(2)} ms`,
    )
    .join(' / ');
  console.log(`    page clock − bench clock, before / after: ${clocks} (not corrected for)`);
  console.log(
    `  main process memory during the latency run: RSS up to ${f.mainRssMaxMb.toFixed(0)} MB ` +
      `(sampled every 250 ms), VmHWM ${f.mainPeakMb.toFixed(0)} MB (target ≤ 120 MB)`,
  );
}

function printIdle(when: string, f: IdleFigures): void {
  const pct = (c: ProcessCost) => `${c.cpuPercent.toFixed(2)} %`;
  const sum = f.main.cpuPercent + f.page.cpuPercent;
  console.log(
    `  idle ${when}, empty room at 8 Hz for ${f.seconds.toFixed(0)} s: main process ${pct(f.main)} + page ${pct(f.page)} ` +
      `= ${sum.toFixed(2)} % of one core (target ≤ 2 %)`,
  );
  const rest = f.browserRest.reduce((s, c) => s + c.cpuPercent, 0);
  console.log(
    `    rest of Chromium ${rest.toFixed(2)} % (${f.browserRest.map((c) => `${c.role} ×${c.pids.length} ${pct(c)}`).join(', ')}); ` +
      `whole app ${(sum + rest).toFixed(2)} %`,
  );
  const threads = (c: ProcessCost) =>
    c.threads.map(([name, p]) => `${name.replace(/^\d+ /, '')} ${p.toFixed(2)} %`).join(', ');
  console.log(`    busiest threads: main ${threads(f.main)}; page ${threads(f.page)}`);
  console.log(
    `    memory at its end: main process RSS ${f.main.rssMb.toFixed(0)} MB (target ≤ 120 MB), ` +
      `page RSS ${f.page.rssMb.toFixed(0)} MB; rest of Chromium ${f.browserRest
        .map((c) => `${c.role} ${c.rssMb.toFixed(0)} MB`)
        .join(', ')} (RSS summed: shared pages count more than once)`,
  );
}

/** Whether the served renderer was built with React's development runtime. */
function developmentRenderer(): boolean {
  const assets = join(RENDERER, 'assets');
  try {
    return readdirSync(assets)
      .filter((name) => name.endsWith('.js'))
      .some((name) => readFileSync(join(assets, name), 'utf8').includes('jsxDEV'));
  } catch {
    return false;
  }
}
