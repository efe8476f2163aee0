// The summary statistics the FDA face population is described by (fda-face-stats.ts): mean and
// sample SD, Pearson correlation and a two-predictor least-squares fit, rounded to 4 decimals as
// they are stored in fda-face-stats.json.

export interface MeanSd {
  mean: number;
  sd: number;
}

export const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;

export function meanSd(xs: number[]): MeanSd {
  const m = xs.reduce((s, x) => s + x, 0) / xs.length;
  const v = xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
  return { mean: r4(m), sd: r4(Math.sqrt(v)) };
}

export function pearson(a: number[], b: number[]): number {
  const ma = a.reduce((s, x) => s + x, 0) / a.length;
  const mb = b.reduce((s, x) => s + x, 0) / b.length;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < a.length; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb);
    saa += (a[i]! - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

/** Ordinary least squares y = b0 + b1 x1 + b2 x2, with the slopes' standard errors. */
export function ols2(y: number[], x1: number[], x2: number[]) {
  const n = y.length;
  const m = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / n;
  const [my, m1, m2] = [m(y), m(x1), m(x2)];
  let s11 = 0;
  let s22 = 0;
  let s12 = 0;
  let s1y = 0;
  let s2y = 0;
  for (let i = 0; i < n; i++) {
    const a = x1[i]! - m1;
    const b = x2[i]! - m2;
    const c = y[i]! - my;
    s11 += a * a;
    s22 += b * b;
    s12 += a * b;
    s1y += a * c;
    s2y += b * c;
  }
  const det = s11 * s22 - s12 * s12;
  const b1 = (s1y * s22 - s2y * s12) / det;
  const b2 = (s2y * s11 - s1y * s12) / det;
  const b0 = my - b1 * m1 - b2 * m2;
  let rss = 0;
  for (let i = 0; i < n; i++) rss += (y[i]! - b0 - b1 * x1[i]! - b2 * x2[i]!) ** 2;
  const sigma2 = rss / (n - 3);
  return {
    intercept: r4(b0),
    oralSlope: r4(b1),
    oralSlopeSe: r4(Math.sqrt((sigma2 * s22) / det)),
    roomSlope: r4(b2),
    roomSlopeSe: r4(Math.sqrt((sigma2 * s11) / det)),
    residualSd: r4(Math.sqrt(sigma2)),
  };
}
