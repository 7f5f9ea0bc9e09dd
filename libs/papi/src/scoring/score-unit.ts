import type { ScoringFramework } from '../framework/framework.types';

type Dimension = ScoringFramework['dimensions'][number];
type SubDimension = Dimension['subDimensions'][number];
import { AGGREGATE_RANGE, DIMENSION_RANGE, subDimensionRange } from './score-ranges';
import { intervalWithin, sumOfParts, type ScoreAndVariance } from './interval';
import { subDimensionScore } from './sub-dimension-score';
import type { DimensionScore, SubDimensionScore, UnitScore } from './unit-score.types';
import type { WeightedAccumulator } from './weighted-accumulator';
import { effectiveSampleSize, standardError, weightedMean } from './weighted-estimate';

export type AccumulatorsByIndicator = Readonly<Record<string, WeightedAccumulator | undefined>>;

/** Largest variance a 0–1 value can have; used when one effective answer leaves the spread unknown. */
const MAX_VARIANCE_OF_SHARE = 0.25;

/**
 * Scores one unit (province or district) for one period from its stored indicator aggregates.
 *
 * Intervals (methodology m1, an approximation stated in the README): indicators are treated as
 * independent, so the mean of a sub-dimension's m indicators has variance Σ var_i / m², scaled by
 * (9/k)² like the score; a dimension adds its sub-dimensions' variances, the aggregate adds the
 * dimensions'. Answers of one respondent are in truth correlated across indicators, so this
 * understates the width of dimension and aggregate intervals. Every interval is clamped to its level's
 * theoretical range.
 *
 * Indicators with no answers are skipped; a sub-dimension with none has a null score, and a dimension
 * (and the aggregate) is null unless all its parts have scores: a partial sum would read as a low score.
 */
export function scoreUnit(framework: ScoringFramework, accumulators: AccumulatorsByIndicator): UnitScore {
  const scored = framework.dimensions.map((dimension) => scoreDimension(dimension, accumulators));
  const total = sumOfParts(scored.map((d) => d.estimate));
  const aggregate = total === null ? nullInterval() : intervalWithin(total, AGGREGATE_RANGE);
  return {
    dimensions: scored.map((d) => d.result),
    aggregate,
    n: Math.max(0, ...scored.map((d) => d.result.n)),
  };
}

function scoreDimension(
  dimension: Dimension,
  accumulators: AccumulatorsByIndicator,
): { result: DimensionScore; estimate: ScoreAndVariance | null } {
  const k = dimension.subDimensions.length;
  const subs = dimension.subDimensions.map((sub) => scoreSubDimension(sub, k, accumulators));
  const estimate = sumOfParts(subs.map((s) => s.estimate));
  const interval = estimate === null ? nullInterval() : intervalWithin(estimate, DIMENSION_RANGE);
  const result: DimensionScore = {
    number: dimension.number,
    ...interval,
    n: Math.max(0, ...subs.map((s) => s.result.n)),
    subDimensions: subs.map((s) => s.result),
  };
  return { result, estimate };
}

function scoreSubDimension(
  sub: SubDimension,
  k: number,
  accumulators: AccumulatorsByIndicator,
): { result: SubDimensionScore; estimate: ScoreAndVariance | null } {
  const indicators = sub.indicators.map((i) => indicatorMoments(accumulators[i.code])).filter((m) => m !== null);
  const n = Math.max(0, ...indicators.map((m) => m.n));
  if (indicators.length === 0) return { result: { code: sub.code, ...nullInterval(), n }, estimate: null };

  const m = indicators.length;
  const meanOfMeans = indicators.reduce((sum, i) => sum + i.mean, 0) / m;
  const varianceOfMean = indicators.reduce((sum, i) => sum + i.variance, 0) / (m * m);
  const estimate = { score: subDimensionScore(meanOfMeans, k), variance: (9 / k) ** 2 * varianceOfMean };
  return { result: { code: sub.code, ...intervalWithin(estimate, subDimensionRange(k)), n }, estimate };
}

/** Mean and variance of the mean of one indicator, or null when it has no answers. */
function indicatorMoments(acc: WeightedAccumulator | undefined): { mean: number; variance: number; n: number } | null {
  if (acc === undefined) return null;
  const mean = weightedMean(acc);
  if (mean === undefined) return null;
  const se = standardError(acc);
  // With a single effective answer the spread is unknown: assume the worst a 0–1 value allows.
  const variance = se === undefined ? MAX_VARIANCE_OF_SHARE / Math.max(1, effectiveSampleSize(acc)) : se * se;
  return { mean, variance, n: acc.n };
}

function nullInterval(): { score: null; low: null; high: null } {
  return { score: null, low: null, high: null };
}
