import type { ScoringFramework } from '../framework/framework.types';

type Dimension = ScoringFramework['dimensions'][number];
type SubDimension = Dimension['subDimensions'][number];
import { AGGREGATE_RANGE, DIMENSION_RANGE, subDimensionRange } from './score-ranges';
import { intervalWithin, sumOfParts, type ScoreAndVariance } from './interval';
import { subDimensionScore } from './sub-dimension-score';
import type { DimensionScore, SubDimensionScore, UnitScore } from './unit-score.types';
import { pooledEstimate, type IndicatorEstimate } from './post-stratify';
import type { WeightedAccumulator } from './weighted-accumulator';

export type AccumulatorsByIndicator = Readonly<Record<string, WeightedAccumulator | undefined>>;
export type EstimatesByIndicator = Readonly<Record<string, IndicatorEstimate | null | undefined>>;

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
  const estimates: Record<string, IndicatorEstimate | null> = {};
  for (const [code, acc] of Object.entries(accumulators)) estimates[code] = acc ? pooledEstimate(acc) : null;
  return scoreUnitFromEstimates(framework, estimates);
}

/**
 * The same scoring from each indicator's (mean, variance of the mean, n), however they were estimated:
 * pooled over the sample (`scoreUnit`) or post-stratified against a population frame.
 */
export function scoreUnitFromEstimates(framework: ScoringFramework, estimates: EstimatesByIndicator): UnitScore {
  const scored = framework.dimensions.map((dimension) => scoreDimension(dimension, estimates));
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
  estimates: EstimatesByIndicator,
): { result: DimensionScore; estimate: ScoreAndVariance | null } {
  const k = dimension.subDimensions.length;
  const subs = dimension.subDimensions.map((sub) => scoreSubDimension(sub, k, estimates));
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
  estimates: EstimatesByIndicator,
): { result: SubDimensionScore; estimate: ScoreAndVariance | null } {
  const indicators = sub.indicators.map((i) => estimates[i.code] ?? null).filter((m) => m !== null);
  const n = Math.max(0, ...indicators.map((m) => m.n));
  if (indicators.length === 0) return { result: { code: sub.code, ...nullInterval(), n }, estimate: null };

  const m = indicators.length;
  const meanOfMeans = indicators.reduce((sum, i) => sum + i.mean, 0) / m;
  const varianceOfMean = indicators.reduce((sum, i) => sum + i.variance, 0) / (m * m);
  const estimate = { score: subDimensionScore(meanOfMeans, k), variance: (9 / k) ** 2 * varianceOfMean };
  return { result: { code: sub.code, ...intervalWithin(estimate, subDimensionRange(k)), n }, estimate };
}

function nullInterval(): { score: null; low: null; high: null } {
  return { score: null, low: null, high: null };
}
