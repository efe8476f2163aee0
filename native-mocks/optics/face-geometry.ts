// The anatomy of a simulated person, drawn once per person at 1 mm (face, hair, ears, neck) and
// 5 mm (clothed shoulders and torso): which cells hold skin or another surface, and each cell's
// temperature as a rule T = room + factor × (faceMax − room + rel). Skin has factor 1, so its
// temperature is the face maximum + rel; hair, cloth and coverings sit between skin and room.
//
// Geometry, in mm of a face 150 mm wide (bizygomatic breadth; scaled to the person's width), x to
// the viewer's right, y down, origin at the middle of the face outline: inner canthi at
// (±16, −17) (intercanthal distance ~32 mm), eyes (±33, −17), forehead from the brows (−31) to
// the hairline (−80), nose tip (0, 28), mouth (0, 52), chin (0, 100), ears at ±79, neck to the
// shoulders at y 150–215, torso to 1.2 m below the face.
//
// Temperatures: the FDA regions (fda-face-stats.ts) fix the canthi, forehead and mouth of each
// person; the rest are stated assumptions (FaceTraits and the anchors below), interpolated
// smoothly between anchor points (inverse squared distance). The inner canthus is a Gaussian
// peak on a base 1.2 °C below it, its width set so that the mean over a 12 mm square (the FDA
// study's 13 × 13-pixel canthus region, taken as ~0.9 mm pixels) matches the subject's region
// mean; the cornea reads 1.0 °C and the outer canthus 1.5 °C below the inner canthus (TVST 2022
// 11(9):12: inner canthus 34.3, cornea 33.3, outer canthus 32.8, forehead 33.4 °C).
// Peaks sit on cell centres, so the hottest 1 mm cell of a bare face is exactly its maximum.
//
// Variants cover skin with a surface between skin and room (FaceTraits.coverFactor): glasses
// (two 46 × 32 mm lenses over the eyes and inner canthi, opaque in the thermal infrared, a bridge
// and arms), a hat (everything above 62 mm over the face centre, with a brim: the top forehead
// point is hidden) and a mask (nose, cheeks' inner part, mouth and chin, with straps).

export const FACE_VARIANTS = ['bare', 'glasses', 'hat', 'mask'] as const;
export type FaceVariant = (typeof FACE_VARIANTS)[number];

/** Skin temperatures relative to the face maximum (°C, ≤ 0), from one FDA subject. */
export interface FaceRegionsRel {
  canthusRightMax: number;
  canthusLeftMax: number;
  canthusRightMean: number;
  canthusLeftMean: number;
  foreheadCentre: number;
  foreheadRight: number;
  foreheadLeft: number;
  foreheadBottom: number;
  foreheadTop: number;
  foreheadMax: number;
  mouthMean: number;
  mouthMax: number;
}

/** What the FDA data do not give, per person (stated assumptions; see face.ts for the ranges). */
export interface FaceTraits {
  /** Face width (bizygomatic), mm. */
  widthMm: number;
  /** Nose tip below the forehead centre, °C. */
  noseDropC: number;
  /** Cheeks below the forehead centre, °C. */
  cheekDropC: number;
  /** Ears below the forehead centre, °C. */
  earDropC: number;
  /** Hair surface = room + this × (scalp − room). */
  hairFactor: number;
  /** Clothing surface = room + this × (forehead centre − room). */
  clothingFactor: number;
  /** Glasses, hat or mask surface = room + this × (the skin it covers − room). */
  coverFactor: number;
}

export const EMPTY = 0;
export const SKIN = 1;
/** Hair, cloth, glasses: apparent temperature, emissivity 1. */
export const SURFACE = 2;

export interface CellMap {
  cols: number;
  rows: number;
  cellMm: number;
  /** Position (mm, from the face centre) of the raster's top-left corner. */
  leftMm: number;
  topMm: number;
  kind: Uint8Array;
  factor: Float32Array;
  rel: Float32Array;
}

export interface FaceTemplate {
  face: CellMap;
  body: CellMap;
  /** Hottest skin cell without the variant's covering: 0 (the face maximum) by construction. */
  maxBareRel: number;
  /** Hottest skin cell left visible by the variant. */
  maxVisibleRel: number;
}

interface Anchor {
  x: number;
  y: number;
  rel: number;
}

const CANTHUS_BASE_BELOW_PEAK_C = 1.2;
const CANTHUS_REGION_MM = 12;
const CORNEA_BELOW_CANTHUS_C = 1.0;
const OUTER_CANTHUS_BELOW_C = 1.5;
/**
 * The FDA mouth region's mean sits only 0.03 °C below its maximum: a few pixels on the line between
 * the lips. The lips around that line are taken to be 0.7 °C cooler (assumption).
 */
const LIPS_BELOW_LINE_C = 0.7;

/** σ (mm) of the canthus peak whose 12 mm square mean is `mean`, on a base 1.2 °C below. */
function canthusSigmaMm(max: number, mean: number): number {
  const amplitude = CANTHUS_BASE_BELOW_PEAK_C;
  const excess = Math.max(0, mean - (max - amplitude));
  const sigma2 = (excess * CANTHUS_REGION_MM ** 2) / (2 * Math.PI * amplitude);
  return Math.min(5, Math.max(2, Math.sqrt(sigma2)));
}

function anchorsOf(r: FaceRegionsRel, t: FaceTraits): Anchor[] {
  const baseR = r.canthusRightMax - CANTHUS_BASE_BELOW_PEAK_C;
  const baseL = r.canthusLeftMax - CANTHUS_BASE_BELOW_PEAK_C;
  const fc = r.foreheadCentre;
  const a = (x: number, y: number, rel: number): Anchor => ({ x, y, rel });
  // The subject's right is the viewer's left (x < 0).
  return [
    a(0, -55, fc),
    a(-32, -52, r.foreheadRight),
    a(32, -52, r.foreheadLeft),
    a(0, -72, r.foreheadTop),
    a(0, -40, r.foreheadBottom),
    a(-60, -42, r.foreheadRight - 0.4),
    a(60, -42, r.foreheadLeft - 0.4),
    a(-15, -15, baseR),
    a(15, -15, baseL),
    a(0, -12, (baseR + baseL) / 2 - 0.3),
    a(-33, -25, r.canthusRightMax - 1.3),
    a(33, -25, r.canthusLeftMax - 1.3),
    a(-33, -9, r.canthusRightMax - 1.2),
    a(33, -9, r.canthusLeftMax - 1.2),
    a(-48, -17, r.canthusRightMax - OUTER_CANTHUS_BELOW_C),
    a(48, -17, r.canthusLeftMax - OUTER_CANTHUS_BELOW_C),
    a(0, 8, fc - t.noseDropC / 2),
    a(0, 28, fc - t.noseDropC),
    a(-16, 24, fc - 0.8 * t.noseDropC),
    a(16, 24, fc - 0.8 * t.noseDropC),
    a(-42, 8, fc - t.cheekDropC),
    a(42, 8, fc - t.cheekDropC),
    a(-48, 40, fc - t.cheekDropC - 0.2),
    a(48, 40, fc - t.cheekDropC - 0.2),
    a(-22, 38, r.mouthMax - LIPS_BELOW_LINE_C - 0.3),
    a(22, 38, r.mouthMax - LIPS_BELOW_LINE_C - 0.3),
    a(0, 40, r.mouthMax - LIPS_BELOW_LINE_C - 0.2),
    a(0, 82, fc - 0.6),
    a(-50, 72, fc - 0.8),
    a(50, 72, fc - 0.8),
    a(0, 105, fc - 0.1),
    a(0, 135, fc - 0.3),
    a(-40, 135, fc - 0.3),
    a(40, 135, fc - 0.3),
  ];
}

/** Inverse squared distance interpolation of the anchors (softened by 4 mm). */
function interpolator(anchors: Anchor[]): (x: number, y: number) => number {
  const n = anchors.length;
  const ax = Float64Array.from(anchors, (p) => p.x);
  const ay = Float64Array.from(anchors, (p) => p.y);
  const av = Float64Array.from(anchors, (p) => p.rel);
  return (x, y) => {
    let num = 0;
    let den = 0;
    for (let i = 0; i < n; i++) {
      const dx = ax[i]! - x;
      const dy = ay[i]! - y;
      const w = 1 / (dx * dx + dy * dy + 16);
      num += w * av[i]!;
      den += w;
    }
    return num / den;
  };
}

function faceHalfWidth(y: number): number {
  if (Math.abs(y) >= 100) return -1;
  const hw = 75 * Math.sqrt(1 - (y / 100) ** 2);
  return y > 20 ? hw * (1 - 0.3 * ((y - 20) / 80) ** 2) : hw;
}

const hairline = (x: number): number => -80 + 12 * (x / 55) ** 2;
const inHead = (x: number, y: number): boolean => (x / 82) ** 2 + ((y + 10) / 118) ** 2 <= 1;
const inEar = (x: number, y: number): boolean =>
  ((Math.abs(x) - 79) / 9) ** 2 + ((y + 2) / 27) ** 2 <= 1;
const inEye = (x: number, y: number): boolean =>
  ((Math.abs(x) - 33) / 14) ** 2 + ((y + 17) / 5) ** 2 <= 1;
const inLips = (x: number, y: number): boolean => (x / 24) ** 2 + ((y - 52) / 8) ** 2 <= 1;

function onBrow(x: number, y: number): boolean {
  const ax = Math.abs(x);
  if (ax < 14 || ax > 54) return false;
  return Math.abs(y - (-31 - 4 * Math.sin((Math.PI * (ax - 14)) / 40))) <= 3;
}

function inLens(x: number, y: number): boolean {
  const dx = Math.max(0, Math.abs(Math.abs(x) - 33) - 16);
  const dy = Math.max(0, Math.abs(y + 16) - 9);
  return dx * dx + dy * dy <= 49; // 46 × 32 mm, corner radius 7 mm
}

/** What a variant puts over the face at (x, y) (canonical mm), and the skin it takes its heat from. */
function covering(variant: FaceVariant, x: number, y: number, r: FaceRegionsRel): number | null {
  const ax = Math.abs(x);
  switch (variant) {
    case 'bare':
      return null;
    case 'glasses':
      if (
        inLens(x, y) ||
        (ax < 10 && y >= -22 && y <= -17) ||
        (ax >= 56 && ax <= 84 && y >= -21 && y <= -17)
      )
        return r.foreheadCentre;
      return null;
    case 'hat':
      if ((y < -62 && ax < 86 && (inHead(x, y) || y > -100)) || (y >= -66 && y <= -58 && ax < 96))
        return r.foreheadTop;
      return null;
    case 'mask':
      if (
        (y >= -4 && y <= 92 && ax <= Math.min(68, faceHalfWidth(y) + 2)) ||
        (ax > 60 && ax < 82 && (Math.abs(y + 2) < 2 || Math.abs(y - 45) < 2))
      )
        return r.mouthMean;
      return null;
  }
}

function newMap(
  cols: number,
  rows: number,
  cellMm: number,
  leftMm: number,
  topMm: number,
): CellMap {
  const n = cols * rows;
  return {
    cols,
    rows,
    cellMm,
    leftMm,
    topMm,
    kind: new Uint8Array(n),
    factor: new Float32Array(n),
    rel: new Float32Array(n),
  };
}

/** A peak value at `d2` mm² from its centre: `peak` there, `peak − depth` far away. */
const peakAt = (peak: number, depth: number, d2: number, sigmaMm: number): number =>
  peak - depth * (1 - Math.exp(-d2 / (2 * sigmaMm * sigmaMm)));

export function buildFaceTemplate(
  regions: FaceRegionsRel,
  traits: FaceTraits,
  variant: FaceVariant,
): FaceTemplate {
  const r = clampRel(regions);
  const s = traits.widthMm / 150;
  const idw = interpolator(anchorsOf(r, traits));
  const left = -Math.ceil(105 * s);
  const top = -Math.ceil(135 * s);
  const face = newMap(2 * -left, Math.ceil(190 * s) - top, 1, left, top);
  // Peak centres on cell centres (real mm).
  const snap = (v: number): number => Math.floor(v * s) + 0.5;
  const canthi = [
    {
      x: snap(-16),
      y: snap(-17),
      peak: r.canthusRightMax,
      sigma: canthusSigmaMm(r.canthusRightMax, r.canthusRightMean),
    },
    {
      x: snap(16),
      y: snap(-17),
      peak: r.canthusLeftMax,
      sigma: canthusSigmaMm(r.canthusLeftMax, r.canthusLeftMean),
    },
  ];
  const brow = { x: snap(0), y: snap(-33) };
  const lip = { x: snap(0), y: snap(52) };
  const earRel = r.foreheadCentre - traits.earDropC;
  let maxBare = -Infinity;
  let maxVisible = -Infinity;
  for (let row = 0; row < face.rows; row++) {
    const ym = top + row + 0.5;
    const y = ym / s;
    for (let col = 0; col < face.cols; col++) {
      const xm = left + col + 0.5;
      const x = xm / s;
      const k = row * face.cols + col;
      const inFace = Math.abs(x) <= faceHalfWidth(y) && y >= hairline(x);
      let rel: number | null = null;
      if (inEar(x, y) && !inFace) rel = earRel;
      else if (inFace || (Math.abs(x) <= 52 && y >= 40)) {
        rel = idw(x, y);
        if (inFace) {
          if (inEye(x, y)) {
            rel = (x < 0 ? r.canthusRightMax : r.canthusLeftMax) - CORNEA_BELOW_CANTHUS_C;
          }
          if (onBrow(x, y)) rel -= 0.5;
          if (inLips(x, y)) rel = r.mouthMax - LIPS_BELOW_LINE_C;
          for (let i = 0; i < canthi.length; i++) {
            const c = canthi[i]!;
            const d2 = (xm - c.x) ** 2 + (ym - c.y) ** 2;
            if (d2 < 400)
              rel = Math.max(rel, peakAt(c.peak, CANTHUS_BASE_BELOW_PEAK_C, d2, c.sigma));
          }
          const db = (xm - brow.x) ** 2 + (ym - brow.y) ** 2;
          if (db < 900) rel = Math.max(rel, peakAt(r.foreheadMax, 1, db, 5));
          const dx = xm - lip.x;
          if (Math.abs(dx) <= 20 * s && Math.abs(ym - lip.y) < 6) {
            const line =
              peakAt(r.mouthMax, 0.6, (ym - lip.y) ** 2, 1.2) - 0.5 * (dx / (20 * s)) ** 2;
            rel = Math.max(rel, line);
          }
        }
        rel = Math.min(0, rel);
      }
      if (rel !== null) {
        face.kind[k] = SKIN;
        face.factor[k] = 1;
        face.rel[k] = rel;
        maxBare = Math.max(maxBare, rel);
      } else if (inHead(x, y) && y < 25) {
        face.kind[k] = SURFACE;
        face.factor[k] = traits.hairFactor;
        face.rel[k] = r.foreheadTop;
      }
      const cover = covering(variant, x, y, r);
      if (cover !== null && (face.kind[k] !== EMPTY || variant === 'hat')) {
        face.kind[k] = SURFACE;
        face.factor[k] = traits.coverFactor;
        face.rel[k] = cover;
      } else if (face.kind[k] === SKIN) {
        maxVisible = Math.max(maxVisible, face.rel[k]!);
      }
    }
  }
  return {
    face,
    body: buildBody(r, traits, s),
    maxBareRel: maxBare,
    maxVisibleRel: maxVisible,
  };
}

function buildBody(r: FaceRegionsRel, traits: FaceTraits, s: number): CellMap {
  const cell = 5;
  const top = Math.floor((140 * s) / cell) * cell;
  const body = newMap(120, Math.ceil((1200 - top) / cell), cell, -300, top);
  for (let row = 0; row < body.rows; row++) {
    const y = (top + (row + 0.5) * cell) / s;
    if (y < 150) continue;
    const t = Math.min(1, (y - 150) / 65);
    const half = y < 215 ? 50 + 160 * t * t * (3 - 2 * t) : 210 + 0.05 * (y - 215);
    for (let col = 0; col < body.cols; col++) {
      const x = (-300 + (col + 0.5) * cell) / s;
      if (Math.abs(x) > half) continue;
      const k = row * body.cols + col;
      const neckline = y <= 220 && Math.abs(x) < 45 * (1 - (y - 150) / 70);
      body.kind[k] = neckline ? SKIN : SURFACE;
      body.factor[k] = neckline ? 1 : traits.clothingFactor;
      body.rel[k] = neckline ? r.foreheadCentre - 0.3 : r.foreheadCentre;
    }
  }
  return body;
}

function clampRel(r: FaceRegionsRel): FaceRegionsRel {
  const out = { ...r };
  for (const key of Object.keys(out) as (keyof FaceRegionsRel)[]) out[key] = Math.min(0, out[key]);
  return out;
}
