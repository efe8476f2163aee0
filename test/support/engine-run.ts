// Runs scenes through the calibrated engine in-process (no worker), for tests and evaluations.
import type { ScreeningState, VerdictEvent } from '../../electron/contract/schemas.js';
import {
  defaultEngineSettings,
  type EngineSettings,
} from '../../electron/core/estimation/engine-settings.js';
import { Estimator } from '../../electron/core/estimation/estimator.js';
import type { ProtocolId } from '../../electron/core/sensor/protocol-ids.js';
import { createRng } from '../../native-mocks/prng.js';
import type { SceneSpec } from '../../native-mocks/scene.js';
import { renderSensorImage } from '../../native-mocks/sensor-image.js';

export interface EngineRun {
  verdicts: VerdictEvent[];
  readings: Array<{ estimateC: number; uncertaintyC: number }>;
  /** Screen states, consecutive duplicates removed. */
  screens: ScreeningState[];
  /** The screen state after each frame. */
  perFrame: ScreeningState[];
}

export function runEngine(
  specs: Iterable<SceneSpec>,
  options: {
    seed?: number;
    protocol?: ProtocolId;
    settings?: EngineSettings;
    rateHz?: number;
  } = {},
): EngineRun {
  const estimator = new Estimator(options.settings ?? defaultEngineSettings('2026-11-23'));
  const rng = createRng(options.seed ?? 1);
  const protocol = options.protocol ?? 'gy-mcu90640';
  const run: EngineRun = { verdicts: [], readings: [], screens: [], perFrame: [] };
  let seq = 0;
  for (const spec of specs) {
    const image = renderSensorImage(spec, rng, protocol);
    const step = estimator.process(
      seq,
      image.width,
      image.height,
      image.pixels,
      image.ambientC,
      (seq * 1000) / (options.rateHz ?? 8),
    );
    seq++;
    if (step.verdict) run.verdicts.push(step.verdict);
    if (step.reading) run.readings.push(step.reading);
    run.perFrame.push(step.state);
    if (JSON.stringify(step.state) !== JSON.stringify(run.screens.at(-1)))
      run.screens.push(step.state);
  }
  return run;
}
