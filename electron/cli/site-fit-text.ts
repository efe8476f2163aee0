// A site calibration's fit in words for the terminal: the offset and how sure it is, the spread,
// what to expect at the threshold, and the problems. The fit only: no volunteer's value.
import type { SiteFit } from '../contract/site-calibration.js';

const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`;
const share = (x: number): string => `${Math.round(x * 1000) / 10} %`;

export function describeFit(fit: SiteFit): string[] {
  const c = fit.calibration;
  const lines: string[] = [];
  if (c) {
    const d = c.distanceM;
    const where = d ? ` at ${d.min === d.max ? d.min : `${d.min}–${d.max}`} m` : '';
    lines.push(`Site calibration for sensor ${c.sensor}, ${c.n} volunteers${where}, ${c.date}:`);
    lines.push(`  offset ${signed(c.offsetC)} °C ± ${c.seC.toFixed(2)} (standard error)`);
    lines.push(`  residual spread ±${c.spreadC.toFixed(2)} °C (1σ)`);
  }
  if (fit.expected) {
    lines.push(
      `  expected at the ${fit.thresholdC} °C threshold: sensitivity ${share(fit.expected.sensitivity)} (a person at 38.0 °C referred), specificity ${share(fit.expected.specificity)} (a person at 37.0 °C passed)`,
    );
  }
  for (const problem of fit.problems) lines.push(`  problem: ${problem}`);
  return lines;
}
