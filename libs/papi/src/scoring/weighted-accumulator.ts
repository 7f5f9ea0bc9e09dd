/**
 * The stored aggregate form of one indicator for one unit and period: sums, not answers, so a new
 * sheet is added and a rejected counted sheet is subtracted in O(1), and shards merge by addition.
 * `x` is the indicator value already rescaled to 0–1; `w` the respondent's weight.
 */
export interface WeightedAccumulator {
  /** Number of answers counted. */
  n: number;
  /** Σw */
  sumW: number;
  /** Σw·x */
  sumWX: number;
  /** Σw·x² */
  sumWX2: number;
  /** Σw² (for Kish's effective sample size) */
  sumW2: number;
}

export function emptyAccumulator(): WeightedAccumulator {
  return { n: 0, sumW: 0, sumWX: 0, sumWX2: 0, sumW2: 0 };
}

/** The accumulator of a single answer, so adding and removing a sheet are merge and unmerge. */
export function observation(x: number, weight = 1): WeightedAccumulator {
  if (!Number.isFinite(x) || !Number.isFinite(weight) || weight <= 0) {
    throw new RangeError(`an observation needs a finite value and a positive weight (got ${x}, ${weight})`);
  }
  return { n: 1, sumW: weight, sumWX: weight * x, sumWX2: weight * x * x, sumW2: weight * weight };
}

export function mergeAccumulators(a: WeightedAccumulator, b: WeightedAccumulator): WeightedAccumulator {
  return {
    n: a.n + b.n,
    sumW: a.sumW + b.sumW,
    sumWX: a.sumWX + b.sumWX,
    sumWX2: a.sumWX2 + b.sumWX2,
    sumW2: a.sumW2 + b.sumW2,
  };
}

/**
 * Removes `part` (e.g. a counted sheet later rejected) from `whole`. Floating-point subtraction leaves
 * residues such as 1e-17, so when nothing is left the result is exactly empty, and sums that must be
 * non-negative are never allowed below zero.
 */
export function unmergeAccumulators(whole: WeightedAccumulator, part: WeightedAccumulator): WeightedAccumulator {
  const n = whole.n - part.n;
  if (n < 0) throw new RangeError(`cannot remove ${part.n} answers from an aggregate of ${whole.n}`);
  if (n === 0) return emptyAccumulator();
  return {
    n,
    sumW: Math.max(0, whole.sumW - part.sumW),
    sumWX: whole.sumWX - part.sumWX,
    sumWX2: Math.max(0, whole.sumWX2 - part.sumWX2),
    sumW2: Math.max(0, whole.sumW2 - part.sumW2),
  };
}

/** Folds many answers at once, e.g. when rebuilding an aggregate from stored sheets. */
export function accumulate(answers: Iterable<{ x: number; weight?: number }>): WeightedAccumulator {
  let acc = emptyAccumulator();
  for (const { x, weight } of answers) acc = mergeAccumulators(acc, observation(x, weight));
  return acc;
}
