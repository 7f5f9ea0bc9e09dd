import {
  mergeAccumulators,
  scoreUnit,
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
export type PopulationShares = Readonly<Record<string, number>>;

/**
 * The one door from stored aggregates to a unit's scores, used by incremental recalculation and by the
 * full rebuild alike so both compute the same numbers. Without a frame, cells are pooled (sample shares).
 */
export function computeUnitScore(
  framework: ScoringFramework,
  rows: readonly AggregateRow[],
  _frame: PopulationShares | null,
): UnitScore {
  const accumulators: Record<string, WeightedAccumulator> = {};
  for (const r of rows) {
    const acc = { n: r.n, sumW: r.sumW, sumWX: r.sumWx, sumWX2: r.sumWx2, sumW2: r.sumW2 };
    const seen = accumulators[r.indicatorCode];
    accumulators[r.indicatorCode] = seen ? mergeAccumulators(seen, acc) : acc;
  }
  return scoreUnit(framework, accumulators);
}
