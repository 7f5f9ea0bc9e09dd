import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AggregateRow } from '../scores/compute-unit-score';
import type { AggregateDelta } from './aggregate-deltas';
import type { SheetContribution } from './sheet-contribution';

/** Which aggregate rows a contribution touches: one unit set (unit and province) for one period. */
export interface AggregateTarget {
  units: string[];
  period: string;
  methodology: string;
}

/**
 * The SQL of adding and removing one sheet in `indicator_aggregate`, for its unit and its province in
 * one statement each. Cost depends on the sheet's indicators, never on the number of stored sheets.
 * Semantics are those of `mergeAccumulators` / `unmergeAccumulators` (see `InMemoryAggregates`).
 */
@Injectable()
export class AggregateStore {
  async add(manager: EntityManager, t: AggregateTarget, c: SheetContribution): Promise<void> {
    if (c.codes.length === 0) return;
    await manager.query(
      `INSERT INTO indicator_aggregate AS a
              (unit_code, period, methodology, indicator_code, weighting_cell, n, sum_w, sum_wx, sum_wx2, sum_w2)
       SELECT u.unit, $2, $3, v.code, $4, 1, $5::float8, $5::float8 * v.x, $5::float8 * v.x * v.x, $5::float8 * $5::float8
         FROM unnest($1::text[]) AS u(unit) CROSS JOIN unnest($6::text[], $7::float8[]) AS v(code, x)
        ORDER BY u.unit, v.code
       ON CONFLICT (unit_code, period, methodology, indicator_code, weighting_cell) DO UPDATE SET
         n = a.n + 1, sum_w = a.sum_w + EXCLUDED.sum_w, sum_wx = a.sum_wx + EXCLUDED.sum_wx,
         sum_wx2 = a.sum_wx2 + EXCLUDED.sum_wx2, sum_w2 = a.sum_w2 + EXCLUDED.sum_w2`,
      [t.units, t.period, t.methodology, c.weightingCell, c.weight, c.codes, c.values],
    );
  }

  /**
   * Subtracts a counted sheet. Like `unmergeAccumulators`: the row of an indicator left with no answers
   * is deleted (exactly empty, no 1e-17 residue), and sums that cannot be negative never go below 0.
   */
  async remove(manager: EntityManager, t: AggregateTarget, c: SheetContribution): Promise<void> {
    if (c.codes.length === 0) return;
    const params = [t.units, t.period, t.methodology, c.weightingCell, c.weight, c.codes, c.values];
    // Rows locked in (unit, code) order first, the order counting uses, so the two never deadlock.
    await manager.query(
      `SELECT 1 FROM indicator_aggregate
        WHERE unit_code = ANY($1) AND period = $2 AND methodology = $3 AND weighting_cell = $4 AND indicator_code = ANY($5)
        ORDER BY unit_code, indicator_code FOR UPDATE`,
      [t.units, t.period, t.methodology, c.weightingCell, c.codes],
    );
    await manager.query(
      `UPDATE indicator_aggregate AS a SET
         n = a.n - 1,
         sum_w = CASE WHEN a.n = 1 THEN 0 ELSE greatest(0, a.sum_w - $5::float8) END,
         sum_wx = CASE WHEN a.n = 1 THEN 0 ELSE a.sum_wx - $5::float8 * v.x END,
         sum_wx2 = CASE WHEN a.n = 1 THEN 0 ELSE greatest(0, a.sum_wx2 - $5::float8 * v.x * v.x) END,
         sum_w2 = CASE WHEN a.n = 1 THEN 0 ELSE greatest(0, a.sum_w2 - $5::float8 * $5::float8) END
         FROM unnest($1::text[]) AS u(unit) CROSS JOIN unnest($6::text[], $7::float8[]) AS v(code, x)
        WHERE a.unit_code = u.unit AND a.period = $2 AND a.methodology = $3 AND a.weighting_cell = $4
          AND a.indicator_code = v.code`,
      params,
    );
    await manager.query(
      `DELETE FROM indicator_aggregate
        WHERE unit_code = ANY($1) AND period = $2 AND methodology = $3 AND weighting_cell = $4 AND n <= 0`,
      [t.units, t.period, t.methodology, c.weightingCell],
    );
  }

  /**
   * A batch's summed deltas (`sumDeltas`) in one upsert, rows in the (unit, period, methodology,
   * indicator, cell) order the per-sheet statements also lock in, so batches and single events never
   * deadlock. Like `remove`: a row left with n ≤ 0 is deleted (exactly empty), the sums that cannot be
   * negative are floored at 0.
   */
  async applyDeltas(manager: EntityManager, deltas: AggregateDelta[]): Promise<void> {
    if (deltas.length === 0) return;
    const column = <K extends keyof AggregateDelta>(k: K) => deltas.map((d) => d[k]);
    const keys = [
      column('unitCode'),
      column('period'),
      column('methodology'),
      column('indicatorCode'),
      column('weightingCell'),
    ];
    await manager.query(
      `INSERT INTO indicator_aggregate AS a
              (unit_code, period, methodology, indicator_code, weighting_cell, n, sum_w, sum_wx, sum_wx2, sum_w2)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
                            $6::int[], $7::float8[], $8::float8[], $9::float8[], $10::float8[])
                  AS d(unit, period, methodology, code, cell, n, w, wx, wx2, w2)
        ORDER BY unit, period, methodology, code, cell
       ON CONFLICT (unit_code, period, methodology, indicator_code, weighting_cell) DO UPDATE SET
         n = a.n + EXCLUDED.n,
         sum_w = CASE WHEN a.n + EXCLUDED.n <= 0 THEN 0 ELSE greatest(0, a.sum_w + EXCLUDED.sum_w) END,
         sum_wx = CASE WHEN a.n + EXCLUDED.n <= 0 THEN 0 ELSE a.sum_wx + EXCLUDED.sum_wx END,
         sum_wx2 = CASE WHEN a.n + EXCLUDED.n <= 0 THEN 0 ELSE greatest(0, a.sum_wx2 + EXCLUDED.sum_wx2) END,
         sum_w2 = CASE WHEN a.n + EXCLUDED.n <= 0 THEN 0 ELSE greatest(0, a.sum_w2 + EXCLUDED.sum_w2) END`,
      [...keys, column('n'), column('sumW'), column('sumWx'), column('sumWx2'), column('sumW2')],
    );
    // Only a delta with n ≤ 0 can leave a row empty (or insert one with n = 0).
    const emptied = deltas.filter((d) => d.n <= 0);
    if (emptied.length === 0) return;
    await manager.query(
      `DELETE FROM indicator_aggregate AS a
        USING unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS d(unit, period, methodology, code, cell)
        WHERE a.unit_code = d.unit AND a.period = d.period AND a.methodology = d.methodology
          AND a.indicator_code = d.code AND a.weighting_cell = d.cell AND a.n <= 0`,
      [
        emptied.map((d) => d.unitCode),
        emptied.map((d) => d.period),
        emptied.map((d) => d.methodology),
        emptied.map((d) => d.indicatorCode),
        emptied.map((d) => d.weightingCell),
      ],
    );
  }

  /** A unit's rows in a fixed order, so every recalculation (incremental or rebuild) sums alike. */
  async rowsOf(manager: EntityManager, unitCode: string, period: string, methodology: string): Promise<AggregateRow[]> {
    return manager.query(
      `SELECT indicator_code AS "indicatorCode", weighting_cell AS "weightingCell", n,
              sum_w AS "sumW", sum_wx AS "sumWx", sum_wx2 AS "sumWx2", sum_w2 AS "sumW2"
         FROM indicator_aggregate WHERE unit_code = $1 AND period = $2 AND methodology = $3
        ORDER BY indicator_code, weighting_cell`,
      [unitCode, period, methodology],
    );
  }
}
