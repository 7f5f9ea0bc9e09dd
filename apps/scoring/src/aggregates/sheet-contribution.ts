import { mergeAccumulators, observation, unmergeAccumulators, type WeightedAccumulator } from '@papi/papi';
import type { AggregateRow } from '../scores/compute-unit-score';

/** What one sheet adds to (or, rejected, removes from) the aggregates of its unit and of its province. */
export interface SheetContribution {
  weightingCell: string;
  weight: number;
  /** Sorted by code, so concurrent transactions lock aggregate rows in the same order (no deadlock). */
  codes: string[];
  /** The counted values: float4-rounded, as `counted_sheet.indicator_value` stores them. */
  values: number[];
}

export class InvalidSheetError extends Error {}

/**
 * The sheet's values as scoring counts them. Values must be finite and within 0–1 (surveys rescales
 * them) and the weight positive; a sheet that breaks this can never be counted.
 */
export function sheetContribution(
  indicators: Readonly<Record<string, number>>,
  weight: number,
  weightingCell: string,
): SheetContribution {
  if (!Number.isFinite(weight) || weight <= 0) throw new InvalidSheetError(`weight must be positive (got ${weight})`);
  const codes = Object.keys(indicators).sort();
  const values = codes.map((code) => {
    const x = indicators[code];
    if (!Number.isFinite(x) || x < 0 || x > 1) throw new InvalidSheetError(`indicator ${code} is not within 0–1`);
    return Math.fround(x);
  });
  return { weightingCell, weight, codes, values };
}

/** The units a sheet counts for: its district/commune and its province (once when they coincide). */
export function unitsOf(sheet: { unitCode: string; provinceCode: string }): string[] {
  return sheet.unitCode === sheet.provinceCode ? [sheet.unitCode] : [sheet.unitCode, sheet.provinceCode];
}

/** A `counted_sheet` row as rejecting reads it back. */
export interface StoredSheet {
  unitCode: string;
  provinceCode: string;
  period: string;
  methodology: string;
  frameworkVersion: string;
  weightingCell: string;
  weight: number;
  indicatorIdx: number[];
  indicatorValue: number[];
}

/** The stored sheet as a contribution again (`codes`: its positions' codes), sorted like counting sorts them. */
export function storedContribution(sheet: StoredSheet, codes: string[]): SheetContribution {
  const order = codes.map((_, i) => i).sort((a, b) => (codes[a] < codes[b] ? -1 : codes[a] > codes[b] ? 1 : 0));
  return {
    weightingCell: sheet.weightingCell,
    weight: sheet.weight,
    codes: order.map((i) => codes[i]),
    // pg reads real[] as the shortest decimal; fround gives back the exact float4 counting added.
    values: order.map((i) => Math.fround(sheet.indicatorValue[i])),
  };
}

/**
 * The aggregate rows of one unit and period held in memory: the exact semantics the SQL of
 * `AggregateStore` implements (add = merge; remove = unmerge, a row whose n reaches 0 disappears).
 * Used by the property test as the model the database must match.
 */
export class InMemoryAggregates {
  private readonly rows = new Map<string, WeightedAccumulator>();

  add(c: SheetContribution): void {
    c.codes.forEach((code, i) => {
      const key = `${code}\u0000${c.weightingCell}`;
      const part = observation(c.values[i], c.weight);
      const seen = this.rows.get(key);
      this.rows.set(key, seen ? mergeAccumulators(seen, part) : part);
    });
  }

  remove(c: SheetContribution): void {
    c.codes.forEach((code, i) => {
      const key = `${code}\u0000${c.weightingCell}`;
      const seen = this.rows.get(key);
      if (!seen) throw new RangeError(`nothing counted for ${code} in ${c.weightingCell}`);
      const left = unmergeAccumulators(seen, observation(c.values[i], c.weight));
      if (left.n === 0) this.rows.delete(key);
      else this.rows.set(key, left);
    });
  }

  toRows(): AggregateRow[] {
    return [...this.rows.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, a]) => {
        const [indicatorCode, weightingCell] = key.split('\u0000');
        return { indicatorCode, weightingCell, n: a.n, sumW: a.sumW, sumWx: a.sumWX, sumWx2: a.sumWX2, sumW2: a.sumW2 };
      });
  }
}
