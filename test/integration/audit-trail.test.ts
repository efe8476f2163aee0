// The audit trail on a real kiosk and its SQLite file (issue 13, L2): PIN failures, unlocks,
// exports, settings changes and exits are device events with the role and never a digit, read
// back by staff (not HR) and kept across a restart.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRunOptions } from '../../electron/app/options.js';
import { runKiosk, type RunningKiosk } from '../../electron/app/run-kiosk.js';
import { localDate } from '../../electron/core/records/local-date.js';
import { kioskCalls } from '../support/kiosk-calls.js';
import { tempDir, WORKER } from '../support/paths.js';

let run: RunningKiosk | null = null;
afterEach(async () => {
  await run?.stop();
  run = null;
});

const { call, value, unlockAs } = kioskCalls(() => run);

function storedEvents(db: string): Array<{ kind: string; detail: string }> {
  const reader = new Database(db, { readonly: true });
  try {
    return reader.prepare('SELECT kind, detail FROM events ORDER BY id').all() as Array<{
      kind: string;
      detail: string;
    }>;
  } finally {
    reader.close();
  }
}

describe('audit trail', () => {
  it('notes PIN failures, unlocks, exports, settings and exits by role, never the digits', async () => {
    const db = join(tempDir(), 'audit.sqlite');
    let exited = false;
    run = await runKiosk(parseRunOptions(['--warm-up', '0', '--db', db], false), {
      workerUrl: WORKER,
      log: () => undefined,
      onExit: () => void (exited = true),
    });
    const first = await value('staffSetPin', { pin: '4829' });
    if (first.status !== 'unlocked') throw new Error(first.status);
    const staff = first.session;
    await value('setHrPin', { session: staff, pin: '7777' });
    expect(await value('staffUnlock', { pin: '1357' })).toMatchObject({ status: 'wrong-pin' });
    const hr = await unlockAs('7777');
    const today = localDate(new Date());
    await value('exportCounts', {
      session: hr.session,
      query: { from: today, to: today, by: 'hour', suppressBelow: 5 },
    });
    await value('updateSettings', {
      session: staff,
      settings: { ...run.kiosk.currentSettings(), kioskName: 'North door' },
    });

    // HR opens the counts only: not the audit trail.
    expect(await call('getDeviceEvents', { session: hr.session })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    const events = await value('getDeviceEvents', { session: staff, limit: 20 });
    const kinds = events.map((e) => e.kind);
    // Newest first.
    expect(kinds.indexOf('settings-changed')).toBeLessThan(kinds.indexOf('counts-exported'));
    expect(kinds.indexOf('counts-exported')).toBeLessThan(kinds.indexOf('pin-failed'));
    expect(events.find((e) => e.kind === 'pin-failed')?.detail).toMatch(/staff 1 of 5/);
    expect(events.filter((e) => e.kind === 'console-unlocked').map((e) => e.detail)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^hr/), expect.stringMatching(/^staff/)]),
    );
    expect(events.find((e) => e.kind === 'counts-exported')?.detail).toBe(
      `${today} to ${today}, per hour, by hr`,
    );
    expect(events.find((e) => e.kind === 'settings-changed')?.detail).toBe('kioskName');

    await value('exitKiosk', { session: staff });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(exited).toBe(true);
    await run.stop();
    run = null;

    const stored = storedEvents(db);
    const exits = stored.filter((e) => e.kind === 'kiosk-exited');
    // One exit, noted when staff asked: the stop that follows does not note it again.
    expect(exits).toEqual([{ kind: 'kiosk-exited', detail: 'by staff, from the console' }]);
    for (const e of stored) expect(e.detail).not.toMatch(/4829|7777|1357/);
  });

  it('notes a stop that did not come from the console, and keeps the trail across a restart', async () => {
    const db = join(tempDir(), 'audit-stop.sqlite');
    run = await runKiosk(parseRunOptions(['--warm-up', '0', '--db', db], false), {
      workerUrl: WORKER,
      log: () => undefined,
    });
    await value('staffSetPin', { pin: '4829' });
    await run.stop();
    run = null;
    const audit = (kind: string): boolean => !kind.startsWith('screening-');
    expect(
      storedEvents(db)
        .map((e) => e.kind)
        .filter(audit),
    ).toEqual(['kiosk-started', 'console-unlocked', 'kiosk-exited']);
    run = await runKiosk(parseRunOptions(['--warm-up', '0', '--db', db], false), {
      workerUrl: WORKER,
      log: () => undefined,
    });
    const { session } = await unlockAs('4829');
    const events = await value('getDeviceEvents', { session });
    expect(
      events
        .map((e) => e.kind)
        .filter(audit)
        .slice(0, 3),
    ).toEqual(['console-unlocked', 'kiosk-started', 'kiosk-exited']);
    expect(events.find((e) => e.kind === 'kiosk-exited')?.detail).toBe(
      'stopped without the console',
    );
  });
});
