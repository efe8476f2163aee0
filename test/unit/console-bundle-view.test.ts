// The Export tab's bundle section without React: which ranges can be one bundle (both days
// included, at most MAX_BUNDLE_DAYS), and the fingerprint split into groups whose text, joined,
// is the fingerprint exactly (what HR copies from the page).
import { describe, expect, it } from 'vitest';
import { FingerprintSchema, MAX_BUNDLE_DAYS } from '../../electron/contract/bundle.js';
import {
  bundleRangeProblem,
  fingerprintGroups,
  leftToRight,
  ownDirection,
} from '../../renderer/src/console/export/bundle-view.js';
import { addDays } from '../../renderer/src/console/export/export-form.js';

describe('console bundle section', () => {
  it('asks for the fields to be fixed when the export form has no range', () => {
    expect(bundleRangeProblem(null)).toBe('fix-fields');
  });

  it('takes ranges up to MAX_BUNDLE_DAYS days, both ends included, and refuses one day more', () => {
    const from = '2024-01-01';
    expect(bundleRangeProblem({ from, to: from })).toBeNull();
    expect(bundleRangeProblem({ from, to: addDays(from, MAX_BUNDLE_DAYS - 1) })).toBeNull();
    expect(bundleRangeProblem({ from, to: addDays(from, MAX_BUNDLE_DAYS) })).toBe('too-long');
  });

  it('splits a fingerprint into its 8 groups, the copied text unchanged', () => {
    const fingerprint = 'ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567';
    expect(FingerprintSchema.safeParse(fingerprint).success).toBe(true);
    const groups = fingerprintGroups(fingerprint);
    expect(groups).toHaveLength(8);
    expect(groups[0]).toBe('ABCD-');
    expect(groups[7]).toBe('4567');
    expect(groups.join('')).toBe(fingerprint);
  });

  it('isolates left-to-right text for a right-to-left sentence', () => {
    expect(leftToRight('/media/usb')).toBe('\u2066/media/usb\u2069');
    expect(ownDirection('Not there.')).toBe('\u2068Not there.\u2069');
  });
});
