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
// person; the rest are stated assumptions (FaceTraits and the anchors in face-skin-anchors.ts),
// interpolated smoothly between anchor points (inverse squared distance). The inner canthus is a
// Gaussian peak on a base 1.2 °C below it, its width set so that the mean over a 12 mm square
// (the FDA study's 13 × 13-pixel canthus region, taken as ~0.9 mm pixels) matches the subject's
// region mean; the cornea reads 1.0 °C and the outer canthus 1.5 °C below the inner canthus
// (TVST 2022 11(9):12: inner canthus 34.3, cornea 33.3, outer canthus 32.8, forehead 33.4 °C).
// Peaks sit on cell centres, so the hottest 1 mm cell of a bare face is exactly its maximum.
//
// Variants cover skin with a surface between skin and room (FaceTraits.coverFactor): glasses
// (two 46 × 32 mm lenses over the eyes and inner canthi, opaque in the thermal infrared, a bridge
// and arms), a hat (everything above 62 mm over the face centre, with a brim: the top forehead
// point is hidden) and a mask (nose, cheeks' inner part, mouth and chin, with straps); their
// outlines are in face-outline.ts, the shared types in face-types.ts.
import {
  EMPTY,
  SKIN,
  SURFACE,
  type CellMap,
  type FaceRegionsRel,
  type FaceTemplate,
  type FaceTraits,
  type FaceVariant,
} from './face-types.js';
import {
  anchorsOf,
  CANTHUS_BASE_BELOW_PEAK_C,
  canthusSigmaMm,
  CORNEA_BELOW_CANTHUS_C,
  interpolator,
  LIPS_BELOW_LINE_C,
} from './face-skin-anchors.js';
import {
  covering,
  faceHalfWidth,
  hairline,
  inEar,
  inEye,
  inHead,
  inLips,
  onBrow,
} from './face-outline.js';

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
