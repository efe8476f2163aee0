import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatNumber,
  formatShortDate,
  formatTemperature,
  inputNumber,
  parseNumber,
} from '../../renderer/src/i18n/format.js';

// The page's one set of formatters (walk-through screen, console, live view).
describe('number, date and temperature formatting', () => {
  it('shows the language’s decimal sign with Latin digits', () => {
    expect(formatNumber(35.44, 'en', 1)).toBe('35.4');
    expect(formatNumber(35.44, 'fr', 1)).toBe('35,4');
    expect(formatNumber(35.44, 'ar', 1)).toMatch(/^35[.,٫]4$/);
    expect(formatNumber(1234.5, 'en', 1)).toBe('1234.5');
  });

  it('never shows a negative zero', () => {
    expect(formatNumber(-0.01, 'en', 1)).toBe('0.0');
  });

  it('puts a plain number into inputs', () => {
    expect(inputNumber(95.00000001, 2)).toBe('95');
    expect(inputNumber(36.666, 2)).toBe('36.67');
  });

  it('reads typed numbers, with a decimal comma too', () => {
    expect(parseNumber('36.5')).toBe(36.5);
    expect(parseNumber(' 36,5 ')).toBe(36.5);
    expect(parseNumber('-3')).toBe(-3);
    expect(parseNumber('.5')).toBe(0.5);
    for (const bad of ['', 'abc', '1e3', '36.5.1', '--1', 'Infinity'])
      expect(parseNumber(bad)).toBeNull();
  });

  it('writes calendar dates as the language does, and passes unreadable ones through', () => {
    expect(formatDate('2026-03-05', 'en')).toBe('March 5, 2026');
    expect(formatDate('2026-03-05', 'fr')).toBe('5 mars 2026');
    expect(formatDate('2026-03-05T10:30:00Z', 'en')).toMatch(/2026/);
    expect(formatDate('soon', 'en')).toBe('soon');
  });

  it('writes temperatures in the chosen unit with one decimal by default', () => {
    expect(formatTemperature(36.8, 'C', 'en')).toBe('36.8');
    expect(formatTemperature(36.8, 'C', 'fr')).toBe('36,8');
    expect(formatTemperature(37, 'F', 'en')).toBe('98.6');
    expect(formatTemperature(36.84, 'C', 'en', 2)).toBe('36.84');
  });

  it('groups counts as the language does, with Latin digits', () => {
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatCount(12345, 'ar')).toMatch(/^12.?345$/);
    expect(formatShortDate('2026-03-05', 'en')).toBe('Mar 5');
  });
});
