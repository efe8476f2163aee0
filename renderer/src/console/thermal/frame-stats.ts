// Readings taken from one frame: a pixel's temperature and a region's mean (the live blackbody
// reading staff watch settle before a capture).
import type { Region, ThermalView } from '@contract/staff.js';
import { regionInside, type Cell } from './geometry.js';

type Frame = Pick<ThermalView, 'width' | 'height' | 'pixels'>;

export function pixelAt(frame: Frame, cell: Cell): number | null {
  if (cell.col < 0 || cell.row < 0 || cell.col >= frame.width || cell.row >= frame.height)
    return null;
  const c = frame.pixels[cell.row * frame.width + cell.col];
  return c === undefined || !Number.isFinite(c) ? null : c;
}

/** The mean over the region, or null when it does not lie inside the frame. */
export function regionMean(frame: Frame, region: Region): number | null {
  if (!regionInside(region, frame)) return null;
  let sum = 0;
  let n = 0;
  for (let r = region.row; r < region.row + region.height; r++) {
    for (let c = region.col; c < region.col + region.width; c++) {
      const v = frame.pixels[r * frame.width + c];
      if (v !== undefined && Number.isFinite(v)) {
        sum += v;
        n++;
      }
    }
  }
  return n > 0 ? sum / n : null;
}
