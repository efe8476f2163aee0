// Temperature <-> 8–14 µm band radiance. A thermal sensor's pixel responds to the radiance it
// collects, not to temperature: averaging a footprint, a blur or a mixed pixel must happen in
// radiance and only the result be turned back into a temperature. Planck's law integrated over
// the band (Simpson's rule), tabulated every 0.1 °C from −60 to 160 °C and interpolated
// linearly (interpolation error < 0.0001 °C); the inverse is a bisection of the same table.

const H = 6.62607015e-34; // Planck constant, J s
const C = 2.99792458e8; // speed of light, m/s
const K = 1.380649e-23; // Boltzmann constant, J/K
const BAND_LO_M = 8e-6;
const BAND_HI_M = 14e-6;
const SIMPSON_INTERVALS = 200;

const T_MIN_C = -60;
const T_MAX_C = 160;
const STEP_C = 0.1;
const N = Math.round((T_MAX_C - T_MIN_C) / STEP_C) + 1;

/**
 * Skin's emissivity in the 8–14 µm band (0.98: the value thermography guidance, e.g. IEC
 * 80601-2-59 practice and the FDA study's cameras, assume). Skin then also reflects 2 % of the
 * room's radiance. Everything else in the simulated scenes (walls, cloth, hair, glasses, the
 * blackbody) is described by its apparent temperature, i.e. emissivity 1.
 */
export const SKIN_EMISSIVITY = 0.98;

/** Band radiance of a blackbody at `kelvin`, W m⁻² sr⁻¹ (8–14 µm). */
function planckBand(kelvin: number): number {
  const h = (BAND_HI_M - BAND_LO_M) / SIMPSON_INTERVALS;
  let sum = 0;
  for (let i = 0; i <= SIMPSON_INTERVALS; i++) {
    const lambda = BAND_LO_M + i * h;
    const spectral = (2 * H * C * C) / lambda ** 5 / Math.expm1((H * C) / (lambda * K * kelvin));
    const w = i === 0 || i === SIMPSON_INTERVALS ? 1 : i % 2 === 1 ? 4 : 2;
    sum += w * spectral;
  }
  return (sum * h) / 3;
}

const TABLE = new Float64Array(N);
for (let i = 0; i < N; i++) TABLE[i] = planckBand(T_MIN_C + i * STEP_C + 273.15);

/** Band radiance (W m⁻² sr⁻¹) of a blackbody at `c` °C; clamped to −60…160 °C. */
export function radianceOf(c: number): number {
  const x = (c - T_MIN_C) / STEP_C;
  if (!(x > 0)) return TABLE[0]!;
  if (x >= N - 1) return TABLE[N - 1]!;
  const i = Math.floor(x);
  const f = x - i;
  return TABLE[i]! + f * (TABLE[i + 1]! - TABLE[i]!);
}

/** The temperature (°C) whose blackbody band radiance is `radiance`; clamped to −60…160 °C. */
export function temperatureOf(radiance: number): number {
  if (!(radiance > TABLE[0]!)) return T_MIN_C;
  if (radiance >= TABLE[N - 1]!) return T_MAX_C;
  let lo = 0;
  let hi = N - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (TABLE[mid]! <= radiance) lo = mid;
    else hi = mid;
  }
  const f = (radiance - TABLE[lo]!) / (TABLE[hi]! - TABLE[lo]!);
  return T_MIN_C + (lo + f) * STEP_C;
}

/**
 * What leaves a skin surface at `skinC` in a room at `roomC`: its own emission plus the room it
 * reflects. A sensor calibrated on a blackbody (emissivity 1) reads this as a little below skinC.
 */
export function skinRadiance(skinC: number, roomC: number): number {
  return SKIN_EMISSIVITY * radianceOf(skinC) + (1 - SKIN_EMISSIVITY) * radianceOf(roomC);
}
