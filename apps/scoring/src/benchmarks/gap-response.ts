import type { BenchmarkGap, OwnScores, PerformanceGroup } from '@papi/papi';
import type { ChosenEstimate } from './pick-estimate';

/** The body of `GET /benchmarks/{year}/gap`, field for field as contract §7 fixes it. */
export interface GapResponse {
  year: number;
  province: string;
  targetRank: number;
  targetTotal: number;
  bestTotal: number;
  source: 'estimate' | 'benchmark';
  /** The wave of the estimate used; null when the province's own benchmark row is used. */
  period: string | null;
  /** The estimate's sample size; null with the benchmark row. */
  n: number | null;
  own: OwnScores;
  projectedRank: number;
  projectedGroup: PerformanceGroup;
  gaps: BenchmarkGap['gaps'];
  whatIf: BenchmarkGap['whatIf'];
}

export function toGapResponse(year: number, gap: BenchmarkGap, estimate: ChosenEstimate | undefined): GapResponse {
  return {
    year,
    province: gap.province,
    targetRank: gap.targetRank,
    targetTotal: gap.targetTotal,
    bestTotal: gap.bestTotal,
    source: estimate === undefined ? 'benchmark' : 'estimate',
    period: estimate?.period ?? null,
    n: estimate?.n ?? null,
    own: gap.own,
    projectedRank: gap.projectedRank,
    projectedGroup: gap.projectedGroup,
    gaps: gap.gaps,
    whatIf: gap.whatIf,
  };
}
