import {
  mergeAccumulators,
  postStratifiedEstimate,
  scoreUnitFromEstimates,
  type IndicatorEstimate,
  type PopulationShares,
  type ScoringFramework,
  type UnitScore,
  type WeightedAccumulator,
} from '@papi/papi';

/** One stored aggregate row: an indicator's sums in one weighting cell (sex × age group) of a unit. */
export interface AggregateRow {
  indicatorCode: string;
  weightingCell: string;
  n: number;
  sumW: number;
  sumWx: number;
  sumWx2: number;
  sumW2: number;
}

/** Population share of each weighting cell (`female:30-39` → 0.11), summing to 1; null when no frame is loaded. */
export type { PopulationShares };

/**
 * The one door from stored aggregates to a unit's scores, used by incremental recalculation and by the
 * full rebuild alike so both compute the same numbers. Each indicator is post-stratified against the
 * frame (libs/papi README, rule 9); without a frame, cells are pooled (sample shares).
 */
export function computeUnitScore(
  framework: ScoringFramework,
  rows: readonly AggregateRow[],
  frame: PopulationShares | null,
): UnitScore {
  const cellsByIndicator = new Map<string, Record<string, WeightedAccumulator>>();
  for (const r of rows) {
    const cells = cellsByIndicator.get(r.indicatorCode) ?? {};
    const acc = { n: r.n, sumW: r.sumW, sumWX: r.sumWx, sumWX2: r.sumWx2, sumW2: r.sumW2 };
    const seen = cells[r.weightingCell];
    cells[r.weightingCell] = seen ? mergeAccumulators(seen, acc) : acc;
    cellsByIndicator.set(r.indicatorCode, cells);
  }
  const estimates: Record<string, IndicatorEstimate | null> = {};
  for (const [code, cells] of cellsByIndicator) estimates[code] = postStratifiedEstimate(cells, frame);
  return scoreUnitFromEstimates(framework, estimates);
}
