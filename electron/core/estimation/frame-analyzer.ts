// The per-frame analysis pipeline of the calibrated estimation engine: one thermal frame (and the
// sensor's ambient) in, one FrameAnalysis (observation.ts) out. Stages, each in its own file:
//   1. background-model.ts   the room, learned only while nobody is present
//   2. subject-finder.ts     warm, skin-range, 8-connected regions; one person at a time
//      (the warm-pixel mask: room-reference.ts; which region is the person: subject-selection.ts)
//   3. face-region.ts        the face inside the subject, its robust maximum, its distance
//   5. stability-tracker.ts  is the face holding still
//   6. blackbody-check.ts    drift correction and the reference's status
//   7. ambient-check.ts      is the room within the valid range
//   8. spot-analysis.ts      single-point sensors
// (4, the distance gate, is a formula in face-region.ts.)
//
// Stateful (background, blackbody history, face history) and allocation-free per frame: every
// buffer is sized to the sensor in the constructor, and `analyse` returns the SAME object each
// time, overwritten by the next call. Callers copy what they keep.
import { checkAmbient } from './ambient-check.js';
import { newFaceReading, newFrameAnalysis, readFace } from './analysis-result.js';
import { BackgroundModel } from './background-model.js';
import { BlackbodyCheck } from './blackbody-check.js';
import { FaceRegionFinder } from './face-region.js';
import type {
  Box,
  DistanceVerdict,
  FaceReading,
  FrameAnalysis,
  SensorProfile,
} from './observation.js';
import { sensorDefaultsFor, type PipelineSettings } from './pipeline-settings.js';
import { distanceCalibrator, sensorCapability } from './optics-correction.js';
import { markWarmPixels, roomOver } from './room-reference.js';
import { analyseSpot } from './spot-analysis.js';
import { StabilityTracker } from './stability-tracker.js';
import { SubjectFinder } from './subject-finder.js';
import { boundingBox, LargestSubjects, movedBlackbodyId } from './subject-selection.js';

/**
 * Blackbody semantics: `blackbody.correctionC` is the measured set point − region mean whenever
 * the region shows a uniform source ('ok', 'unstable', 'out-of-tolerance': the session pauses on
 * anything but 'ok'), and 0 for 'missing', 'moved' and 'not-configured'. `face.maxC` is always
 * the raw face maximum + that correctionC, so callers can recover the raw value.
 */
export class FrameAnalyzer {
  readonly profile: SensorProfile;
  /** Smallest subject at this resolution, pixels. */
  readonly minSubjectPx: number;
  /** The sensor-ambient-to-room offset in use (settings, else the sensor's default). */
  readonly dieOffsetC: number;
  /**
   * Farther than this is 'too-far': the settings' limit, or nearer where the optics model says
   * the size-of-source loss varies too much across people to screen (0: no distance will do).
   */
  readonly maxDistanceM: number;
  /**
   * The last face's distance from its width alone (pinhole, `face.widthM`), before the optics
   * model turns it into the distance people really stood at (`face.distanceM`).
   */
  rawDistanceM: number | null = null;
  private readonly calibrateDistance: (rawM: number) => number;

  private readonly settings: PipelineSettings;
  private readonly size: number;
  private readonly singlePoint: boolean;
  private readonly frame: Float32Array;
  private readonly candidate: Uint8Array;
  private readonly background: BackgroundModel;
  private readonly subjects: SubjectFinder;
  private readonly face: FaceRegionFinder;
  private readonly blackbody: BlackbodyCheck;
  private readonly stability: StabilityTracker;
  /** faceWidthM · width / (2 · tan(hfov / 2)): distance = this / face width in pixels. */
  private readonly distanceTimesWidth: number;
  private readonly faceReading: FaceReading;
  private readonly subjectBox: Box = { col: 0, row: 0, width: 0, height: 0 };
  private readonly largest = new LargestSubjects();
  private readonly result: FrameAnalysis;

  /** Copies `input` and `profile`: to change them, build a new analyzer. */
  constructor(input: PipelineSettings, profile: SensorProfile) {
    const settings = structuredClone(input);
    this.settings = settings;
    const { width, height } = profile;
    if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
      throw new RangeError(`sensor profile ${width}×${height}: width and height must be ≥ 1`);
    }
    if (!profile.singlePoint && !(profile.hfovDeg > 0 && profile.hfovDeg < 180)) {
      throw new RangeError(`sensor profile: hfovDeg ${profile.hfovDeg} must be in (0, 180)`);
    }
    this.profile = { ...profile };
    this.size = width * height;
    this.singlePoint = profile.singlePoint || this.size === 1;
    const sub = settings.subject;
    this.minSubjectPx = Math.max(
      1,
      Math.floor(sub.minPixels),
      Math.round(sub.minAreaFraction * this.size),
    );
    this.dieOffsetC = settings.ambient.dieOffsetC ?? sensorDefaultsFor(width, height).dieOffsetC;
    this.frame = new Float32Array(this.size);
    this.candidate = new Uint8Array(this.size);
    // A single point cannot hold a blackbody region besides the subject: never configured.
    const blackbody = this.singlePoint ? null : settings.blackbody;
    this.blackbody = new BlackbodyCheck(blackbody, settings.blackbodyCheck, width, height);
    this.background = new BackgroundModel(this.size, this.blackbody.excluded, settings.background);
    this.subjects = new SubjectFinder(width, height);
    this.face = new FaceRegionFinder(width, height, settings.face);
    this.stability = new StabilityTracker(settings.stability);
    const optics = sensorCapability(this.profile);
    this.calibrateDistance = distanceCalibrator(this.profile);
    this.maxDistanceM =
      optics.modelled && !this.singlePoint
        ? Math.min(settings.face.maxDistanceM, optics.usableM?.max ?? 0)
        : settings.face.maxDistanceM;
    this.distanceTimesWidth =
      (settings.face.widthM * width) / (2 * Math.tan((profile.hfovDeg * Math.PI) / 360));
    this.faceReading = newFaceReading();
    this.result = newFrameAnalysis(settings.background.defaultNoiseC);
  }

  /**
   * Analyses one frame: `pixels` in °C, row by row from the top left (viewer's left), length
   * width × height (missing values at the end, extra ones ignored; NaN, ±∞ and readings outside
   * validMinC…validMaxC count as missing pixels). `ambientC` is the sensor's own ambient, if any.
   *
   * Returns a REUSED object: the next call overwrites it (and its `face`). Copy what you keep.
   */
  analyse(pixels: Float32Array, ambientC: number | null): FrameAnalysis {
    const { frame, settings, result } = this;
    const lo = settings.validMinC;
    const hi = settings.validMaxC;
    const len = Math.min(pixels.length, this.size);
    let valid = 0;
    for (let i = 0; i < len; i++) {
      const v = pixels[i]!;
      if (v >= lo && v <= hi) {
        frame[i] = v;
        valid++;
      } else {
        frame[i] = NaN;
      }
    }
    for (let i = len; i < this.size; i++) frame[i] = NaN;
    checkAmbient(ambientC, settings.ambient, this.dieOffsetC, result.ambient);
    if (this.singlePoint) {
      const { candidate, background, subjectBox, faceReading } = this;
      analyseSpot(frame, candidate, settings.subject, background, result, subjectBox, faceReading);
    } else {
      this.analyseImage(valid);
    }
    result.noiseC = this.background.noiseC;
    return result;
  }

  /** Forgets the background, the blackbody history and the face history (a new session). */
  reset(): void {
    this.background.reset();
    this.blackbody.reset();
    this.stability.reset();
    this.face.reset();
    this.result.presence = 'none';
    this.result.face = null;
    this.result.moving = false;
    this.result.blackbody.status = 'not-configured';
    this.result.blackbody.correctionC = 0;
    this.result.blackbody.noiseC = 0;
    this.result.noiseC = this.settings.background.defaultNoiseC;
  }

  /** True once enough empty frames were learned for the per-pixel background. */
  get backgroundReady(): boolean {
    return this.background.ready;
  }

  /** A pixel's learned background (raw °C), NaN when not learned: diagnostics and tests. */
  backgroundC(col: number, row: number): number {
    return this.background.at(row * this.profile.width + col);
  }

  private analyseImage(valid: number): void {
    const { frame, candidate, settings, result, background, blackbody, subjects } = this;
    const sub = settings.subject;
    const delta = sub.deltaC;
    const ready = background.ready;
    // Stage 1: per-pixel background, or one robust level while bootstrapping.
    const level = ready || valid === 0 ? NaN : background.bootstrapLevel(frame);

    // Stage 6 (first half): the blackbody region, against the room around it.
    blackbody.measure(frame, this.roomAroundBlackbody(ready, level), delta);
    const correction = blackbody.provisionalCorrectionC;

    // Stage 2: warm, skin-range pixels outside the blackbody, and their connected regions.
    const skinMin = sub.skinMinC - correction;
    const skinMax = sub.skinMaxC - correction;
    const mean = ready ? background.mean : null;
    markWarmPixels(candidate, frame, blackbody.excluded, mean, level, delta, skinMin, skinMax);
    const count = subjects.label(candidate, frame);

    // A blackbody-like patch elsewhere, when the region does not show it: 'moved', not a person.
    const sourceId = movedBlackbodyId(subjects, count, blackbody);
    blackbody.conclude(sourceId !== 0);
    result.blackbody.status = blackbody.status;
    result.blackbody.correctionC = blackbody.correctionC;
    result.blackbody.noiseC = blackbody.noiseC;

    // One person at a time: the two largest sizeable subjects.
    this.largest.rank(subjects, count, sourceId, this.minSubjectPx);
    const { first, second } = this.largest;
    const ratio = sub.secondSubjectRatio;
    result.subject = first !== 0 ? boundingBox(subjects, first, this.subjectBox) : null;
    if (first === 0) {
      this.noFace('none');
    } else if (
      second !== 0 &&
      subjects.size[second]! >= Math.max(this.minSubjectPx, ratio * subjects.size[first]!)
    ) {
      this.noFace('multiple');
    } else {
      // Stage 3: the face of the subject.
      const face = this.face;
      const found = face.find(
        frame,
        subjects.labels,
        first,
        subjects.minCol[first]!,
        subjects.maxCol[first]!,
        subjects.minRow[first]!,
        subjects.maxRow[first]!,
      );
      if (!found) {
        this.noFace('none');
      } else if (
        face.hasSecondCore(
          frame,
          subjects.labels,
          sourceId,
          Math.max(this.minSubjectPx, ratio * face.pixels),
        )
      ) {
        this.noFace('multiple');
      } else {
        // Stages 4 and 5: distance and stability.
        const reading = this.faceReading;
        const widthPx = face.widthPx;
        readFace(reading, face, blackbody.correctionC);
        this.rawDistanceM = this.distanceTimesWidth / widthPx;
        const distanceM = this.calibrateDistance(this.rawDistanceM);
        reading.distanceM = distanceM;
        reading.distance = this.distanceVerdict(distanceM);
        result.presence = 'one';
        result.face = reading;
        result.moving = this.stability.update(face.x, face.y, widthPx);
      }
    }
    // Stage 1 again: learn the room from empty frames only.
    if (result.presence === 'none' && valid > 0) background.learn(frame, candidate);
  }

  private noFace(presence: 'none' | 'multiple'): void {
    this.result.presence = presence;
    this.result.face = null;
    this.result.moving = false;
    this.stability.reset();
  }

  private distanceVerdict(distanceM: number): DistanceVerdict {
    if (distanceM > this.maxDistanceM) return 'too-far';
    if (distanceM < this.settings.face.minDistanceM) return 'too-close';
    return 'ok';
  }

  /** The background just outside the blackbody's margin (NaN when unknown). */
  private roomAroundBlackbody(ready: boolean, level: number): number {
    return ready ? roomOver(this.background.mean, this.blackbody.ring) : level;
  }
}
