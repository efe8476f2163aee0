// Local dates and hours where the kiosk stands (counts are kept per local day and hour): across
// daylight-saving changes, across time zones, and calendar arithmetic on dates.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  eachDate,
  localTime,
} from '../../electron/core/records/local-date.js';

const NY = 'America/New_York';

/** Where an instant (UTC) falls in New York: its local date and hour. */
const inNewYork = (utc: string) => localTime(new Date(utc), NY);

describe('local dates and hours', () => {
  it('follows the time zone across the spring-forward change (no 02:00 that night)', () => {
    // 2026-03-08: clocks go from 02:00 EST to 03:00 EDT (07:00 UTC).
    expect(inNewYork('2026-03-08T06:59:59Z')).toEqual({ date: '2026-03-08', hour: 1 });
    expect(inNewYork('2026-03-08T07:00:00Z')).toEqual({ date: '2026-03-08', hour: 3 });
    // Midnight local is 04:00 UTC after the change, 05:00 before.
    expect(inNewYork('2026-03-09T03:59:59Z')).toEqual({ date: '2026-03-08', hour: 23 });
    expect(inNewYork('2026-03-09T04:00:00Z')).toEqual({ date: '2026-03-09', hour: 0 });
  });

  it('counts the repeated hour of the fall-back change as the same local hour', () => {
    // 2026-11-01: 01:00–01:59 happens twice (EDT 05:xx UTC, then EST 06:xx UTC).
    expect(inNewYork('2026-11-01T05:30:00Z')).toEqual({ date: '2026-11-01', hour: 1 });
    expect(inNewYork('2026-11-01T06:30:00Z')).toEqual({ date: '2026-11-01', hour: 1 });
    expect(inNewYork('2026-11-01T07:30:00Z')).toEqual({ date: '2026-11-01', hour: 2 });
    expect(inNewYork('2026-11-02T04:59:59Z')).toEqual({ date: '2026-11-01', hour: 23 });
  });

  it('puts an instant on the date where the kiosk stands, not UTC’s', () => {
    const instant = new Date('2026-11-24T23:30:00Z');
    expect(localTime(instant, 'UTC')).toEqual({ date: '2026-11-24', hour: 23 });
    expect(localTime(instant, 'Asia/Tokyo')).toEqual({ date: '2026-11-25', hour: 8 });
    expect(localTime(instant, 'Pacific/Honolulu')).toEqual({ date: '2026-11-24', hour: 13 });
  });

  it('does calendar arithmetic on dates, whatever the daylight-saving rules', () => {
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-11-24', -90)).toBe('2026-08-26');
    expect(daysBetween('2026-10-25', '2026-11-02')).toBe(8);
    expect(eachDate('2026-10-31', '2026-11-02')).toEqual([
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
    ]);
    expect(eachDate('2026-11-02', '2026-11-01')).toEqual([]);
  });
});
