// The app's cost while nobody walks past: empty-room frames at 8 Hz for some seconds with the
// page open, the CPU time of the kiosk process (its worker thread included) and of each Chromium
// process from /proc, and their resident memory at the end.
import { descendantPids } from '../support/process-tree.js';
import type { KioskRig } from './kiosk-rig.js';
import { wallNow } from './kiosk-rig.js';
import {
  commandLine,
  cpuSeconds,
  memoryMb,
  percentOfCore,
  threadCpuSeconds,
} from './proc-stats.js';
import { emptyRoomFrames, FRAME_MS } from './screen-script.js';

/** Streaming before the measurement starts, so the start-up of the run is not counted. */
const SETTLE_S = 3;

export interface ProcessCost {
  /** 'main' (the kiosk), 'page' (the page's renderer), or Chromium's --type (browser, gpu-process…). */
  role: string;
  pids: number[];
  cpuPercent: number;
  rssMb: number;
  /** Its busiest threads ('tid name'), % of one core, highest first (main and page only). */
  threads: Array<[string, number]>;
}

export interface IdleFigures {
  seconds: number;
  main: ProcessCost;
  page: ProcessCost;
  /** The rest of Chromium, by process type (several processes of a type are summed). */
  browserRest: ProcessCost[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Chromium's processes below this one, by pid, with their --type (none: the browser process). */
function chromiumProcesses(): Map<number, string> {
  const found = new Map<number, string>();
  for (const pid of descendantPids(process.pid)) {
    const cmd = commandLine(pid);
    if (!/chrom/i.test(cmd.split(' ')[0] ?? '')) continue;
    found.set(pid, /--type=(\S+)/.exec(cmd)?.[1] ?? 'browser');
  }
  return found;
}

export async function measureIdleCost(rig: KioskRig, idleS: number): Promise<IdleFigures> {
  const frames = emptyRoomFrames(Math.round(((SETTLE_S + idleS) * 1000) / FRAME_MS) + 1, 7);
  let next = wallNow();
  let before: Map<number, number> | null = null;
  let threadsBefore = new Map<number, Map<string, number>>();
  let startedAt = 0;
  const chromium = chromiumProcesses();
  const pids = [rig.kioskPid, ...chromium.keys()];
  const readAll = () => new Map(pids.map((pid) => [pid, cpuSeconds(pid) ?? NaN]));
  const readThreads = () => new Map(pids.map((pid) => [pid, threadCpuSeconds(pid)]));
  for (let i = 0; i < frames.length; i++) {
    await sleep(next - wallNow());
    await rig.writeFrame(frames[i]!);
    next += FRAME_MS;
    if (i === Math.round((SETTLE_S * 1000) / FRAME_MS)) {
      before = readAll();
      threadsBefore = readThreads();
      startedAt = wallNow();
    }
  }
  const after = readAll();
  const threadsAfter = readThreads();
  const seconds = (wallNow() - startedAt) / 1000;
  const cost = (role: string, group: number[]): ProcessCost => ({
    role,
    pids: group,
    cpuPercent: group.reduce(
      (sum, pid) => sum + percentOfCore(before!.get(pid)!, after.get(pid)!, seconds),
      0,
    ),
    rssMb: group.reduce((sum, pid) => sum + (memoryMb(pid)?.rss ?? 0), 0),
    threads: group.length === 1 ? busiestThreads(group[0]!) : [],
  });
  const busiestThreads = (pid: number): Array<[string, number]> => {
    const start = threadsBefore.get(pid) ?? new Map<string, number>();
    return [...(threadsAfter.get(pid) ?? [])]
      .map(([name, end]): [string, number] => [
        name,
        percentOfCore(start.get(name) ?? 0, end, seconds),
      ])
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4);
  };

  // The page is the busiest renderer (headless Chromium may keep a spare one).
  const renderers = [...chromium].filter(([, type]) => type === 'renderer').map(([pid]) => pid);
  const busiest = (pid: number) => after.get(pid)! - before!.get(pid)!;
  renderers.sort((a, b) => busiest(b) - busiest(a));
  const pagePid = renderers.shift();
  if (pagePid === undefined) throw new Error('bench: no Chromium renderer process found');
  const byType = new Map<string, number[]>();
  for (const [pid, type] of chromium) {
    if (pid === pagePid) continue;
    const role = type === 'renderer' ? 'other renderers' : type;
    byType.set(role, [...(byType.get(role) ?? []), pid]);
  }
  return {
    seconds,
    main: cost('main', [rig.kioskPid]),
    page: cost('page', [pagePid]),
    browserRest: [...byType].map(([role, group]) => cost(role, group)),
  };
}
