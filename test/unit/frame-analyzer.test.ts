// The per-frame pipeline end to end: hand-built frames with known answers, simulator frames at
// every resolution, determinism, and garbage input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  distanceCalibrator,
  opticsCorrection,
} from '../../electron/core/estimation/optics-correction.js';
import { FrameAnalyzer } from '../../electron/core/estimation/frame-analyzer.js';
import type { FrameAnalysis } from '../../electron/core/estimation/observation.js';
import {
  DEFAULT_PIPELINE_SETTINGS,
  profileFor,
  scaleBlackbody,
  type PipelineSettings,
} from '../../electron/core/estimation/pipeline-settings.js';
import { DEFAULT_BLACKBODY } from '../../electron/core/estimation/settings.js';
import type { ProtocolId } from '../../electron/core/sensor/protocol-ids.js';
import { PROTOCOLS } from '../../electron/core/sensor/protocols/index.js';
import { planPerson, planSequence } from '../../native-mocks/people.js';
import { createRng } from '../../native-mocks/prng.js';
import { roomEffectC, type Head, type SceneSpec } from '../../native-mocks/scene.js';
import { renderSensorImage } from '../../native-mocks/sensor-image.js';
import { roomForSeed, walkthroughScenes } from '../../native-mocks/walkthrough.js';

const S = DEFAULT_PIPELINE_SETTINGS;
const W = 32;
const H = 24;
const TAN = 2 * Math.tan((55 / 2) * (Math.PI / 180));

type Rect = [col: number, row: number, w: number, h: number, c: number];

/** A frame at `bg` °C with rectangles painted on it (32×24 unless told). */
function frame(bg: number, rects: Rect[] = [], width = W, height = H): Float32Array {
  const px = new Float32Array(width * height).fill(bg);
  for (const [col, row, w, h, c] of rects) {
    for (let r = row; r < row + h; r++) for (let k = col; k < col + w; k++) px[r * width + k] = c;
  }
  return px;
}

/** The default blackbody (col 28, row 1, 3×3) reading `c`. */
const blackbody = (c: number): Rect => [28, 1, 3, 3, c];

function analyzer(overrides: Partial<PipelineSettings> = {}, width = W, height = H): FrameAnalyzer {
  return new FrameAnalyzer({ ...S, ...overrides }, profileFor(width, height));
}

/** A deep copy: `analyse` returns a reused object. */
const copy = (a: FrameAnalysis): FrameAnalysis => structuredClone(a);

/**
 * The canthus temperature the simulator actually paints for a scene's single head: the hottest
 * pixel of the same scene without noise, drift or blackbody (the simulator adjusts skin for the
 * room, so this can sit a little below the plan's canthusC).
 */

describe('hand-built frames', () => {
  it('finds one rectangular face: size, centroid, corrected maximum, distance', () => {
    const fa = analyzer();
    const r = fa.analyse(frame(22, [blackbody(35.4), [10, 6, 10, 12, 34.5]]), null);
    expect(r.presence).toBe('one');
    expect(r.blackbody.status).toBe('ok');
    // Float32 stores 35.4 as 35.40000153: the correction is −0.4 to 6 digits.
    expect(r.blackbody.correctionC).toBeCloseTo(-0.4, 5);
    expect(r.face).not.toBeNull();
    const face = r.face!;
    expect(face.maxC).toBeCloseTo(34.5 - 0.4, 5);
    expect(face.pixels).toBe(120);
    expect(face.widthPx).toBe(10);
    expect(face.heightPx).toBe(12);
    expect(face.x).toBe(15); // columns 10..19, pixel centres
    expect(face.y).toBe(12); // rows 6..17
    expect([face.col, face.row]).toEqual([10, 6]);
    expect(r.subject).toEqual({ col: 10, row: 6, width: 10, height: 12 });
    // The pinhole estimate from the face's width, then the distance the optics model puts behind it.
    expect(fa.rawDistanceM).toBeCloseTo((0.15 * 32) / (10 * TAN), 12);
    expect(face.distanceM).toBeCloseTo(distanceCalibrator(fa.profile)(fa.rawDistanceM!), 12);
    expect(face.distance).toBe('ok');
    expect(r.moving).toBe(false);
  });

  it('two separate rectangles are two people', () => {
    const fa = analyzer();
    const r = fa.analyse(
      frame(22, [blackbody(35), [2, 6, 8, 10, 34.5], [16, 6, 8, 10, 34.2]]),
      null,
    );
    expect(r.presence).toBe('multiple');
    expect(r.face).toBeNull();
  });

  it('two faces joined by warm pixels are still two people (second hot core)', () => {
    const fa = analyzer();
    const r = fa.analyse(
      frame(22, [blackbody(35), [2, 6, 8, 10, 34.5], [10, 8, 6, 4, 29], [16, 6, 8, 10, 34.5]]),
      null,
    );
    expect(r.presence).toBe('multiple');
  });

  it('a hot mouth below a cooler eye band is one face, not two people (high resolution)', () => {
    // One subject: a wide forehead-and-eyes band, a cooler nose row, then a hotter mouth (the face
    // maximum of 18 % of the FDA subjects): two hot cores, one above the other.
    const fa = analyzer();
    const r = fa.analyse(
      frame(22, [blackbody(35), [6, 4, 14, 5, 34.4], [6, 9, 14, 2, 31.5], [9, 11, 8, 3, 34.8]]),
      null,
    );
    expect(r.presence).toBe('one');
  });

  it('a small warm patch (a hand) beside a face does not make two people', () => {
    const fa = analyzer();
    const r = fa.analyse(
      frame(22, [blackbody(35), [8, 6, 10, 12, 34.5], [24, 14, 3, 3, 33]]),
      null,
    );
    expect(r.presence).toBe('one');
    expect(r.face!.pixels).toBe(120);
  });

  it('ignores what is outside the skin range: a lamp, a cold window', () => {
    const fa = analyzer();
    const r = fa.analyse(frame(22, [blackbody(35), [2, 2, 5, 5, 60], [20, 10, 5, 5, 5]]), null);
    expect(r.presence).toBe('none');
  });

  it('finds a face that just came in from the cold (~31 °C)', () => {
    const fa = analyzer();
    const r = fa.analyse(frame(22, [blackbody(35), [10, 6, 10, 12, 31]]), null);
    expect(r.presence).toBe('one');
    expect(r.face!.maxC).toBeCloseTo(31, 5);
  });
});

describe('blackbody', () => {
  it('corrects by set point − interquartile mean, robust to a hot and a dead pixel', () => {
    const px = frame(22, [blackbody(35.4), [10, 6, 10, 12, 34.5]]);
    px[1 * W + 29] = 80; // one hot outlier pixel inside the region
    px[3 * W + 28] = NaN; // and a dead one
    const r = analyzer().analyse(px, null);
    expect(r.blackbody.status).toBe('ok');
    expect(r.blackbody.correctionC).toBeCloseTo(-0.4, 5);
    expect(r.face!.maxC).toBeCloseTo(34.1, 5);
  });

  it('is missing when the region reads the room, with no correction applied', () => {
    const r = analyzer().analyse(frame(22, [[10, 6, 10, 12, 34.5]]), null);
    expect(r.blackbody.status).toBe('missing');
    expect(r.blackbody.correctionC).toBe(0);
    expect(r.face!.maxC).toBeCloseTo(34.5, 5);
  });

  it('is unstable when the region mean jumps between frames', () => {
    const fa = analyzer();
    let r: FrameAnalysis | undefined;
    for (let f = 0; f < 6; f++) r = fa.analyse(frame(22, [blackbody(f % 2 ? 35.8 : 35)]), null);
    expect(r!.blackbody.status).toBe('unstable');
    expect(r!.blackbody.noiseC).toBeGreaterThan(0.4);
  });

  it('steady frames report the spread of the region mean as its noise', () => {
    const fa = analyzer();
    let r: FrameAnalysis | undefined;
    for (let f = 0; f < 6; f++) r = fa.analyse(frame(22, [blackbody(35 + 0.01 * (f % 2))]), null);
    expect(r!.blackbody.status).toBe('ok');
    expect(r!.blackbody.noiseC).toBeGreaterThan(0);
    expect(r!.blackbody.noiseC).toBeLessThan(0.01);
  });

  it('is out of tolerance when the correction exceeds toleranceC (and reports it)', () => {
    const r = analyzer().analyse(frame(22, [blackbody(36.5)]), null);
    expect(r.blackbody.status).toBe('out-of-tolerance');
    expect(r.blackbody.correctionC).toBeCloseTo(-1.5, 5);
  });

  it('moved: the region shows the room but the source is elsewhere, and is not a person', () => {
    const r = analyzer().analyse(frame(22, [[3, 3, 3, 3, 35.2]]), null);
    expect(r.blackbody.status).toBe('moved');
    expect(r.blackbody.correctionC).toBe(0);
    expect(r.presence).toBe('none');
  });

  it('moved: the source is half out of its region', () => {
    const r = analyzer().analyse(frame(22, [[29, 1, 3, 3, 35]]), null);
    expect(r.blackbody.status).toBe('moved');
  });

  it('a region off the image (the 32×24 default on an 8×8) is missing; faces stay faces', () => {
    const fa = analyzer({}, 8, 8);
    // A perfectly uniform 8-px face at 34.5: blackbody-like, but no 'moved' search off-image.
    const r = fa.analyse(frame(22, [[3, 2, 2, 4, 34.5]], 8, 8), null);
    expect(r.blackbody.status).toBe('missing');
    expect(r.presence).toBe('one');
  });

  it('not configured: no correction, and the corner is searched for people too', () => {
    const r = analyzer({ blackbody: null }).analyse(frame(22, [[10, 6, 10, 12, 34.5]]), null);
    expect(r.blackbody).toEqual({ status: 'not-configured', correctionC: 0, noiseC: 0 });
    expect(r.face!.maxC).toBeCloseTo(34.5, 5);
  });
});

describe('distance and stability', () => {
  it('computes the distance from the face width exactly and gates it', () => {
    const cases: Array<[number, string]> = [
      [10, 'ok'],
      [6, 'too-far'], // 0.77 m raw, ~0.71 m calibrated
      [4, 'too-far'],
      [24, 'too-close'], // 0.19 m
    ];
    for (const [width, verdict] of cases) {
      const fa = analyzer();
      const r = fa.analyse(frame(22, [blackbody(35), [4, 0, width, 12, 34.5]]), null);
      expect(r.face!.widthPx).toBe(width);
      expect(fa.rawDistanceM).toBeCloseTo((0.15 * 32) / (width * TAN), 12);
      expect(r.face!.distanceM).toBeCloseTo(distanceCalibrator(fa.profile)(fa.rawDistanceM!), 12);
      expect(r.face!.distance).toBe(verdict);
    }
  });

  it('a face moving 2 px per frame is moving; a still one is not', () => {
    const fa = analyzer();
    const at = (col: number): FrameAnalysis =>
      fa.analyse(frame(22, [blackbody(35), [col, 6, 10, 12, 34.5]]), null);
    expect(at(2).moving).toBe(false);
    for (let col = 4; col <= 12; col += 2) expect(at(col).moving).toBe(true);
    // Holding still for a full window settles it.
    const still: boolean[] = [];
    for (let f = 0; f < 7; f++) still.push(at(12).moving);
    expect(still.at(-1)).toBe(false);
    expect(still.slice(S.stability.frames)).toEqual([false, false]);
  });
});

describe('background model', () => {
  it('adapts while the room is empty and not while someone stands there', () => {
    const fa = analyzer();
    for (let f = 0; f < 20; f++) fa.analyse(frame(22, [blackbody(35)]), null);
    expect(fa.backgroundReady).toBe(true);
    expect(fa.backgroundC(5, 20)).toBeCloseTo(22, 5);
    // The room warms by 1 °C: learned while empty (EMA, 0.95^60 of the step left).
    for (let f = 0; f < 60; f++) fa.analyse(frame(23, [blackbody(35)]), null);
    expect(fa.backgroundC(12, 10)).toBeCloseTo(23 - 0.95 ** 60, 4);
    const learned = fa.backgroundC(12, 10);
    // Someone stands still for 100 frames: still there, and the room model has not moved.
    for (let f = 0; f < 100; f++) {
      const r = fa.analyse(frame(23, [blackbody(35), [8, 5, 10, 12, 34.5]]), null);
      expect(r.presence).toBe('one');
      expect(r.moving).toBe(false);
    }
    expect(fa.backgroundC(12, 10)).toBe(learned);
    expect(fa.analyse(frame(23, [blackbody(35)]), null).presence).toBe('none');
    // The blackbody's region is never learned.
    expect(fa.backgroundC(29, 2)).toBeNaN();
  });

  it('bootstraps with someone already in view, learning nothing until they leave', () => {
    const fa = analyzer();
    for (let f = 0; f < 30; f++) {
      const r = fa.analyse(frame(21, [blackbody(35), [10, 6, 10, 12, 34.5]]), null);
      expect(r.presence).toBe('one');
    }
    expect(fa.backgroundReady).toBe(false);
    expect(fa.backgroundC(0, 23)).toBeNaN();
    for (let f = 0; f < S.background.bootstrapFrames; f++) fa.analyse(frame(21), null);
    expect(fa.backgroundReady).toBe(true);
  });

  it('reports the temporal noise of background pixels', () => {
    const fa = analyzer();
    const rng = createRng(3);
    let r: FrameAnalysis | undefined;
    for (let f = 0; f < 200; f++) {
      const px = frame(22, [blackbody(35)]);
      for (let i = 0; i < px.length; i++) px[i] = px[i]! + (rng() < 0.5 ? -0.1 : 0.1);
      r = fa.analyse(px, null);
    }
    // ±0.1 coin flips: σ = 0.1 (an EMA variance: within a few per cent).
    expect(r!.noiseC).toBeGreaterThan(0.085);
    expect(r!.noiseC).toBeLessThan(0.115);
  });

  it('reset forgets the room', () => {
    const fa = analyzer();
    for (let f = 0; f < 20; f++) fa.analyse(frame(22, [blackbody(35)]), null);
    fa.reset();
    expect(fa.backgroundReady).toBe(false);
    expect(fa.backgroundC(5, 5)).toBeNaN();
  });
});

describe('ambient', () => {
  it('uses the configured room first, else the sensor ambient plus the die offset', () => {
    const px = frame(22, [blackbody(35)]);
    expect(analyzer({ ambient: { ...S.ambient, roomC: 16 } }).analyse(px, 30).ambient).toEqual({
      c: 16,
      status: 'cold',
    });
    // 32×24 (GY-MCU90640): the die reads ~6 °C above the room.
    expect(analyzer().analyse(px, 22).ambient).toEqual({ c: 16, status: 'cold' });
    expect(analyzer().analyse(px, 28).ambient).toEqual({ c: 22, status: 'ok' });
    expect(analyzer().analyse(px, 31).ambient).toEqual({ c: 25, status: 'warm' });
    expect(analyzer().analyse(px, null).ambient).toEqual({ c: null, status: 'unknown' });
    const noOffset = analyzer({ ambient: { ...S.ambient, dieOffsetC: 0 } });
    expect(noOffset.analyse(px, 16).ambient).toEqual({ c: 16, status: 'cold' });
    // 8×8 sensors default to no offset.
    expect(analyzer({}, 8, 8).analyse(frame(22, [], 8, 8), 16).ambient.status).toBe('cold');
  });
});

describe('single point (1×1)', () => {
  const spot = (): FrameAnalyzer => new FrameAnalyzer(DEFAULT_PIPELINE_SETTINGS, profileFor(1, 1));

  it('a face is a warm, skin-range reading; distance unknown; blackbody never configured', () => {
    const fa = spot();
    const r = fa.analyse(Float32Array.of(34.2), 22);
    expect(r.presence).toBe('one');
    expect(r.face).toEqual({
      maxC: expect.closeTo(34.2, 5) as number,
      pixels: 1,
      widthPx: 1,
      heightPx: 1,
      x: 0.5,
      y: 0.5,
      col: 0,
      row: 0,
      distanceM: null,
      distance: 'unknown',
    });
    expect(r.subject).toEqual({ col: 0, row: 0, width: 1, height: 1 });
    expect(r.moving).toBe(false);
    expect(r.blackbody.status).toBe('not-configured');
  });

  it('the room, something too hot, or barely above the ambient is nobody', () => {
    const fa = spot();
    expect(fa.analyse(Float32Array.of(22.5), 22).presence).toBe('none');
    expect(fa.analyse(Float32Array.of(50), 22).presence).toBe('none');
    // 27 °C is in the skin range but within 2.5 °C of a 25 °C room.
    expect(spot().analyse(Float32Array.of(27), 25).presence).toBe('none');
  });

  it('learns the spot while empty, then judges against it', () => {
    const fa = spot();
    for (let f = 0; f < 20; f++) fa.analyse(Float32Array.of(21), null);
    expect(fa.backgroundC(0, 0)).toBeCloseTo(21, 5);
    // Without any ambient, a cold face at 28 is still 7 °C above the learned spot.
    expect(fa.analyse(Float32Array.of(28), null).presence).toBe('one');
  });
});

describe('8×8', () => {
  it('finds a face of 2–3 px and computes its distance at 60°', () => {
    const fa = analyzer({ blackbody: null }, 8, 8);
    expect(fa.minSubjectPx).toBe(2);
    const r = fa.analyse(frame(22, [[3, 2, 2, 1, 34]], 8, 8), null);
    expect(r.presence).toBe('one');
    expect(r.face!.pixels).toBe(2);
    expect(fa.rawDistanceM).toBeCloseTo((0.15 * 8) / (2 * 2 * Math.tan(Math.PI / 6)), 12);
    // The optics model finds no distance where an 8×8 array's loss is steady enough across
    // people: every face is asked closer (DESIGN.md; `kiosk calibrate optics`).
    expect(fa.maxDistanceM).toBe(0);
    expect(r.face!.distance).toBe('too-far');
  });

  it('one warm pixel is noise; two faces are two people', () => {
    const fa = analyzer({ blackbody: null }, 8, 8);
    expect(fa.analyse(frame(22, [[3, 3, 1, 1, 34]], 8, 8), null).presence).toBe('none');
    const two = frame(
      22,
      [
        [0, 2, 2, 3, 34],
        [5, 2, 2, 3, 34],
      ],
      8,
      8,
    );
    expect(fa.analyse(two, null).presence).toBe('multiple');
  });
});

describe('simulator frames', () => {
  const sensors: Array<[ProtocolId, string]> = [
    ['adafruit-amg88xx', '8×8'],
    ['gy-mcu90640', '32×24'],
    ['mi48', '80×62'],
  ];

  /** An analyzer for the protocol, with the blackbody region where the simulator puts it. */
  function forProtocol(protocol: ProtocolId): FrameAnalyzer {
    const { width, height } = PROTOCOLS[protocol];
    const bb = scaleBlackbody(DEFAULT_BLACKBODY, { width: W, height: H }, { width, height });
    return new FrameAnalyzer({ ...S, blackbody: bb }, profileFor(width, height));
  }

  const room = { roomC: 21.7, driftC: 0.6, blackbodyC: 35 };
  const spec = (heads: Head[]): SceneSpec => ({ ...room, heads, noiseC: 0.08 });
  const close = (canthusC: number, col = 16): Head => ({ col, row: 9, radius: 5, canthusC });

  /**
   * An 8×8 pixel averages 4×3 scene pixels: it cannot resolve the 3×3 blackbody (a 9/16-covered
   * pixel reads ~30 °C), so 8×8 scenes have none in view and, uncorrectable, no drift.
   */
  const forSensor = (protocol: ProtocolId, s: SceneSpec): SceneSpec =>
    protocol === 'adafruit-amg88xx' ? { ...s, blackbodyC: null, driftC: 0 } : s;

  function run(protocol: ProtocolId, specs: SceneSpec[], seed = 1): FrameAnalysis[] {
    const fa = forProtocol(protocol);
    const rng = createRng(seed);
    return specs.map((s) => {
      const img = renderSensorImage(forSensor(protocol, s), rng, protocol);
      return copy(fa.analyse(img.pixels, img.ambientC));
    });
  }

  const empty = (n: number): SceneSpec[] => Array.from({ length: n }, () => spec([]));
  const mlx = profileFor(32, 24);
  /** The person's true face maximum: the head's, in this room (native-mocks/scene.ts). */
  const trueFaceMaxC = (s: SceneSpec): number =>
    Math.max(...s.heads.map((h) => h.canthusC + roomEffectC(s.roomC)));
  /** The face maximum with the optics' loss at the estimated distance added back (32×24). */
  const corrected = (r: FrameAnalysis): number =>
    r.face!.maxC + opticsCorrection(mlx, r.face!.distanceM)!.lossC;
  const spreadAt = (r: FrameAnalysis): number => opticsCorrection(mlx, r.face!.distanceM)!.spreadC;

  for (const [protocol, label] of sensors) {
    it(`${label}: an empty room is nobody, frame after frame`, () => {
      const out = run(protocol, empty(40));
      expect(out.every((r) => r.presence === 'none')).toBe(true);
    });

    it(`${label}: a pair side by side is 'multiple'`, () => {
      const pair: Head[] = [
        { col: 9, row: 9.5, radius: 4.5, canthusC: 35.5 },
        { col: 23, row: 9.5, radius: 4.5, canthusC: 35.4 },
      ];
      const out = run(protocol, [...empty(10), ...Array.from({ length: 10 }, () => spec(pair))]);
      expect(out.slice(10).every((r) => r.presence === 'multiple')).toBe(true);
    });
  }

  for (const [protocol, label] of sensors.slice(1)) {
    it(`${label}: a standing person's face maximum, with the optics loss added back, reads their true face maximum within 3σ of the model's spread across people, drift cancelled`, () => {
      const plan = planPerson('normal', createRng(11));
      const standing = Array.from({ length: 20 }, (_, f) =>
        spec([close(plan.canthusC, 16 + 0.3 * Math.sin(f))]),
      );
      const out = run(protocol, [...empty(10), ...standing]).slice(10);
      const profile = profileFor(PROTOCOLS[protocol].width, PROTOCOLS[protocol].height);
      for (const r of out) {
        expect(r.presence).toBe('one');
        expect(r.blackbody.status).toBe('ok');
        // The lens blur's tail pulls the region's edge pixels a little toward the room.
        expect(Math.abs(r.blackbody.correctionC + room.driftC)).toBeLessThan(0.15);
        expect(r.face!.distance).toBe('ok');
        // The sensor alone reads low (size of source) ...
        expect(plan.canthusC - r.face!.maxC).toBeGreaterThan(0.3);
        // ... by what the optics model says at the distance the kiosk estimates.
        const { lossC, spreadC } = opticsCorrection(profile, r.face!.distanceM)!;
        expect(Math.abs(r.face!.maxC + lossC - plan.canthusC)).toBeLessThan(3 * spreadC);
      }
      expect(out.at(-1)!.moving).toBe(false);
    });
  }

  it('8×8: a standing person is one face, reading the hottest box-averaged pixels', () => {
    // An 8×8 pixel cannot resolve the canthus either: the expectation is the noise-free 8×8
    // image's two hottest pixels.
    const canthusC = 35.6;
    const head = close(canthusC);
    const clean = renderSensorImage(
      { ...forSensor('adafruit-amg88xx', spec([head])), noiseC: 0 },
      createRng(1),
      'adafruit-amg88xx',
    );
    const hottest = Array.from(clean.pixels).sort((a, b) => b - a);
    const expected = (hottest[0]! + hottest[1]!) / 2;
    const out = run('adafruit-amg88xx', [...empty(10), ...Array(10).fill(spec([head]))]);
    for (const r of out.slice(10)) {
      expect(r.presence).toBe('one');
      expect(r.blackbody.status).toBe('not-configured');
      expect(r.face!.distance).toBe('too-far'); // no distance will do at 8×8 (optics model)
      expect(Math.abs(r.face!.maxC - expected)).toBeLessThan(0.15); // noise 0.08 °C
    }
    expect(canthusC - expected).toBeGreaterThan(1); // what the engine's uncertainty must carry
  });

  it('32×24: a far person is too far; one from the cold is found', () => {
    const far: Head = { col: 16, row: 11.4, radius: 2.6, canthusC: 35.5 };
    const cold: Head = close(31);
    const out = run('gy-mcu90640', [
      ...empty(10),
      ...Array(5).fill(spec([far])),
      ...empty(3),
      ...Array(5).fill(spec([cold])),
    ]);
    for (const r of out.slice(10, 15)) {
      expect(r.presence).toBe('one');
      expect(r.face!.distance).toBe('too-far');
    }
    const coldC = trueFaceMaxC(spec([cold]));
    for (const r of out.slice(18)) {
      expect(r.presence).toBe('one');
      expect(r.face!.distance).toBe('ok');
      expect(Math.abs(corrected(r) - coldC)).toBeLessThan(3 * spreadAt(r));
    }
  });

  it('32×24 walk-through: each kind of visitor gets the right observation while holding', () => {
    const plans = planSequence('normal,far,pair,cold,fever', 5);
    const specs = [...walkthroughScenes(plans, roomForSeed(5), 5)];
    const out = run('gy-mcu90640', specs, 5);
    // Layout: 10 empty, then per person 4 step-in, 24 hold, 4 step-out, 10 empty.
    const hold = (k: number): FrameAnalysis[] => out.slice(10 + 42 * k + 4, 10 + 42 * k + 28);
    const last = (k: number): FrameAnalysis[] => hold(k).slice(8); // after settling
    for (const k of [0, 3, 4]) {
      last(k).forEach((r, j) => {
        expect(r.presence).toBe('one');
        expect(r.face!.distance).toBe('ok');
        const truth = trueFaceMaxC(specs[10 + 42 * k + 4 + 8 + j]!);
        expect(Math.abs(corrected(r) - truth)).toBeLessThan(3 * spreadAt(r));
      });
    }
    expect(hold(1).every((r) => r.presence === 'one' && r.face!.distance === 'too-far')).toBe(true);
    expect(hold(2).every((r) => r.presence === 'multiple')).toBe(true);
    for (let k = 0; k < plans.length; k++) {
      const gap = out.slice(10 + 42 * k + 32, 10 + 42 * k + 42);
      expect(gap.every((r) => r.presence === 'none')).toBe(true);
    }
  });
});

describe('robustness', () => {
  it('is deterministic: the same frames give the same outputs', () => {
    const plans = planSequence('normal,pair,far,cold', 2);
    const specs = [...walkthroughScenes(plans, roomForSeed(2), 2)];
    const once = (): FrameAnalysis[] => {
      const fa = new FrameAnalyzer(S, profileFor(W, H));
      const rng = createRng(2);
      return specs.map((s) => {
        const img = renderSensorImage(s, rng, 'gy-mcu90640');
        return copy(fa.analyse(img.pixels, img.ambientC));
      });
    };
    expect(once()).toEqual(once());
  });

  it('returns the same reused object each frame', () => {
    const fa = analyzer();
    const a = fa.analyse(frame(22, [blackbody(35), [10, 6, 10, 12, 34.5]]), null);
    const face = a.face;
    const b = fa.analyse(frame(22, [blackbody(35), [12, 6, 10, 12, 34.5]]), null);
    expect(b).toBe(a);
    expect(b.face).toBe(face);
  });

  it('never throws on garbage: NaN, ±∞, extremes, wrong lengths; recovers afterwards', () => {
    for (const [w, h] of [
      [1, 1],
      [8, 8],
      [32, 24],
      [80, 62],
    ] as const) {
      const fa = analyzer({}, w, h);
      const n = w * h;
      fc.assert(
        fc.property(
          fc.float32Array({ minLength: 0, maxLength: n + 3 }),
          fc.oneof(fc.constant(null), fc.double()),
          (px, ambient) => {
            const r = fa.analyse(px, ambient);
            expect(['none', 'one', 'multiple']).toContain(r.presence);
            expect(Number.isFinite(r.noiseC)).toBe(true);
            expect(Number.isFinite(r.blackbody.correctionC)).toBe(true);
            if (r.face) expect(Number.isFinite(r.face.maxC)).toBe(true);
            expect(r.ambient.c === null || Number.isFinite(r.ambient.c)).toBe(true);
          },
        ),
        { numRuns: 150, seed: 42 },
      );
      for (const v of [NaN, Infinity, -Infinity, 3e38, -3e38, 1e6]) {
        expect(() => fa.analyse(new Float32Array(n).fill(v), v)).not.toThrow();
      }
      // A clean scene afterwards: garbage did not poison the model.
      fa.reset();
      const scene = w === 1 ? Float32Array.of(34) : frame(22, [], w, h);
      if (w > 1) {
        const col = Math.floor(w / 3);
        const fw = Math.max(2, Math.floor(w / 3));
        const fh = Math.max(2, Math.floor(h / 2));
        for (let r = 1; r < 1 + fh; r++) for (let c = col; c < col + fw; c++) scene[r * w + c] = 34;
      }
      expect(fa.analyse(scene, w === 1 ? 22 : null).presence).toBe('one');
    }
  });

  it('ignores non-finite pixels inside a face', () => {
    const px = frame(22, [blackbody(35), [10, 6, 10, 12, 34.5]]);
    px[8 * W + 12] = NaN;
    px[9 * W + 14] = Infinity;
    px[10 * W + 15] = -Infinity;
    const r = analyzer().analyse(px, null);
    expect(r.presence).toBe('one');
    expect(r.face!.pixels).toBe(117);
    expect(r.face!.maxC).toBeCloseTo(34.5, 5);
  });

  it('rejects an impossible sensor profile at construction', () => {
    expect(
      () => new FrameAnalyzer(S, { width: 0, height: 24, hfovDeg: 55, singlePoint: false }),
    ).toThrow(RangeError);
    expect(
      () => new FrameAnalyzer(S, { width: 32, height: 24, hfovDeg: 0, singlePoint: false }),
    ).toThrow(RangeError);
  });
});
