// Where the FDA evaluation's tests find their data: the full study, the hand-made subset with
// figures worked out by hand, and the shipped model fitted from the full study.
import { join } from 'node:path';
import { ROOT } from './paths.js';

export const FDA_FULL = join(ROOT, 'test/fixtures/fda-thermography');
export const FDA_SMALL = join(ROOT, 'test/fixtures/fda-small');
export const SHIPPED_JSON = join(ROOT, 'electron/core/estimation/shipped-calibration.json');
