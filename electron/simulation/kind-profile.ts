// A simulated sensor kind (native-mocks/optics/sensor-kinds) as the engine sees it: the profile
// both the optics derivation and the accuracy evaluation hand to the estimation code.
import type { SensorProfile } from '../core/estimation/observation.js';
import type { SensorKind } from '../../native-mocks/optics/sensor-kinds.js';

export function profileOfKind(kind: SensorKind): SensorProfile {
  return {
    width: kind.width,
    height: kind.height,
    hfovDeg: kind.hfovDeg,
    singlePoint: kind.width * kind.height === 1,
  };
}
