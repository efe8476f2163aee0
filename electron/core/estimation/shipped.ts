// The calibration and thresholds the kiosk ships with, fitted on the FDA thermography data by
// `kiosk calibrate fda` (the exact command is in the JSON's "source"). Read once, checked, frozen.
import type { Calibration } from './calibration.js';
import data from './shipped-calibration.json' with { type: 'json' };
import { parseShippedModel, type ShippedModel } from './shipped-model.js';

let model: ShippedModel | null = null;

/** The shipped model (calibration, thresholds, fit record). */
export function shippedModel(): ShippedModel {
  model ??= deepFreeze(parseShippedModel(data, 'shipped-calibration.json'));
  return model;
}

/** The kiosk's default skin-to-body calibration. */
export function shippedCalibration(): Calibration {
  return shippedModel().calibration;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
