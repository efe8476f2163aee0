// The per-frame pipeline end to end on hand-built frames with known answers: finding faces,
// the blackbody correction, distance and stability. Simulator frames, the room model, small
// sensors and garbage input have their own frame-analyzer.*.test.ts files.
import { describe, expect, it } from 'vitest';
import { distanceCalibrator } from '../../electron/core/estimation/optics-correction.js';
import type { FrameAnalysis } from '../../electron/core/estimation/observation.js';
import { analyzer, blackbody, frame, S, TAN, W } from '../support/analyzer-frames.js';

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
