import type { AggregateRow } from '../scores/compute-unit-score';
import type { SheetContribution } from './sheet-contribution';

/** One sheet added to (+1) or removed from (−1) the aggregates of its units for one period. */
export interface AggregateChange {
  units: string[];
  period: string;
  methodology: string;
  contribution: SheetContribution;
  sign: 1 | -1;
}

/** What a batch changes in one `indicator_aggregate` row: signed sums of n, Σw, Σwx, Σwx², Σw². */
export interface AggregateDelta extends AggregateRow {
  unitCode: string;
  period: string;
  methodology: string;
}

/**
 * Sums a batch's changes per (unit, period, methodology, indicator, cell), so the batch upserts each
 * aggregate row once however many of its sheets touch it. The terms are those the per-sheet SQL adds
 * (w, w·x, w·x·x, w·w, in float8), only summed in another order: rebuild and incremental still agree to
 * 1e-9. A row whose changes cancel keeps a delta of n = 0 (the caller deletes rows left with n ≤ 0).
 */
export function sumDeltas(changes: AggregateChange[]): AggregateDelta[] {
  const deltas = new Map<string, AggregateDelta>();
  for (const { units, period, methodology, contribution: c, sign } of changes) {
    const w = c.weight;
    for (const unitCode of units) {
      c.codes.forEach((indicatorCode, i) => {
        const x = c.values[i];
        const key = [unitCode, period, methodology, indicatorCode, c.weightingCell].join('\u0000');
        let d = deltas.get(key);
        if (!d) {
          d = {
            unitCode,
            period,
            methodology,
            indicatorCode,
            weightingCell: c.weightingCell,
            n: 0,
            sumW: 0,
            sumWx: 0,
            sumWx2: 0,
            sumW2: 0,
          };
          deltas.set(key, d);
        }
        d.n += sign;
        d.sumW += sign * w;
        d.sumWx += sign * (w * x);
        d.sumWx2 += sign * (w * x * x);
        d.sumW2 += sign * (w * w);
      });
    }
  }
  return [...deltas.values()];
}
