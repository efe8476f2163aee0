// The kiosk's frame analyser on real people: two radiometric photographs (FLIR i60, FLIR E40;
// Wikimedia Commons, CC BY-SA 4.0, test/fixtures/real-thermal/README.md) rendered onto low-
// resolution sensor grids by radiance area averaging (optics/real-scene.ts).
//
// The analyser starts with no learned background: until it has seen empty frames it compares
// every pixel with one robust level, the frame's 10 % quantile (background-model.ts), which is
// the wall in these photos. Nothing is fed before the photo: there is no empty frame of these
// rooms, and a made-up one would only reproduce that level.
//
// Crops keep each sensor's aspect (tan(hfov/2) : tan(vfov/2)); the one-person crop was chosen
// on a map of the photo: the middle standing person (face at x 90–112, y 32–56 of 180 × 180),
// their neighbours' faces outside it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FrameAnalyzer } from '../../electron/core/estimation/frame-analyzer.js';
import type { Presence } from '../../electron/core/estimation/observation.js';
import {
  DEFAULT_PIPELINE_SETTINGS,
  profileFor,
} from '../../electron/core/estimation/pipeline-settings.js';
import {
  loadRealThermal,
  renderRealOnto,
  type RealRenderOptions,
  type ThermalImage,
} from '../../native-mocks/optics/real-scene.js';
import { SENSOR_KINDS, type SensorKind } from '../../native-mocks/optics/sensor-kinds.js';

const DIR = join('test', 'fixtures', 'real-thermal');
const lab = loadRealThermal(join(DIR, 'lab-five-people-180x180.csv'));
const seated = loadRealThermal(join(DIR, 'seated-group-160x120.csv'));
const MLX = SENSOR_KINDS['mlx90640-55'];
const MI48 = SENSOR_KINDS.mi48;

function analyse(image: ThermalImage, kind: SensorKind, opts: RealRenderOptions) {
  const pixels = renderRealOnto(image, kind, opts);
  const analyser = new FrameAnalyzer(
    { ...DEFAULT_PIPELINE_SETTINGS, blackbody: null },
    profileFor(kind.width, kind.height),
  );
  for (let i = 0; i < 2; i++) analyser.analyse(pixels, null);
  const a = analyser.analyse(pixels, null);
  return { presence: a.presence, face: a.face ? { distance: a.face.distance } : null };
}

function presenceOf(image: ThermalImage, kind: SensorKind, opts: RealRenderOptions): Presence {
  return analyse(image, kind, opts).presence;
}

describe('real people through the kiosk analyser', () => {
  it('loads the photos as published', () => {
    expect([lab.width, lab.height, seated.width, seated.height]).toEqual([180, 180, 160, 120]);
    expect(Math.max(...lab.pixels)).toBeCloseTo(34.3, 1);
  });

  it('five people standing in a lab are several people at 32×24 and 80×62', () => {
    expect(presenceOf(lab, MLX, { crop: { x: 0, y: 20, w: 180, h: 109 } })).toBe('multiple');
    expect(presenceOf(lab, MI48, { crop: { x: 0, y: 15, w: 180, h: 139 } })).toBe('multiple');
    // Without aspect-preserving crops (the photo squeezed into the view) too.
    expect(presenceOf(lab, MLX, {})).toBe('multiple');
    expect(presenceOf(lab, MI48, {})).toBe('multiple');
  });

  it('one of them, cropped, is one person', () => {
    expect(presenceOf(lab, MLX, { crop: { x: 62, y: 24, w: 58, h: 35 } })).toBe('one');
    expect(presenceOf(lab, MI48, { crop: { x: 62, y: 22, w: 58, h: 45 } })).toBe('one');
    expect(presenceOf(lab, SENSOR_KINDS.amg8833, { crop: { x: 72, y: 22, w: 46, h: 46 } })).toBe(
      'one',
    );
  });

  // About ten people seated a few metres away touch each other: their warm bodies form one
  // 8-connected subject, and each other face is a hot core of 1–5 px, below the second-core
  // minimum (8 px at 32×24, 50 px at 80×62), so the analyser may see one person. What must
  // hold is that nobody is screened: either several people, or one far too far to read.
  it('a seated group is never screened: several people, or too far', () => {
    for (const [kind, crop] of [
      [MLX, { x: 0, y: 0, w: 160, h: 97 }],
      [MI48, undefined],
    ] as const) {
      const a = analyse(seated, kind, crop ? { crop } : {});
      expect(a.presence === 'multiple' || a.face?.distance === 'too-far').toBe(true);
    }
  });
});
