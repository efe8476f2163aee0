// The second checks' counts: per local day, hour, kiosk and outcome (one row however many taps),
// summed by day for the console and by hour for the HR export, and deleted with the retention.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CountsStore } from '../../electron/core/records/counts-store.js';
import { tempDir } from '../support/paths.js';

const at = (date: string, hour: number) => ({ date, hour });

function store(): { store: CountsStore; path: string } {
  const path = join(tempDir(), 'counts.sqlite');
  return { store: new CountsStore(path), path };
}

describe('second-check store', () => {
  it('keeps one row per day, hour, kiosk and outcome, however many taps', () => {
    const { store: s, path } = store();
    for (let i = 0; i < 5; i++) s.secondChecks.increment(at('2026-11-02', 9), 'K', 'confirmed');
    s.secondChecks.increment(at('2026-11-02', 9), 'K', 'not-confirmed');
    s.secondChecks.increment(at('2026-11-02', 10), 'K', 'confirmed');
    s.close();
    const db = new Database(path, { readonly: true });
    const rows = db.prepare('SELECT * FROM second_checks ORDER BY hour, outcome').all();
    db.close();
    expect(rows).toEqual([
      { day: '2026-11-02', hour: 9, kiosk: 'K', outcome: 'confirmed', count: 5 },
      { day: '2026-11-02', hour: 9, kiosk: 'K', outcome: 'not-confirmed', count: 1 },
      { day: '2026-11-02', hour: 10, kiosk: 'K', outcome: 'confirmed', count: 1 },
    ]);
  });

  it('sums a range by day (kiosks and hours together) and lists its hours by kiosk', () => {
    const { store: s } = store();
    const checks = s.secondChecks;
    checks.increment(at('2026-11-01', 23), 'A', 'declined');
    checks.increment(at('2026-11-02', 8), 'A', 'confirmed');
    checks.increment(at('2026-11-02', 8), 'B', 'confirmed');
    checks.increment(at('2026-11-02', 17), 'A', 'not-confirmed');
    checks.increment(at('2026-11-04', 8), 'A', 'confirmed');
    expect(checks.days({ from: '2026-11-02', to: '2026-11-03' })).toEqual([
      { date: '2026-11-02', confirmed: 2, notConfirmed: 1, declined: 0 },
    ]);
    expect(checks.days({ from: '2026-11-01', to: '2026-11-04' }).map((d) => d.date)).toEqual([
      '2026-11-01',
      '2026-11-02',
      '2026-11-04',
    ]);
    expect(checks.hourly({ from: '2026-11-02', to: '2026-11-02' })).toEqual([
      { date: '2026-11-02', hour: 8, kiosk: 'A', confirmed: 1, notConfirmed: 0, declined: 0 },
      { date: '2026-11-02', hour: 8, kiosk: 'B', confirmed: 1, notConfirmed: 0, declined: 0 },
      { date: '2026-11-02', hour: 17, kiosk: 'A', confirmed: 0, notConfirmed: 1, declined: 0 },
    ]);
    // Separate from the screening counts: neither adds to the other.
    expect(s.counts({ from: '2026-11-01', to: '2026-11-04' })).toEqual([]);
    s.close();
  });

  it('is pruned with the counts and events by the retention', () => {
    const { store: s } = store();
    s.secondChecks.increment(at('2026-10-01', 9), 'K', 'confirmed');
    s.secondChecks.increment(at('2026-10-02', 9), 'K', 'declined');
    s.secondChecks.increment(at('2026-10-03', 9), 'K', 'declined');
    s.increment(at('2026-10-01', 9), 'K', 'refer');
    expect(s.prune('2026-10-03')).toEqual({ counts: 1, events: 0, secondChecks: 2 });
    expect(s.secondChecks.days({ from: '2026-01-01', to: '2026-12-31' })).toEqual([
      { date: '2026-10-03', confirmed: 0, notConfirmed: 0, declined: 1 },
    ]);
    s.close();
  });

  it('refuses what the table does not allow (an unknown outcome, an hour out of range)', () => {
    const { store: s } = store();
    expect(() =>
      s.secondChecks.increment(at('2026-11-02', 9), 'K', 'maybe' as 'confirmed'),
    ).toThrow(/CHECK constraint/);
    expect(() => s.secondChecks.increment(at('2026-11-02', 24), 'K', 'confirmed')).toThrow(
      /CHECK constraint/,
    );
    expect(s.secondChecks.days({ from: '2026-01-01', to: '2026-12-31' })).toEqual([]);
    s.close();
  });
});
