// Accuracy and screening metrics. Errors are estimate − reference (positive = reads high).
// Undefined figures (an empty list, no fevers, no normals) are null, never NaN.

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** Mean absolute error. */
export function mae(errors: readonly number[]): number | null {
  return mean(errors.map(Math.abs));
}

/** Mean error (positive = the estimate reads high). */
export function bias(errors: readonly number[]): number | null {
  return mean(errors);
}

/** Sample standard deviation of the errors (n − 1); null below two values. */
export function sd(errors: readonly number[]): number | null {
  const m = mean(errors);
  if (m === null || errors.length < 2) return null;
  return Math.sqrt(errors.reduce((s, v) => s + (v - m) ** 2, 0) / (errors.length - 1));
}

/**
 * ROC area under the curve by the Mann–Whitney statistic: the probability that a random positive
 * scores above a random negative, ties counting one half. Null without positives or negatives.
 * O(n log n): average ranks over tied scores.
 */
export function rocAuc(scores: readonly number[], positive: readonly boolean[]): number | null {
  if (scores.length !== positive.length) throw new RangeError('rocAuc: lengths differ');
  const order = scores.map((s, i) => ({ s, p: positive[i]! })).sort((a, b) => a.s - b.s);
  let nPos = 0;
  let rankSumPos = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && order[j]!.s === order[i]!.s) j++;
    const averageRank = (i + 1 + j) / 2; // ranks i+1 .. j
    for (let t = i; t < j; t++) {
      if (order[t]!.p) {
        nPos++;
        rankSumPos += averageRank;
      }
    }
    i = j;
  }
  const nNeg = order.length - nPos;
  if (nPos === 0 || nNeg === 0) return null;
  return (rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

export interface Confusion {
  /** Fevers referred, fevers passed, normals passed, normals referred. */
  tp: number;
  fn: number;
  tn: number;
  fp: number;
  /** tp / (tp + fn); null without fevers. */
  sensitivity: number | null;
  /** tn / (tn + fp); null without normals. */
  specificity: number | null;
}

/** Screening outcome counts from decisions (`referred`) against the reference (`positive`). */
export function confusion(referred: readonly boolean[], positive: readonly boolean[]): Confusion {
  if (referred.length !== positive.length) throw new RangeError('confusion: lengths differ');
  let tp = 0;
  let fn = 0;
  let tn = 0;
  let fp = 0;
  referred.forEach((r, i) => {
    if (positive[i]) {
      if (r) tp++;
      else fn++;
    } else if (r) fp++;
    else tn++;
  });
  return {
    tp,
    fn,
    tn,
    fp,
    sensitivity: tp + fn === 0 ? null : tp / (tp + fn),
    specificity: tn + fp === 0 ? null : tn / (tn + fp),
  };
}

/** Sensitivity and specificity when scores at or above `threshold` are referred. */
export function atThreshold(
  scores: readonly number[],
  positive: readonly boolean[],
  threshold: number,
): Confusion {
  return confusion(
    scores.map((s) => s >= threshold),
    positive,
  );
}
