// Allocation-free order statistics on preallocated scratch arrays, for the per-frame pipeline.

/**
 * The k-th smallest of `values[0..n)` (0-based), by quickselect: reorders that prefix in place.
 * NaN must not be present. Returns NaN when n is 0.
 */
export function selectKth(values: Float32Array | Float64Array, n: number, k: number): number {
  if (n <= 0) return NaN;
  let lo = 0;
  let hi = n - 1;
  const target = Math.min(Math.max(0, k), n - 1);
  while (lo < hi) {
    // Median of three as the pivot keeps sorted and constant inputs linear.
    const mid = (lo + hi) >>> 1;
    const a = values[lo]!;
    const b = values[mid]!;
    const c = values[hi]!;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target]!;
  }
  return values[target]!;
}

/** Sorts `values[0..n)` ascending in place (insertion sort: the regions it serves are small). */
export function sortPrefix(values: Float64Array, n: number): void {
  for (let i = 1; i < n; i++) {
    const v = values[i]!;
    let j = i - 1;
    while (j >= 0 && values[j]! > v) {
      values[j + 1] = values[j]!;
      j--;
    }
    values[j + 1] = v;
  }
}

/** Mean of a sorted prefix without `trim` values at each end. */
export function trimmedMeanSorted(sorted: Float64Array, n: number, trim: number): number {
  let sum = 0;
  for (let i = trim; i < n - trim; i++) sum += sorted[i]!;
  return sum / (n - 2 * trim);
}
