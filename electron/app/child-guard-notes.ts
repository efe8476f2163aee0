// A note per guarded child, one file each in a folder private to this user, so that what a dead
// kiosk left running is found at the next start. The guard (child-guard.ts) already ends a child
// when its kiosk dies; these notes are for when the guard died too (its whole process group
// SIGKILLed, the OOM killer, a kiosk from before the guard). A note names its kiosk and its child
// by pid and start time, so a pid reused since is never taken for either, and only a child whose
// command line still ends with the arguments it was given is ended.
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { argvOf, identityOf, isRunning, type ProcessIdentity } from './child-guard-proc.js';

/** A stale child gets this long after SIGTERM before SIGKILL. */
const STALE_TERM_MS = 2000;
const POLL_MS = 50;

const identitySchema = z.object({
  pid: z.number().int().positive(),
  start: z.string().regex(/^\d+$/),
});

const noteSchema = z.object({
  owner: identitySchema,
  child: identitySchema,
  command: z.string(),
  args: z.array(z.string()),
  leftovers: z.array(z.string().refine(isAbsolute, 'an absolute path')),
});

type ChildNote = z.infer<typeof noteSchema>;

/** The notes' folder: per user, under the temporary folder (TMPDIR). */
export function notesDir(): string {
  return join(tmpdir(), `thermal-kiosk-children-${process.getuid?.() ?? 'user'}`);
}

/**
 * Notes that this process runs `command args` as `pid`; returns what forgets it (call it when the
 * child has exited). `leftovers`: files the child leaves when it is ended the hard way, which the
 * next start removes (pty links, a browser profile).
 */
export function rememberChild(
  pid: number,
  command: string,
  args: readonly string[],
  leftovers: readonly string[],
  log: (line: string) => void,
): () => void {
  const place = privateDir();
  const owner = identityOf(process.pid);
  const child = identityOf(pid);
  if ('error' in place) {
    warnOnce(log, place.error);
    return () => undefined;
  }
  // Gone already (or not Linux): nothing to end later.
  if (!owner || !child) return () => undefined;
  const note: ChildNote = { owner, child, command, args: [...args], leftovers: [...leftovers] };
  const path = join(place.dir, `${child.pid}-${child.start}.json`);
  try {
    // Whole or not at all: another kiosk may be reading the folder right now.
    writeFileSync(`${path}.tmp`, JSON.stringify(note), { mode: 0o600 });
    renameSync(`${path}.tmp`, path);
  } catch (error) {
    warnOnce(log, `could not write ${path}: ${(error as Error).message}`);
    return () => undefined;
  }
  return () => rmSync(path, { force: true });
}

/**
 * Ends the children noted by kiosks that are no longer running (SIGTERM, SIGKILL after 2 s),
 * removes their leftovers and notes, and says so. Children of running kiosks, and processes this
 * user started otherwise, are never touched. Never throws.
 */
export async function endStaleChildren(log: (line: string) => void): Promise<void> {
  const place = privateDir();
  if ('error' in place) return;
  let names: string[];
  try {
    names = readdirSync(place.dir).filter((name) => name.endsWith('.json'));
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(place.dir, name);
    const note = readNote(path);
    if (!note || isRunning(note.owner)) continue;
    if (isRunning(note.child)) {
      // The very process (pid and start time), yet not running what it was given: leave it be.
      if (!endsWith(argvOf(note.child.pid), note.args)) continue;
      await endProcess(note.child);
      log(
        `kiosk: an earlier kiosk (pid ${note.owner.pid}) ended without stopping its ` +
          `${basename(note.command)} (pid ${note.child.pid}); ended it now` +
          (note.leftovers.length > 0 ? ` and removed ${note.leftovers.join(', ')}` : ''),
      );
    }
    for (const leftover of note.leftovers) rmSync(leftover, { recursive: true, force: true });
    rmSync(path, { force: true });
  }
}

/** The notes' folder, made if needed; refused unless it is this user's own and private. */
function privateDir(): { dir: string } | { error: string } {
  const dir = notesDir();
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      return { error: `could not make ${dir}: ${(error as Error).message}` };
    }
  }
  try {
    const stat = lstatSync(dir);
    if (!stat.isDirectory() || stat.uid !== process.getuid?.()) {
      return { error: `${dir} is not a folder of this user's; remove it` };
    }
    if ((stat.mode & 0o077) !== 0) chmodSync(dir, 0o700);
    return { dir };
  } catch (error) {
    return { error: `could not check ${dir}: ${(error as Error).message}` };
  }
}

function readNote(path: string): ChildNote | null {
  try {
    const parsed = noteSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A script's or wrapper's command line starts differently; the arguments stay at its end. */
function endsWith(argv: readonly string[], args: readonly string[]): boolean {
  if (argv.length < args.length) return false;
  const tail = argv.slice(argv.length - args.length);
  return tail.every((arg, i) => arg === args[i]);
}

async function endProcess(identity: ProcessIdentity): Promise<void> {
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    if (!isRunning(identity)) return;
    try {
      process.kill(identity.pid, signal);
    } catch {
      return;
    }
    const deadline = Date.now() + STALE_TERM_MS;
    while (isRunning(identity) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}

let warned = false;

function warnOnce(log: (line: string) => void, why: string): void {
  if (warned) return;
  warned = true;
  log(
    `kiosk: cannot note its helper processes (${why}): should this kiosk be killed together ` +
      'with its guard, the next start will not end what it left running',
  );
}
