// Between the screen and the sensor: where the image sits in its box (aspect ratio kept), which
// sensor pixel a pointer is over, and regions as drawn rectangles. Column 0 is always the
// viewer's left: the image is never mirrored, not even in right-to-left languages.
import type { Region } from '@contract/staff.js';

export interface Size {
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Cell {
  col: number;
  row: number;
}

/** The largest rectangle with the image's aspect ratio that fits the box, centred in it. */
export function fitRect(box: Size, image: Size): Rect {
  if (box.width <= 0 || box.height <= 0 || image.width <= 0 || image.height <= 0)
    return { x: 0, y: 0, width: 0, height: 0 };
  const scale = Math.min(box.width / image.width, box.height / image.height);
  const width = image.width * scale;
  const height = image.height * scale;
  return { x: (box.width - width) / 2, y: (box.height - height) / 2, width, height };
}

const clampTo = (v: number, max: number): number => (v < 0 ? 0 : v > max ? max : v);

/**
 * The sensor pixel under a point given in the box's coordinates. Outside the image: null, or
 * with `clamp` the nearest edge pixel (a drag that leaves the image keeps following the edge).
 */
export function pointToCell(
  x: number,
  y: number,
  fit: Rect,
  image: Size,
  clamp: boolean,
): Cell | null {
  if (fit.width <= 0 || fit.height <= 0) return null;
  const col = Math.floor(((x - fit.x) / fit.width) * image.width);
  const row = Math.floor(((y - fit.y) / fit.height) * image.height);
  if (clamp) return { col: clampTo(col, image.width - 1), row: clampTo(row, image.height - 1) };
  if (col < 0 || row < 0 || col >= image.width || row >= image.height) return null;
  return { col, row };
}

/** The region covering both corner pixels, whichever way the drag went. */
export function regionFromCorners(a: Cell, b: Cell): Region {
  return {
    col: Math.min(a.col, b.col),
    row: Math.min(a.row, b.row),
    width: Math.abs(a.col - b.col) + 1,
    height: Math.abs(a.row - b.row) + 1,
  };
}

/** Whether the region lies wholly inside the image. */
export function regionInside(region: Region, image: Size): boolean {
  return (
    Number.isInteger(region.col) &&
    Number.isInteger(region.row) &&
    Number.isInteger(region.width) &&
    Number.isInteger(region.height) &&
    region.col >= 0 &&
    region.row >= 0 &&
    region.width >= 1 &&
    region.height >= 1 &&
    region.col + region.width <= image.width &&
    region.row + region.height <= image.height
  );
}

/** A region's rectangle within the drawn image. */
export function regionToRect(region: Region, fit: Rect, image: Size): Rect {
  const sx = fit.width / image.width;
  const sy = fit.height / image.height;
  return {
    x: fit.x + region.col * sx,
    y: fit.y + region.row * sy,
    width: region.width * sx,
    height: region.height * sy,
  };
}

export function sameRegion(a: Region | null, b: Region | null): boolean {
  if (a === null || b === null) return a === b;
  return a.col === b.col && a.row === b.row && a.width === b.width && a.height === b.height;
}
