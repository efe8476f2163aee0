// The Export tab's pure logic: the default range (the last 30 local days, today included), the
// form read back with the contract's ExportQuerySchema (each problem named on its field), the
// days without counts filled with zeros, and the totals.
import { describe, expect, it } from 'vitest';
import { MAX_EXPORT_DAYS, SUPPRESS_LIMITS } from '../../electron/contract/export.js';
import type { DailyCount } from '../../electron/contract/schemas.js';
import {
  addDays,
  dayNumber,
  defaultExportForm,
  fillDays,
  localDate,
  readExportForm,
  totals,
  type ExportForm,
} from '../../renderer/src/console/export/export-form.js';

const form: ExportForm = { from: '2026-03-01', to: '2026-03-30', by: 'day', suppress: '' };

function count(date: string, pass: number, refer: number, retry: number): DailyCount {
  return { date, screened: pass + refer + retry, pass, refer, retry };
}

describe('export range defaults', () => {
  it('covers the last 30 local days, today included', () => {
    const f = defaultExportForm(new Date(2026, 2, 15, 23, 59));
    expect(f).toEqual({ from: '2026-02-14', to: '2026-03-15', by: 'day', suppress: '' });
    expect(dayNumber(f.to) - dayNumber(f.from) + 1).toBe(30);
  });

  it('writes local calendar days, and counts across months, leap days and DST', () => {
    expect(localDate(new Date(2026, 0, 5, 0, 1))).toBe('2026-01-05');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('reading the export form', () => {
  it('sends a valid query, the threshold as a number or null', () => {
    expect(readExportForm(form)).toEqual({
      ok: true,
      query: { from: '2026-03-01', to: '2026-03-30', by: 'day', suppressBelow: null },
    });
    const read = readExportForm({ ...form, by: 'hour', suppress: ' 5 ' });
    expect(read).toMatchObject({ ok: true, query: { by: 'hour', suppressBelow: 5 } });
  });

  it('accepts a single day and the longest range', () => {
    expect(readExportForm({ ...form, to: form.from }).ok).toBe(true);
    const last = addDays(form.from, MAX_EXPORT_DAYS - 1);
    expect(readExportForm({ ...form, to: last }).ok).toBe(true);
    expect(readExportForm({ ...form, to: addDays(last, 1) })).toMatchObject({
      ok: false,
      problems: { to: 'too-long' },
      first: 'to',
    });
  });

  it('says when "from" is after "to"', () => {
    expect(readExportForm({ ...form, from: '2026-04-01' })).toEqual({
      ok: false,
      problems: { to: 'order' },
      first: 'to',
    });
  });

  it('names empty and impossible dates on their own field', () => {
    expect(readExportForm({ ...form, from: '' })).toMatchObject({
      ok: false,
      problems: { from: 'date' },
      first: 'from',
    });
    const both = readExportForm({ ...form, from: '2026-02-30', to: 'soon' });
    expect(both).toMatchObject({ ok: false, problems: { from: 'date', to: 'date' } });
  });

  it('refuses a threshold out of bounds or not whole, without hiding a bad range', () => {
    for (const bad of ['1', String(SUPPRESS_LIMITS.max + 1), '2.5', '-3', 'abc', '1e1']) {
      expect(readExportForm({ ...form, suppress: bad }), bad).toMatchObject({
        ok: false,
        problems: { suppress: 'suppress' },
        first: 'suppress',
      });
    }
    for (const good of ['2', '10', String(SUPPRESS_LIMITS.max)])
      expect(readExportForm({ ...form, suppress: good }).ok).toBe(true);
    const both = readExportForm({ ...form, from: '2026-04-01', suppress: '1' });
    expect(both).toMatchObject({ ok: false, problems: { to: 'order', suppress: 'suppress' } });
  });
});

describe('zero-filled days and totals', () => {
  it('gives every day of the range, oldest first, zeros where the kiosk has none', () => {
    const days = fillDays('2026-02-27', '2026-03-02', [
      count('2026-03-01', 3, 1, 0),
      count('2026-02-27', 1, 0, 2),
    ]);
    expect(days.map((d) => d.date)).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(days[1]).toEqual({ date: '2026-02-28', screened: 0, pass: 0, refer: 0, retry: 0 });
    expect(days[2]).toEqual(count('2026-03-01', 3, 1, 0));
  });

  it('ignores counts outside the range, and gives one day for a one-day range', () => {
    expect(fillDays('2026-03-01', '2026-03-01', [count('2026-02-01', 5, 0, 0)])).toEqual([
      { date: '2026-03-01', screened: 0, pass: 0, refer: 0, retry: 0 },
    ]);
  });

  it('adds the range up', () => {
    const days = fillDays('2026-03-01', '2026-03-03', [
      count('2026-03-01', 3, 1, 0),
      count('2026-03-03', 2, 0, 1),
    ]);
    expect(totals(days)).toEqual({ screened: 7, pass: 5, refer: 1, retry: 1 });
    expect(totals([])).toEqual({ screened: 0, pass: 0, refer: 0, retry: 0 });
  });
});
