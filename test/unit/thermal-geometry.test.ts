import { describe, expect, it } from 'vitest';
import { pixelAt, regionMean } from '../../renderer/src/console/thermal/frame-stats.js';
import {
  fitRect,
  pointToCell,
  regionFromCorners,
  regionInside,
  regionToRect,
  sameRegion,
} from '../../renderer/src/console/thermal/geometry.js';

const image = { width: 32, height: 24 };

describe('fitting the image to its box', () => {
  it('keeps the aspect ratio and centres the image (letterbox or pillarbox)', () => {
    expect(fitRect({ width: 640, height: 480 }, image)).toEqual({
      x: 0,
      y: 0,
      width: 640,
      height: 480,
    });
    expect(fitRect({ width: 1000, height: 480 }, image)).toEqual({
      x: 180,
      y: 0,
      width: 640,
      height: 480,
    });
    expect(fitRect({ width: 320, height: 480 }, image)).toEqual({
      x: 0,
      y: 120,
      width: 320,
      height: 240,
    });
  });

  it('is empty for an empty box', () => {
    expect(fitRect({ width: 0, height: 100 }, image)).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});

describe('pointer to sensor pixel', () => {
  const fit = fitRect({ width: 1000, height: 480 }, image); // 20 px per sensor pixel, 180 px left

  it('finds the pixel under the point, column 0 on the left', () => {
    expect(pointToCell(180, 0, fit, image, false)).toEqual({ col: 0, row: 0 });
    expect(pointToCell(199.9, 19.9, fit, image, false)).toEqual({ col: 0, row: 0 });
    expect(pointToCell(200, 20, fit, image, false)).toEqual({ col: 1, row: 1 });
    expect(pointToCell(819.9, 479.9, fit, image, false)).toEqual({ col: 31, row: 23 });
  });

  it('is null outside the image, unless clamped to its nearest edge pixel', () => {
    expect(pointToCell(100, 10, fit, image, false)).toBeNull();
    expect(pointToCell(820, 10, fit, image, false)).toBeNull();
    expect(pointToCell(500, -3, fit, image, false)).toBeNull();
    expect(pointToCell(100, -50, fit, image, true)).toEqual({ col: 0, row: 0 });
    expect(pointToCell(950, 900, fit, image, true)).toEqual({ col: 31, row: 23 });
    expect(pointToCell(500, 900, fit, image, true)).toEqual({ col: 16, row: 23 });
  });

  it('is null while the box has no size', () => {
    expect(pointToCell(1, 1, { x: 0, y: 0, width: 0, height: 0 }, image, true)).toBeNull();
  });
});

describe('drag to region', () => {
  it('covers both corner pixels whichever way the drag went', () => {
    const expected = { col: 3, row: 2, width: 5, height: 4 };
    expect(regionFromCorners({ col: 3, row: 2 }, { col: 7, row: 5 })).toEqual(expected);
    expect(regionFromCorners({ col: 7, row: 5 }, { col: 3, row: 2 })).toEqual(expected);
    expect(regionFromCorners({ col: 7, row: 2 }, { col: 3, row: 5 })).toEqual(expected);
    expect(regionFromCorners({ col: 3, row: 5 }, { col: 7, row: 2 })).toEqual(expected);
  });

  it('is one pixel for a tap', () => {
    expect(regionFromCorners({ col: 4, row: 4 }, { col: 4, row: 4 })).toEqual({
      col: 4,
      row: 4,
      width: 1,
      height: 1,
    });
  });

  it('stays inside the image when the drag was clamped', () => {
    const fit = fitRect({ width: 640, height: 480 }, image);
    const a = pointToCell(600, 400, fit, image, true)!;
    const b = pointToCell(5000, 5000, fit, image, true)!;
    expect(regionInside(regionFromCorners(a, b), image)).toBe(true);
  });
});

describe('regions', () => {
  it('lie inside the image only when wholly within it', () => {
    expect(regionInside({ col: 0, row: 0, width: 32, height: 24 }, image)).toBe(true);
    expect(regionInside({ col: 30, row: 0, width: 3, height: 1 }, image)).toBe(false);
    expect(regionInside({ col: 0, row: 23, width: 1, height: 2 }, image)).toBe(false);
    expect(regionInside({ col: 0, row: 0, width: 0, height: 1 }, image)).toBe(false);
    expect(regionInside({ col: 1.5, row: 0, width: 1, height: 1 }, image)).toBe(false);
  });

  it('map onto the drawn image', () => {
    const fit = fitRect({ width: 1000, height: 480 }, image);
    expect(regionToRect({ col: 1, row: 2, width: 3, height: 4 }, fit, image)).toEqual({
      x: 200,
      y: 40,
      width: 60,
      height: 80,
    });
  });

  it('compare by value', () => {
    const r = { col: 1, row: 2, width: 3, height: 4 };
    expect(sameRegion(r, { ...r })).toBe(true);
    expect(sameRegion(r, { ...r, width: 5 })).toBe(false);
    expect(sameRegion(null, null)).toBe(true);
    expect(sameRegion(r, null)).toBe(false);
  });
});

describe('frame readings', () => {
  // 3×2: row 0 = 20 21 22, row 1 = 30 31 32
  const frame = { width: 3, height: 2, pixels: [20, 21, 22, 30, 31, 32] };

  it('reads one pixel, row-major', () => {
    expect(pixelAt(frame, { col: 2, row: 1 })).toBe(32);
    expect(pixelAt(frame, { col: 0, row: 1 })).toBe(30);
    expect(pixelAt(frame, { col: 3, row: 0 })).toBeNull();
  });

  it('averages a region, or gives null when it is not inside the frame', () => {
    expect(regionMean(frame, { col: 1, row: 0, width: 2, height: 2 })).toBeCloseTo(26.5);
    expect(regionMean(frame, { col: 2, row: 0, width: 2, height: 1 })).toBeNull();
  });
});
