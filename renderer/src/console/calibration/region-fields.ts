// The region typed as four numbers (the keyboard alternative to dragging): each field's allowed
// range follows the image and the other fields, so the region always lies inside the image.
import type { Region } from '@contract/staff.js';
import type { Size } from '../thermal/geometry.js';

export const REGION_FIELDS = ['col', 'row', 'width', 'height'] as const;
export type RegionField = (typeof REGION_FIELDS)[number];
export type RegionDraft = Record<RegionField, string>;

export interface FieldRange {
  min: number;
  max: number;
}

export interface CheckedRegion {
  /** The region when every field is valid, else null. */
  region: Region | null;
  /** The range each invalid field must be in. */
  errors: Partial<Record<RegionField, FieldRange>>;
}

export function regionDraft(region: Region | null): RegionDraft {
  if (!region) return { col: '', row: '', width: '', height: '' };
  return {
    col: String(region.col),
    row: String(region.row),
    width: String(region.width),
    height: String(region.height),
  };
}

function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}

const within = (v: number | null, r: FieldRange): v is number =>
  v !== null && v >= r.min && v <= r.max;

/** The range each field may take, given the image and the fields it depends on. */
export function fieldRanges(draft: RegionDraft, image: Size): Record<RegionField, FieldRange> {
  const colRange = { min: 0, max: image.width - 1 };
  const rowRange = { min: 0, max: image.height - 1 };
  const col = wholeNumber(draft.col);
  const row = wholeNumber(draft.row);
  return {
    col: colRange,
    row: rowRange,
    width: { min: 1, max: image.width - (within(col, colRange) ? col : 0) },
    height: { min: 1, max: image.height - (within(row, rowRange) ? row : 0) },
  };
}

export function checkRegionDraft(draft: RegionDraft, image: Size): CheckedRegion {
  const ranges = fieldRanges(draft, image);
  const errors: CheckedRegion['errors'] = {};
  const values: Partial<Record<RegionField, number>> = {};
  for (const field of REGION_FIELDS) {
    const v = wholeNumber(draft[field]);
    if (within(v, ranges[field])) values[field] = v;
    else errors[field] = ranges[field];
  }
  const { col, row, width, height } = values;
  const complete =
    col !== undefined && row !== undefined && width !== undefined && height !== undefined;
  return { region: complete ? { col, row, width, height } : null, errors };
}
