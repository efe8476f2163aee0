// The session's own rules on hand-made frame analyses: when the baseline resets, how a verdict
// waits for a settled reading, and how blackbody trouble pauses and resumes.
import { describe, expect, it } from 'vitest';
import { createDecider, type Decider } from '../../electron/core/estimation/decision.js';
import type { FrameAnalysis } from '../../electron/core/estimation/observation.js';
import { opticsCorrection } from '../../electron/core/estimation/optics-correction.js';
import { DEFAULT_READING } from '../../electron/core/estimation/reading.js';
import {
  ScreeningSession,
  type SessionContext,
} from '../../electron/core/estimation/screening-session.js';
import { DEFAULT_SESSION } from '../../electron/core/estimation/session-settings.js';
import { shippedCalibration } from '../../electron/core/estimation/shipped.js';

const LOSS_AT_046 = opticsCorrection(
  { width: 32, height: 24, hfovDeg: 55, singlePoint: false },
  0.46,
)!.lossC;

const context: SessionContext = {
  profile: { width: 32, height: 24, hfovDeg: 55, singlePoint: false },
  calibration: { ...shippedCalibration(), ambientCoef: 0 },
  calibrationAgeDays: 0,
  ambientC: null,
  site: null,
};

function frame(overrides: Partial<FrameAnalysis> = {}, faceC: number | null = 34.4): FrameAnalysis {
  return {
    presence: faceC === null ? 'none' : 'one',
    subject: faceC === null ? null : { col: 11, row: 3, width: 10, height: 20 },
    face:
      faceC === null
        ? null
        : {
            maxC: faceC,
            pixels: 60,
            widthPx: 10,
            heightPx: 12,
            x: 16,
            y: 9,
            col: 11,
            row: 3,
            distanceM: 0.46,
            distance: 'ok',
          },
    moving: false,
    blackbody: { status: 'ok', correctionC: 0, noiseC: 0.02 },
    ambient: { c: 22, status: 'ok' },
    noiseC: 0.08,
    ...overrides,
  };
}

function countingResets(decider: Decider): Decider & { resets: number } {
  const counted = Object.assign(Object.create(decider) as Decider, { resets: 0 });
  counted.reset = () => {
    counted.resets++;
    decider.reset();
  };
  return counted;
}

describe('screening session', () => {
  it('gives a verdict after 4 still frames, and the reading behind it', () => {
    const session = new ScreeningSession(DEFAULT_SESSION, DEFAULT_READING, createDecider());
    const steps = [0, 1, 2, 3].map((i) => session.next(frame(), context, i * 125));
    expect(steps.slice(0, 3).every((s) => s.verdict === null)).toBe(true);
    expect(steps[3]!.verdict).toEqual({ outcome: 'pass', reason: 'below-threshold' });
    // The face maximum, the optics' size-of-source loss at 0.46 m added back, then the offset.
    expect(steps[3]!.reading!.faceC).toBeCloseTo(34.4 + LOSS_AT_046, 6);
    expect(steps[3]!.reading!.estimateC).toBeCloseTo(
      34.4 + LOSS_AT_046 + shippedCalibration().offsetC,
      6,
    );
    expect(steps[3]!.reading!.distanceM).toBeCloseTo(0.46, 6);
  });

  it("uses a site calibration's offset instead of the shipped one, and its standard error", () => {
    const site = {
      version: 1 as const,
      date: '2026-11-30',
      sensor: '32x24@55',
      offsetC: 1.5,
      seC: 0.05,
      spreadC: 0.2,
      n: 12,
      distanceM: null,
    };
    const plain = new ScreeningSession(DEFAULT_SESSION, DEFAULT_READING, createDecider());
    const sited = new ScreeningSession(DEFAULT_SESSION, DEFAULT_READING, createDecider());
    let a = null;
    let b = null;
    for (let i = 0; i < 4; i++) {
      a = plain.next(frame(), context, i * 125);
      b = sited.next(frame(), { ...context, site }, i * 125);
    }
    expect(b!.reading!.estimateC).toBeCloseTo(34.4 + LOSS_AT_046 + 1.5, 6);
    expect(b!.reading!.uncertaintyC).toBeCloseTo(Math.hypot(a!.reading!.uncertaintyC, 0.05), 6);
  });

  it('goes back to idle after the result time while the person lingers, and measures nobody new until they leave', () => {
    const settings = { ...DEFAULT_SESSION, resultHoldMs: 2000 };
    const session = new ScreeningSession(settings, DEFAULT_READING, createDecider());
    for (let i = 0; i < 4; i++) session.next(frame(), context, i * 125);
    expect(session.next(frame(), context, 1500).state).toEqual({ screen: 'pass' });
    expect(session.next(frame(), context, 2375).state).toEqual({ screen: 'idle' });
    // Still there: no new visit, no second verdict for the same person.
    const lingering = session.next(frame(), context, 3000);
    expect(lingering).toMatchObject({ state: { screen: 'idle' }, verdict: null });
    for (let i = 0; i < settings.clearFrames; i++) session.next(frame({}, null), context, 3100 + i);
    expect(session.next(frame(), context, 4000).state.screen).toBe('measuring');
  });

  it('shows the estimate only when staff turned it on', () => {
    const on = new ScreeningSession(
      { ...DEFAULT_SESSION, showTemperature: true },
      DEFAULT_READING,
      createDecider(),
    );
    const off = new ScreeningSession(DEFAULT_SESSION, DEFAULT_READING, createDecider());
    let shown = null;
    let hidden = null;
    for (let i = 0; i < 4; i++) {
      shown = on.next(frame(), context, i * 125);
      hidden = off.next(frame(), context, i * 125);
    }
    const expected = Math.round((34.4 + LOSS_AT_046 + shippedCalibration().offsetC) * 10) / 10;
    expect(shown!.state).toEqual({ screen: 'pass', temperatureC: expected });
    expect(hidden!.state).toEqual({ screen: 'pass' });
  });

  it('waits while the face moves, and asks to hold still if it never settles', () => {
    const session = new ScreeningSession(DEFAULT_SESSION, DEFAULT_READING, createDecider());
    let last = null;
    for (let i = 0; i < DEFAULT_SESSION.maxMeasureFrames; i++)
      last = session.next(frame({ moving: true }), context, i);
    expect(last!.verdict).toEqual({ outcome: 'retry', reason: 'hold-still' });
  });

  it('asks a person who is too close to step back', () => {
    const session = new ScreeningSession(DEFAULT_SESSION, DEFAULT_READING, createDecider());
    const close = frame();
    close.face = { ...close.face!, distance: 'too-close' };
    let last = null;
    for (let i = 0; i < DEFAULT_SESSION.retryAfterFrames; i++)
      last = session.next(close, context, i);
    expect(last!.verdict).toEqual({ outcome: 'retry', reason: 'too-close' });
  });

  it('resets the running baseline when the room changes or the blackbody is lost', () => {
    const decider = countingResets(createDecider({ mode: 'baseline' }));
    const session = new ScreeningSession(DEFAULT_SESSION, DEFAULT_READING, decider);
    session.next(frame({}, null), context, 0);
    session.next(frame({ ambient: { c: 16, status: 'cold' } }, null), context, 125);
    expect(decider.resets).toBe(1);
    for (let i = 0; i < DEFAULT_SESSION.pauseAfterFrames; i++) {
      session.next(
        frame(
          {
            ambient: { c: 16, status: 'cold' },
            blackbody: { status: 'missing', correctionC: 0, noiseC: 0 },
          },
          null,
        ),
        context,
        250 + i,
      );
    }
    expect(decider.resets).toBe(2);
  });

  it('pauses on an unstable or moved blackbody with that reason, and resumes after enough good frames', () => {
    const session = new ScreeningSession(DEFAULT_SESSION, DEFAULT_READING, createDecider());
    let step = null;
    for (let i = 0; i < DEFAULT_SESSION.pauseAfterFrames; i++) {
      step = session.next(
        frame({ blackbody: { status: 'unstable', correctionC: 0, noiseC: 0.5 } }, null),
        context,
        i,
      );
    }
    expect(step!.state).toEqual({ screen: 'paused', reason: 'blackbody-unstable' });
    step = session.next(
      frame({ blackbody: { status: 'moved', correctionC: 0, noiseC: 0 } }, null),
      context,
      10,
    );
    expect(step.state).toEqual({ screen: 'paused', reason: 'blackbody-moved' });
    for (let i = 0; i < DEFAULT_SESSION.resumeAfterFrames; i++)
      step = session.next(frame({}, null), context, 20 + i);
    expect(step!.state).toEqual({ screen: 'idle' });
  });
});
