// The warm-up countdown's m:ss, as the paused screen and the Status tab show it.
import { describe, expect, it } from 'vitest';
import { formatCountdown } from '../../renderer/src/walkthrough/countdown-format.js';

describe('formatCountdown', () => {
  it('writes minutes and two-digit seconds, Latin digits, up to the longest warm-up', () => {
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(6)).toBe('0:06');
    expect(formatCountdown(59)).toBe('0:59');
    expect(formatCountdown(60)).toBe('1:00');
    expect(formatCountdown(30 * 60 - 1)).toBe('29:59');
    expect(formatCountdown(120 * 60)).toBe('120:00');
  });
});
