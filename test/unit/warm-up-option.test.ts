// `--warm-up MINUTES`: parsed for this run (decimals allowed), the demo's shorter defaults, bad
// values refused with a sentence; and the setting itself bounded by the contract.
import { describe, expect, it } from 'vitest';
import { DEMO_WARM_UP_MINUTES, parseRunOptions } from '../../electron/app/options.js';
import { DEFAULT_SETTINGS, KioskSettingsSchema } from '../../electron/contract/settings.js';

describe('--warm-up', () => {
  it('overrides the setting for this run, decimals allowed', () => {
    expect(parseRunOptions(['--warm-up', '0'], false).warmUpMinutes).toBe(0);
    expect(parseRunOptions(['--warm-up', '0.1'], true).warmUpMinutes).toBe(0.1);
    expect(parseRunOptions(['--warm-up', '120'], false).warmUpMinutes).toBe(120);
    expect(
      parseRunOptions(['--warm-up', '2', '--headless', '--people', '3'], true).warmUpMinutes,
    ).toBe(2);
  });

  it('leaves a real kiosk on its setting; the demo shortens it, headless to nothing', () => {
    expect(parseRunOptions([], false).warmUpMinutes).toBeNull();
    expect(parseRunOptions([], true).warmUpMinutes).toBe(DEMO_WARM_UP_MINUTES);
    expect(DEMO_WARM_UP_MINUTES).toBe(0.5);
    expect(parseRunOptions(['--headless', '--people', '3'], true).warmUpMinutes).toBe(0);
  });

  it.each(['-1', '121', 'half', '', '1e9', 'NaN', 'Infinity', '30min'])(
    'refuses %j with a sentence saying what to type',
    (raw) => {
      expect(() => parseRunOptions([`--warm-up=${raw}`], false)).toThrow(
        `--warm-up must be minutes from 0 to 120 (e.g. 30, or 0.5 for 30 seconds; 0 screens at once), got "${raw}"`,
      );
    },
  );
});

describe('the warmUpMinutes setting', () => {
  it('accepts 0 to 120 minutes and refuses the rest with a sentence', () => {
    const withWarmUp = (warmUpMinutes: unknown) =>
      KioskSettingsSchema.safeParse({ ...DEFAULT_SETTINGS, warmUpMinutes });
    expect(withWarmUp(0).success).toBe(true);
    expect(withWarmUp(0.5).success).toBe(true);
    expect(withWarmUp(120).success).toBe(true);
    const high = withWarmUp(121);
    expect(high.success).toBe(false);
    expect(high.error?.issues[0]?.message).toBe('must be at most 120');
    expect(withWarmUp(-0.5).error?.issues[0]?.message).toBe('must be at least 0');
    expect(withWarmUp('30').error?.issues[0]?.message).toBe('enter a number');
  });
});
