// Both persistences keep device events and give back the latest, newest first; noting one never
// throws into the caller (a full disk must not stop a PIN check).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DEVICE_EVENTS } from '../../electron/contract/device-events.js';
import { sqlitePersistence } from '../../electron/app/persistence.js';
import { memoryPersistence } from '../../electron/core/kiosk-persistence.js';
import { CountsStore } from '../../electron/core/records/counts-store.js';
import { tempDir } from '../support/paths.js';

/** A clock that moves a minute per reading, from a fixed morning. */
function minutes(): () => Date {
  let n = 0;
  return () => new Date(Date.UTC(2026, 10, 24, 9, n++));
}

describe('device events in persistence', () => {
  it('in memory: newest first, as many as asked, bounded to what one call may return', () => {
    const persistence = memoryPersistence(minutes());
    expect(persistence.recentEvents(20)).toEqual([]);
    persistence.recordEvent('kiosk-started');
    persistence.recordEvent('pin-failed', 'staff 1 of 5 tries');
    persistence.recordEvent('console-unlocked', 'staff');
    expect(persistence.recentEvents(2)).toEqual([
      {
        at: '2026-11-24T09:02:00Z',
        day: expect.any(String),
        kind: 'console-unlocked',
        detail: 'staff',
      },
      {
        at: '2026-11-24T09:01:00Z',
        day: expect.any(String),
        kind: 'pin-failed',
        detail: 'staff 1 of 5 tries',
      },
    ]);
    for (let i = 0; i < MAX_DEVICE_EVENTS; i++) persistence.recordEvent('settings-changed', `${i}`);
    const all = persistence.recentEvents(MAX_DEVICE_EVENTS + 10);
    expect(all).toHaveLength(MAX_DEVICE_EVENTS);
    expect(all[0]!.detail).toBe(`${MAX_DEVICE_EVENTS - 1}`);
    expect(all.some((e) => e.kind === 'kiosk-started')).toBe(false);
  });

  it('in the database: newest first; noting one on a closed database logs instead of throwing', () => {
    const records = new CountsStore(join(tempDir(), 'kiosk.sqlite'));
    const logged: string[] = [];
    const persistence = sqlitePersistence(records, minutes(), (line) => logged.push(line));
    persistence.recordEvent('pin-failed', 'staff 1 of 5 tries');
    persistence.recordEvent('pin-locked-out', 'staff locked out for 30 s after 5 wrong PINs');
    expect(persistence.recentEvents(20).map((e) => [e.at, e.kind])).toEqual([
      ['2026-11-24T09:01:00Z', 'pin-locked-out'],
      ['2026-11-24T09:00:00Z', 'pin-failed'],
    ]);
    records.close();
    expect(() => persistence.recordEvent('pin-failed', 'staff 2 of 5 tries')).not.toThrow();
    expect(logged).toEqual([expect.stringMatching(/could not note a pin-failed event/)]);
  });

  it('keeps an event the database refused (a full disk) and writes it first once it can', () => {
    const records = new CountsStore(join(tempDir(), 'kiosk.sqlite'));
    const persistence = sqlitePersistence(records, minutes(), () => undefined);
    const add = records.events.add.bind(records.events);
    let full = true;
    records.events.add = (...args) => {
      if (full) throw new Error('database or disk is full');
      add(...args);
    };
    persistence.recordEvent('screening-paused', 'records-unavailable');
    expect(persistence.recentEvents(20)).toEqual([]);
    full = false;
    persistence.recordEvent('screening-resumed', 'records-unavailable');
    expect(persistence.recentEvents(20).map((e) => [e.at, e.kind])).toEqual([
      ['2026-11-24T09:01:00Z', 'screening-resumed'],
      ['2026-11-24T09:00:00Z', 'screening-paused'],
    ]);
    records.close();
  });
});
