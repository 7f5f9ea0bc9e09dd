// Public door of @papi/papi: the PAPI framework as versioned data and the scoring math, as pure
// functions with no I/O and no framework. Import only from here.

export type {
  Dimension,
  Direction,
  Indicator,
  IndicatorRule,
  IndicatorRuleKind,
  PapiFramework,
  ScoringFramework,
  SubDimension,
} from './framework/framework.types';
export { EXCLUDED_ANSWER_VALUES } from './framework/framework.types';
export type { FrameworkProblem } from './framework/framework-problem';
export { validateFramework } from './framework/validate-framework';
export { papi2019Framework } from './framework/papi-2019/papi-2019.framework';
export { frameworkOfEdition, papi2021Framework } from './framework/papi-2021/papi-2021.framework';

export { rescale } from './scoring/rescale';
export type { WeightedAccumulator } from './scoring/weighted-accumulator';
export {
  accumulate,
  emptyAccumulator,
  mergeAccumulators,
  observation,
  unmergeAccumulators,
} from './scoring/weighted-accumulator';
export type { WeightedEstimate } from './scoring/weighted-estimate';
export { effectiveSampleSize, estimate, standardError, weightedMean, Z_95 } from './scoring/weighted-estimate';
export { subDimensionScore } from './scoring/sub-dimension-score';
export { AGGREGATE_RANGE, DIMENSION_RANGE, subDimensionRange } from './scoring/score-ranges';
export type { AccumulatorsByIndicator, EstimatesByIndicator } from './scoring/score-unit';
export { scoreUnit, scoreUnitFromEstimates } from './scoring/score-unit';
export type { CellAccumulators, IndicatorEstimate, PopulationShares } from './scoring/post-stratify';
export {
  AGE_GROUPS,
  MIN_CELL_RESPONDENTS,
  pooledEstimate,
  postStratifiedEstimate,
  SEXES,
  WEIGHTING_CELLS,
} from './scoring/post-stratify';
export type { DimensionScore, ScoreWithInterval, SubDimensionScore, UnitScore } from './scoring/unit-score.types';
export { METHODOLOGY_VERSION } from './scoring/methodology';

export type {
  BenchmarkCsvError,
  BenchmarkRow,
  BenchmarkTable,
  DimensionRankedProvince,
  PerformanceGroup,
  RankedProvince,
  ResolvedProvince,
} from './benchmark/benchmark.types';
export type { BenchmarkCsvOptions, BenchmarkCsvResult } from './benchmark/parse-benchmark-csv';
export { parseBenchmarkCsv } from './benchmark/parse-benchmark-csv';
export { rankingTotal, rankTable, rankTableByDimension } from './benchmark/rank-table';
export { groupCuts, groupOfRank } from './benchmark/performance-group';
export type { GapRequest } from './benchmark/compute-gap';
export { computeGap } from './benchmark/compute-gap';
export type { OwnEstimate } from './benchmark/own-estimate';
export type { BenchmarkGap, DimensionGap, GapErrorCode, GapResult, OwnScores, WhatIf } from './benchmark/gap.types';
export type { Units } from './benchmark/decimal-units';
export { formatDecimal, MAX_SCALE, toUnits, unitsToNumber, unitsToString } from './benchmark/decimal-units';
