// The shape of a fitted screening model as `kiosk calibrate fda` writes it and the kiosk and
// `kiosk eval fda` read it: the skin-to-body calibration, the screening thresholds on the body
// estimate, and a short record of how they were fitted. No I/O here: see shipped.ts.
import { type Calibration, parseCalibration } from './calibration.js';

export interface ShippedModel {
  /** The exact command that wrote the file, and the data it read. */
  source: string;
  version: 1;
  /** What the calibration applies to, in words. */
  featureDefinition: string;
  /** The reference fever definition the thresholds screen for (oral, °C). */
  feverDefinitionC: number;
  calibration: Calibration;
  screening: {
    /** How the thresholds were chosen, in words. */
    rule: string;
    /** Threshold on the body estimate for a camera the data do not cover (all rows), °C. */
    thresholdC: number;
    /** Threshold on the body estimate per camera the data cover (e.g. FLIR, ICI), °C. */
    cameras: Record<string, number>;
  };
  fit: {
    seed: number;
    folds: number;
    ambientTerm: {
      kept: boolean;
      /** The least-squares slope before the keep/drop decision (°C per °C of ambient). */
      coef: number;
      /** Cross-validated MAE (°C) on the fitting rows without and with the ambient term. */
      cvMaeWithout: number;
      cvMaeWith: number;
    };
    cameras: Record<string, { file: string; sha256: string; n: number; skipped: number }>;
    /** How the shipped rule set each threshold (the groups: cameras, and `all` for thresholdC). */
    rule?: {
      innerTargetSensitivity: number;
      marginGridC: { min: number; max: number; step: number };
      groups: Record<string, ShippedRuleGroup>;
    };
    /** The rule's nested cross-validation: what it gives on subjects it was not fitted on. */
    nestedCv?: ShippedCrossValidation;
    /** Plain Youden thresholds (no margin) cross-validated on the same folds, for comparison. */
    youdenCv?: ShippedCrossValidation;
  };
}

export interface ShippedRuleGroup {
  /** Youden's J threshold on all the group's rows, °C. */
  youdenC: number;
  /** Subtracted from youdenC (negative raises it), °C. */
  marginC: number;
  thresholdC: number;
  /** The inner cross-validation's pooled held-out figures at that margin. */
  innerSensitivity: number | null;
  innerSpecificity: number | null;
  /** False when no margin on the grid reached the target. */
  reached: boolean;
}

export interface ShippedCrossValidation {
  k: number;
  seed: number;
  bootstrap: { resamples: number; seed: number; level: number; unit: 'subject' };
  cameras: Record<
    string,
    {
      n: number;
      fevers: number;
      sensitivity: number | null;
      specificity: number | null;
      mae: number | null;
      ci95: {
        sensitivity: { low: number; high: number } | null;
        specificity: { low: number; high: number } | null;
        mae: { low: number; high: number } | null;
      };
      thresholdMinC: number;
      thresholdMaxC: number;
    }
  >;
}

function object(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${where} must be an object`);
  }
  return value as Record<string, unknown>;
}

function temperature(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 30 || value > 45) {
    throw new Error(`${where} must be a temperature from 30 to 45 °C`);
  }
  return value;
}

/** Checks a model read from JSON; throws one sentence naming `where` and the field at fault. */
export function parseShippedModel(value: unknown, where = 'model'): ShippedModel {
  const o = object(value, where);
  if (o.version !== 1) throw new Error(`${where}: "version" must be 1`);
  if (typeof o.source !== 'string') throw new Error(`${where}: "source" must be a string`);
  if (typeof o.featureDefinition !== 'string') {
    throw new Error(`${where}: "featureDefinition" must be a string`);
  }
  const screening = object(o.screening, `${where}: "screening"`);
  if (typeof screening.rule !== 'string') {
    throw new Error(`${where}: "screening.rule" must be a string`);
  }
  const cameras = object(screening.cameras, `${where}: "screening.cameras"`);
  const fit = object(o.fit, `${where}: "fit"`);
  return {
    source: o.source,
    version: 1,
    featureDefinition: o.featureDefinition,
    feverDefinitionC: temperature(o.feverDefinitionC, `${where}: "feverDefinitionC"`),
    calibration: parseCalibration(o.calibration, `${where}: "calibration"`),
    screening: {
      rule: screening.rule,
      thresholdC: temperature(screening.thresholdC, `${where}: "screening.thresholdC"`),
      cameras: Object.fromEntries(
        Object.entries(cameras).map(([camera, t]) => [
          camera,
          temperature(t, `${where}: "screening.cameras.${camera}"`),
        ]),
      ),
    },
    // The fit record is informational: kept as written.
    fit: fit as unknown as ShippedModel['fit'],
  };
}

/** The screening threshold for `camera`, or the all-rows one for a camera the model does not know. */
export function thresholdFor(model: ShippedModel, camera: string | null): number {
  const cameras = model.screening.cameras;
  return camera !== null && Object.hasOwn(cameras, camera)
    ? cameras[camera]!
    : model.screening.thresholdC;
}
