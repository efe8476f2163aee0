import { describe, expect, it } from 'vitest';
import { csvField } from '../../electron/core/records/csv-field.js';
import { toCsv } from '../../electron/core/records/hr-export-csv.js';
import type { ExportRow } from '../../electron/core/records/hr-export-rows.js';

const row = (kiosk: string, over: Partial<ExportRow> = {}): ExportRow => ({
  date: '2026-11-01',
  hour: null,
  kiosk,
  screened: 3,
  passed: 2,
  referred: 1,
  retried: 0,
  confirmed: 1,
  notConfirmed: 0,
  declined: 0,
  ...over,
});

const DAY_HEADER = 'date,kiosk,screened,passed,referred,retried,confirmed,not_confirmed,declined';

describe('csv', () => {
  it('writes the exact header and CRLF after every record, the last included', () => {
    expect(toCsv([row('Kiosk 1')], 'day')).toBe(
      `${DAY_HEADER}\r\n2026-11-01,Kiosk 1,3,2,1,0,1,0,0\r\n`,
    );
    expect(toCsv([], 'day')).toBe(`${DAY_HEADER}\r\n`);
  });

  it('writes hours as two digits 00–23 by hour', () => {
    const csv = toCsv(
      [row('K', { hour: 0 }), row('K', { hour: 7 }), row('K', { hour: 23 })],
      'hour',
    );
    expect(csv).toBe(
      'date,hour,kiosk,screened,passed,referred,retried,confirmed,not_confirmed,declined\r\n' +
        '2026-11-01,00,K,3,2,1,0,1,0,0\r\n' +
        '2026-11-01,07,K,3,2,1,0,1,0,0\r\n' +
        '2026-11-01,23,K,3,2,1,0,1,0,0\r\n',
    );
  });

  it('starts with the header, not a byte order mark', () => {
    const csv = toCsv([row('Café Nord')], 'day');
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 4).toString('latin1')).toBe('date');
    expect(csv).toContain('Café Nord');
  });

  it('writes suppressed counts as "<K" unquoted', () => {
    const csv = toCsv(
      [
        row('K', {
          screened: '<5',
          passed: '<5',
          referred: 0,
          retried: 5,
          confirmed: '<5',
          notConfirmed: 0,
          declined: 7,
        }),
      ],
      'day',
    );
    expect(csv.split('\r\n')[1]).toBe('2026-11-01,K,<5,<5,0,5,<5,0,7');
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['', ''],
  ])('quotes %j as RFC 4180 requires', (text, field) => {
    expect(csvField(text)).toBe(field);
  });

  it.each([
    ['=1+2', `"'=1+2"`],
    ['+41 22', `"'+41 22"`],
    ['-2', `"'-2"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['\rcmd', `"'\rcmd"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ])('defuses %j against spreadsheet formula injection', (text, field) => {
    expect(csvField(text)).toBe(field);
  });

  it('leaves safe text, dates and "<K" alone', () => {
    for (const text of ['<5', '2026-11-01', 'Main entrance', 'a=b', 'x-y', "'quoted"]) {
      expect(csvField(text)).toBe(text);
    }
  });

  it('defuses a kiosk name inside a whole record', () => {
    expect(toCsv([row('=cmd|calc')], 'day').split('\r\n')[1]).toBe(
      `2026-11-01,"'=cmd|calc",3,2,1,0,1,0,0`,
    );
  });
});
