// The weights of a pixel over finer cells along one axis: the pixel's box footprint convolved
// with the lens's Gaussian PSF, integrated exactly over each cell (view-integrator.ts applies them
// separably; real-scene.ts resamples measured images with them).

/** Sub-cells per pixel: a quarter of σ or finer, never more than 8; 1 without blur. */
export function subdivisionsFor(sigmaPx: number): number {
  return sigmaPx > 0 ? Math.min(8, Math.max(2, Math.ceil(2 / sigmaPx))) : 1;
}

function erf(x: number): number {
  // Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7).
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-x * x);
  return x >= 0 ? y : -y;
}

/** ∫ Φ(t) dt = t Φ(t) + φ(t): the antiderivative of the normal CDF. */
function psi(t: number): number {
  const cdf = 0.5 * (1 + erf(t / Math.SQRT2));
  return t * cdf + Math.exp(-0.5 * t * t) / Math.sqrt(2 * Math.PI);
}

/**
 * Weight of the sub-cell [a, b] for the pixel [p0, p1] under a Gaussian blur σ (same units):
 * ∫_a^b (box ⊗ G)(x) dx. With σ = 0, the overlap length.
 */
function cellWeight(a: number, b: number, p0: number, p1: number, sigma: number): number {
  if (sigma <= 0) return Math.max(0, Math.min(b, p1) - Math.max(a, p0));
  const s = sigma;
  return s * (psi((b - p0) / s) - psi((a - p0) / s) - psi((b - p1) / s) + psi((a - p1) / s));
}

/**
 * Per output pixel along one axis: the first input cell and the normalised weights of the input
 * cells (`edges`, ascending) under the pixel [pixelEdge(p), pixelEdge(p + 1)] blurred by σ.
 */
export function axisWeights(
  pixels: number,
  edges: Float64Array,
  pixelEdge: (p: number) => number,
  sigma: number,
): { start: Int32Array; weights: Float64Array[] } {
  const start = new Int32Array(pixels);
  const weights: Float64Array[] = [];
  const n = edges.length - 1;
  for (let p = 0; p < pixels; p++) {
    const p0 = pixelEdge(p);
    const p1 = pixelEdge(p + 1);
    const reach = 4 * sigma;
    let first = -1;
    let last = -1;
    for (let i = 0; i < n; i++) {
      if (edges[i + 1]! > p0 - reach && edges[i]! < p1 + reach) {
        if (first < 0) first = i;
        last = i;
      }
    }
    const w = new Float64Array(last - first + 1);
    let sum = 0;
    for (let i = first; i <= last; i++) {
      const v = cellWeight(edges[i]!, edges[i + 1]!, p0, p1, sigma);
      w[i - first] = v;
      sum += v;
    }
    for (let i = 0; i < w.length; i++) w[i] = w[i]! / sum;
    start[p] = first;
    weights.push(w);
  }
  return { start, weights };
}
