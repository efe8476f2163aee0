// The vocabulary of a simulated face (face-geometry.ts draws it): the variants, the FDA regions a
// face is built from, the traits the data do not give, and the cell maps a face is drawn into.

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
