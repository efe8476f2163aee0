import { describe, expect, it } from 'vitest';
import {
  checkRegionDraft,
  fieldRanges,
  regionDraft,
} from '../../renderer/src/console/calibration/region-fields.js';

const image = { width: 32, height: 24 };
const draft = (col: string, row: string, width: string, height: string) => ({
  col,
  row,
  width,
  height,
});

describe('typed blackbody region', () => {
  it('round-trips a region through the four fields', () => {
    const region = { col: 26, row: 2, width: 4, height: 3 };
    expect(checkRegionDraft(regionDraft(region), image)).toEqual({ region, errors: {} });
    expect(regionDraft(null)).toEqual(draft('', '', '', ''));
  });

  it('limits each field to what keeps the region inside the image', () => {
    expect(fieldRanges(draft('26', '20', '1', '1'), image)).toEqual({
      col: { min: 0, max: 31 },
      row: { min: 0, max: 23 },
      width: { min: 1, max: 6 },
      height: { min: 1, max: 4 },
    });
    // An invalid start does not narrow the size's range.
    expect(fieldRanges(draft('99', 'x', '1', '1'), image).width).toEqual({ min: 1, max: 32 });
  });

  it('says which fields are wrong and gives no region until all are right', () => {
    const tooWide = checkRegionDraft(draft('28', '0', '5', '2'), image);
    expect(tooWide.region).toBeNull();
    expect(tooWide.errors).toEqual({ width: { min: 1, max: 4 } });

    const outside = checkRegionDraft(draft('32', '24', '1', '1'), image);
    expect(outside.errors.col).toEqual({ min: 0, max: 31 });
    expect(outside.errors.row).toEqual({ min: 0, max: 23 });
  });

  it('accepts whole numbers only', () => {
    for (const bad of ['', ' ', '1.5', '-1', '2e1', 'abc', '0x10']) {
      expect(checkRegionDraft(draft(bad, '0', '1', '1'), image).errors.col).toBeDefined();
    }
    expect(checkRegionDraft(draft(' 3 ', '0', '1', '1'), image).region).toEqual({
      col: 3,
      row: 0,
      width: 1,
      height: 1,
    });
  });

  it('rejects an empty region', () => {
    expect(checkRegionDraft(draft('0', '0', '0', '1'), image).errors.width).toEqual({
      min: 1,
      max: 32,
    });
  });
});
