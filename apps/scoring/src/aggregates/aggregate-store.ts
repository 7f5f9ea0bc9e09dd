import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AggregateRow } from '../scores/compute-unit-score';
import type { CellDelta } from './aggregate-deltas';

/** The five key columns of a `cell_aggregate` row, as the statements below unnest them. */
const KEY = `unit_code, period, methodology, framework_version, weighting_cell`;

/** A number array as a PostgreSQL array literal (a float prints as the double that parses back to it). */
const literal = (xs: number[]) => `{${xs.join(',')}}`;

/**
 * The SQL of the aggregates (`cell_aggregate`: one row per unit, period, methodology, framework version
 * and weighting cell, arrays indexed by framework position). Counting a sheet writes two rows (unit and
 * province) whatever its number of indicators. Semantics are those of `mergeAccumulators` /
 * `unmergeAccumulators` per element (see `InMemoryAggregates`).
 */
@Injectable()
export class AggregateStore {
  /**
   * A batch's summed deltas (`sumDeltas`) in one upsert, adding element by element, rows in key order
   * so that two batches (two replicas, or a batch and its replay) always lock rows in the same order and
   * never deadlock; the rebuild holds the aggregates lock exclusively, so it never meets them. When the
   * batch subtracted a sheet, one more statement over the rows it subtracted from: like
   * `unmergeAccumulators`, an element left with n = 0 is exactly empty (no 1e-17 residue), the sums that
   * cannot be negative are floored at 0, and a row left with every n = 0 is deleted.
   */
  async applyDeltas(manager: EntityManager, deltas: CellDelta[]): Promise<void> {
    if (deltas.length === 0) return;
    const column = <K extends keyof CellDelta>(k: K) => deltas.map((d) => d[k]);
    const arrays = <K extends 'n' | 'sumW' | 'sumWx' | 'sumWx2' | 'sumW2'>(k: K) => deltas.map((d) => literal(d[k]));
    // Without subtractions every sum only grows and every touched n is ≥ 1: a plain element-wise add.
    await manager.query(
      `INSERT INTO cell_aggregate AS a (${KEY}, n, sum_w, sum_wx, sum_wx2, sum_w2)
       SELECT d.unit, d.period, d.methodology, d.framework, d.cell,
              d.n::int[], d.w::float8[], d.wx::float8[], d.wx2::float8[], d.w2::float8[]
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
                     $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
                AS d(unit, period, methodology, framework, cell, n, w, wx, wx2, w2)
        ORDER BY d.unit, d.period, d.methodology, d.framework, d.cell
       ON CONFLICT (${KEY}) DO UPDATE SET (n, sum_w, sum_wx, sum_wx2, sum_w2) = (
         SELECT array_agg(x.n + x.dn ORDER BY x.i), array_agg(x.w + x.dw ORDER BY x.i),
                array_agg(x.wx + x.dwx ORDER BY x.i), array_agg(x.wx2 + x.dwx2 ORDER BY x.i),
                array_agg(x.w2 + x.dw2 ORDER BY x.i)
           FROM unnest(a.n, a.sum_w, a.sum_wx, a.sum_wx2, a.sum_w2,
                       EXCLUDED.n, EXCLUDED.sum_w, EXCLUDED.sum_wx, EXCLUDED.sum_wx2, EXCLUDED.sum_w2)
                  WITH ORDINALITY AS x(n, w, wx, wx2, w2, dn, dw, dwx, dwx2, dw2, i))`,
      [
        column('unitCode'),
        column('period'),
        column('methodology'),
        column('frameworkVersion'),
        column('weightingCell'),
        arrays('n'),
        arrays('sumW'),
        arrays('sumWx'),
        arrays('sumWx2'),
        arrays('sumW2'),
      ],
    );
    const subtracted = deltas.filter((d) => d.subtracts);
    if (subtracted.length > 0) await this.tidy(manager, subtracted);
  }

  /**
   * Deletes the rows left with every n ≤ 0 and rewrites, element by element, those left with an empty
   * element that is not exactly 0 or a sum below 0 (rows already locked by the upsert, so in no new order).
   */
  private async tidy(manager: EntityManager, keys: CellDelta[]): Promise<void> {
    await manager.query(
      `WITH k AS (
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
                         AS k(unit, period, methodology, framework, cell)),
       emptied AS (
         DELETE FROM cell_aggregate AS a USING k
          WHERE (a.unit_code, a.period, a.methodology, a.framework_version, a.weighting_cell)
              = (k.unit, k.period, k.methodology, k.framework, k.cell)
            AND 0 >= ALL(a.n))
       UPDATE cell_aggregate AS a SET (n, sum_w, sum_wx, sum_wx2, sum_w2) = (
         SELECT array_agg(greatest(0, x.n) ORDER BY x.i),
                array_agg(CASE WHEN x.n <= 0 THEN 0 ELSE greatest(0, x.w) END ORDER BY x.i),
                array_agg(CASE WHEN x.n <= 0 THEN 0 ELSE x.wx END ORDER BY x.i),
                array_agg(CASE WHEN x.n <= 0 THEN 0 ELSE greatest(0, x.wx2) END ORDER BY x.i),
                array_agg(CASE WHEN x.n <= 0 THEN 0 ELSE greatest(0, x.w2) END ORDER BY x.i)
           FROM unnest(a.n, a.sum_w, a.sum_wx, a.sum_wx2, a.sum_w2) WITH ORDINALITY AS x(n, w, wx, wx2, w2, i))
         FROM k
        WHERE (a.unit_code, a.period, a.methodology, a.framework_version, a.weighting_cell)
            = (k.unit, k.period, k.methodology, k.framework, k.cell)
          AND NOT 0 >= ALL(a.n)
          AND EXISTS (
                SELECT 1 FROM unnest(a.n, a.sum_w, a.sum_wx, a.sum_wx2, a.sum_w2) AS x(n, w, wx, wx2, w2)
                 WHERE CASE WHEN x.n <= 0 THEN x.n < 0 OR x.w <> 0 OR x.wx <> 0 OR x.wx2 <> 0 OR x.w2 <> 0
                            ELSE x.w < 0 OR x.wx2 < 0 OR x.w2 < 0 END)`,
      [
        keys.map((d) => d.unitCode),
        keys.map((d) => d.period),
        keys.map((d) => d.methodology),
        keys.map((d) => d.frameworkVersion),
        keys.map((d) => d.weightingCell),
      ],
    );
  }

  /**
   * A unit's aggregates as one row per (indicator, cell), in a fixed order (code, cell) so every
   * recalculation (incremental or rebuild) sums alike: positions mapped to codes through `framework`,
   * a code's sums added across the framework versions its sheets were counted with, empty elements left out.
   */
  async rowsOf(manager: EntityManager, unitCode: string, period: string, methodology: string): Promise<AggregateRow[]> {
    return manager.query(
      `SELECT f.indicator_codes[x.i::int] AS "indicatorCode", a.weighting_cell AS "weightingCell",
              sum(x.n)::int AS n, sum(x.w) AS "sumW", sum(x.wx) AS "sumWx", sum(x.wx2) AS "sumWx2", sum(x.w2) AS "sumW2"
         FROM cell_aggregate a
         JOIN framework f ON f.version = a.framework_version
        CROSS JOIN LATERAL unnest(a.n, a.sum_w, a.sum_wx, a.sum_wx2, a.sum_w2) WITH ORDINALITY AS x(n, w, wx, wx2, w2, i)
        WHERE a.unit_code = $1 AND a.period = $2 AND a.methodology = $3 AND x.n > 0
        GROUP BY 1, 2
        ORDER BY 1, 2`,
      [unitCode, period, methodology],
    );
  }
}
