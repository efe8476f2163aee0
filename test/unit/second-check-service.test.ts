// Second checks as staff tap them: only a counted refer can be given an outcome, once; a refused
// tap (none pending, a second tap for one refer, a full disk) changes nothing; the summary's share
// leaves the declined out and carries its Wilson interval.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../electron/contract/api.js';
import { CountsStore } from '../../electron/core/records/counts-store.js';
import { migrate } from '../../electron/core/records/migrations.js';
import type { KioskContext } from '../../electron/core/services/kiosk-context.js';
import {
  NONE_PENDING,
  SecondCheckService,
} from '../../electron/core/services/second-check-service.js';
import { tempDir } from '../support/paths.js';

const TODAY = '2026-11-02';

function setup(records?: CountsStore | { error: string }) {
  const store = records ?? new CountsStore(join(tempDir(), 'counts.sqlite'));
  const emitted: unknown[] = [];
  const notes: string[] = [];
  const context: KioskContext = {
    now: () => new Date(`${TODAY}T09:30:00Z`),
    local: () => ({ date: TODAY, hour: 9 }),
    log: () => undefined,
    note: (kind) => void notes.push(kind),
    emit: (event, payload) => void emitted.push([event, payload]),
  };
  const service = new SecondCheckService({
    context,
    records: store,
    settings: () => ({ kioskName: 'Main entrance' }),
    decision: () => ({ mode: 'threshold' }),
    site: () => null,
  });
  return { service, store, emitted, notes };
}

/** The refusal's sentence, or null when the call went through. */
function refusal(call: () => unknown): string | null {
  try {
    call();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiFailure);
    expect((error as ApiFailure).code).toBe('rejected');
    return (error as ApiFailure).message;
  }
}

const everything = { from: '2026-01-01', to: '2026-12-31' };

describe('second-check service', () => {
  it('refuses a tap when no refer is waiting: a tap cannot create one', () => {
    const { service, store, emitted } = setup();
    service.onCount('pass', true);
    service.onCount('retry', true);
    expect(service.pending).toBe(0);
    expect(refusal(() => service.record('confirmed'))).toBe(NONE_PENDING);
    expect(NONE_PENDING).toMatch(/^No referral is waiting for a second check; /);
    expect(service.pending).toBe(0);
    expect(store instanceof CountsStore && store.secondChecks.days(everything)).toEqual([]);
    expect(emitted).toEqual([]);
  });

  it('takes one tap per counted refer; a second tap for the same refer is refused', () => {
    const { service, store, emitted, notes } = setup();
    expect(service.onCount('refer', true)).toBe(true);
    expect(service.pending).toBe(1);
    expect(emitted).toEqual([['pendingReferrals', 1]]);
    expect(service.record('not-confirmed')).toEqual({ pending: 0 });
    expect(emitted).toEqual([
      ['pendingReferrals', 1],
      ['pendingReferrals', 0],
    ]);
    expect(refusal(() => service.record('confirmed'))).toBe(NONE_PENDING);
    const s = store as CountsStore;
    expect(s.secondChecks.hourly(everything)).toEqual([
      {
        date: TODAY,
        hour: 9,
        kiosk: 'Main entrance',
        confirmed: 0,
        notConfirmed: 1,
        declined: 0,
      },
    ]);
    expect(emitted).toHaveLength(2);
    // Nothing about the tap is noted beyond the count (no event, no time).
    expect(notes).toEqual([]);
  });

  it('does not wait for a refer the records refused (it was never shown)', () => {
    const { service, emitted } = setup();
    expect(service.onCount('refer', false)).toBe(false);
    expect(service.pending).toBe(0);
    expect(emitted).toEqual([]);
  });

  it('refuses a tap the disk cannot take, keeps the refer waiting, and takes it once there is room', () => {
    const path = join(tempDir(), 'counts.sqlite');
    const db = new Database(path);
    migrate(db, path);
    const store = new CountsStore(path, {}, db);
    // A real SQLITE_FULL: the file may not grow, and the table's pages are already full.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    let full = false;
    for (let day = 1; day <= 28 && !full; day++) {
      for (let hour = 0; hour < 24 && !full; hour++) {
        try {
          const date = `2026-02-${String(day).padStart(2, '0')}`;
          store.secondChecks.increment({ date, hour }, 'K', 'declined');
        } catch (error) {
          expect(String(error)).toMatch(/full/);
          full = true;
        }
      }
    }
    expect(full).toBe(true);
    const { service, emitted } = setup(store);
    service.onCount('refer', true);
    const before = store.secondChecks.days({ from: TODAY, to: TODAY });
    const sentence = refusal(() => service.record('confirmed'));
    expect(sentence).toMatch(/^The second check could not be saved \(.*full.*\); /);
    expect(sentence).toMatch(/the referral is still waiting/);
    expect(service.pending).toBe(1);
    expect(store.secondChecks.days({ from: TODAY, to: TODAY })).toEqual(before);
    expect(emitted).toEqual([['pendingReferrals', 1]]);

    db.pragma('max_page_count = 1000000');
    expect(service.record('confirmed')).toEqual({ pending: 0 });
    expect(store.secondChecks.days({ from: TODAY, to: TODAY })[0]?.confirmed).toBe(1);
    store.close();
  });

  it('refuses a tap when the records could not be opened, saying why', () => {
    const { service } = setup({ error: 'the counts database is read-only' });
    service.onCount('refer', true);
    expect(refusal(() => service.record('declined'))).toMatch(/read-only/);
    expect(service.pending).toBe(1);
    expect(refusal(() => service.summary(everything))).toMatch(/read-only/);
  });

  it('sums a range: the share of checked referrals confirmed (declined left out), its interval, and the refers', () => {
    const { service, store } = setup();
    const s = store as CountsStore;
    for (let i = 0; i < 263; i++) s.increment({ date: TODAY, hour: 9 }, 'K', 'refer');
    s.increment({ date: '2026-11-03', hour: 9 }, 'K', 'refer');
    for (let i = 0; i < 81; i++)
      s.secondChecks.increment({ date: TODAY, hour: 9 }, 'K', 'confirmed');
    for (let i = 0; i < 182; i++)
      s.secondChecks.increment({ date: TODAY, hour: 10 }, 'K', 'not-confirmed');
    for (let i = 0; i < 7; i++)
      s.secondChecks.increment({ date: '2026-11-01', hour: 9 }, 'K', 'declined');
    const summary = service.summary({ from: '2026-11-01', to: TODAY });
    expect(summary.days).toEqual([
      { date: '2026-11-01', confirmed: 0, notConfirmed: 0, declined: 7 },
      { date: TODAY, confirmed: 81, notConfirmed: 182, declined: 0 },
    ]);
    expect(summary.declined).toBe(7);
    expect(summary.referred).toBe(263);
    expect(summary.share.confirmed).toBe(81);
    expect(summary.share.checked).toBe(263);
    expect(summary.share.share).toBeCloseTo(81 / 263, 10);
    // Newcombe 1998, Table I: 81/263 → 0.2553–0.3662.
    expect(summary.share.low).toBeCloseTo(0.2553, 4);
    expect(summary.share.high).toBeCloseTo(0.3662, 4);

    const empty = service.summary({ from: '2025-01-01', to: '2025-01-31' });
    expect(empty.share).toEqual({ confirmed: 0, checked: 0, share: null, low: null, high: null });
    expect(empty.days).toEqual([]);
  });
});
