import type { WeightedAccumulator } from './weighted-accumulator';

/** Two-sided 95% normal quantile: with n ≥ 100 per province the normal approximation is adequate. */
export const Z_95 = 1.959963984540054;

export interface WeightedEstimate {
  mean: number;
  /** Kish effective sample size (Σw)²/Σw²: n when all weights are equal, less when they vary. */
  effectiveN: number;
  /** Undefined when fewer than two effective answers: a spread cannot be estimated from one. */
  standardError: number | undefined;
  low: number | undefined;
  high: number | undefined;
}

export function weightedMean(acc: WeightedAccumulator): number | undefined {
  if (acc.n === 0 || acc.sumW <= 0) return undefined;
  return acc.sumWX / acc.sumW;
}

export function effectiveSampleSize(acc: WeightedAccumulator): number {
  if (acc.sumW2 <= 0) return 0;
  return (acc.sumW * acc.sumW) / acc.sumW2;
}

/**
 * SE of the weighted mean by Kish's approximation: s²/n_eff, with the weighted variance
 * Σw(x−x̄)²/Σw corrected by n_eff/(n_eff−1). With equal weights this is the textbook s/√n.
 * It ignores the survey's clustering (design effect beyond weighting), so intervals are a little narrow.
 */
export function standardError(acc: WeightedAccumulator): number | undefined {
  const mean = weightedMean(acc);
  const nEff = effectiveSampleSize(acc);
  // One answer has no spread. Test n, an exact count, and not only n_eff: after a rejected sheet is
  // unmerged, one answer left can show n_eff = 1.0000000000000002, and 0/(n_eff − 1) would read as SE 0.
  if (mean === undefined || acc.n < 2 || nEff <= 1) return undefined;
  const meanOfSquares = acc.sumWX2 / acc.sumW;
  const difference = meanOfSquares - mean * mean;
  // E[x²] − x̄² cancels catastrophically for near-constant answers (0.3, 0.3, 0.3 leaves ~1e-17, even
  // negative): a difference at the level of rounding error is zero spread, not a tiny one.
  const populationVariance = difference <= meanOfSquares * 1e-12 ? 0 : difference;
  return Math.sqrt(populationVariance / (nEff - 1));
}

/** Mean, effective n, SE and a 95% interval clamped to the 0–1 range of rescaled values. */
export function estimate(acc: WeightedAccumulator): WeightedEstimate | undefined {
  const mean = weightedMean(acc);
  if (mean === undefined) return undefined;
  const se = standardError(acc);
  const effectiveN = effectiveSampleSize(acc);
  if (se === undefined) return { mean, effectiveN, standardError: undefined, low: undefined, high: undefined };
  return {
    mean,
    effectiveN,
    standardError: se,
    low: Math.max(0, mean - Z_95 * se),
    high: Math.min(1, mean + Z_95 * se),
  };
}
