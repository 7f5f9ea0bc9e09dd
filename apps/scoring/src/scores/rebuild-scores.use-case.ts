import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UnitOfWork } from '@papi/platform-messaging';
import { lockAggregatesExclusive } from '../aggregates/counting-lock';
import { UnitRecalculator } from '../recalculation/unit-recalculator';

export interface RebuildResult {
  /** Snapshots recomputed (districts/communes and provinces). */
  units: number;
  /** Counted, not rejected sheets aggregated. */
  sheets: number;
  seconds: number;
}

interface RebuildTarget {
  unitCode: string;
  provinceCode: string;
  period: string;
  methodology: string;
  frameworkVersion: string;
}

/**
 * Recomputes `cell_aggregate` from `counted_sheet` in SQL, then every snapshot through the same
 * door as the incremental path (`UnitRecalculator`), so both give the same numbers (up to the order of
 * floating-point sums, ~1e-15). One transaction under the EXCLUSIVE aggregates lock (see counting-lock):
 * counting, rejecting and recalculating wait until it commits, and readers see the old scores until then.
 *
 * The sheets are unnested and grouped once into a temporary table per (sheet group, framework position)
 * — `CREATE TABLE AS` may run as a parallel query, which an `INSERT … SELECT` may not — then rolled up to
 * unit and province rows of arrays (one INSERT … SELECT … GROUP BY), one per weighting cell.
 */
@Injectable()
export class RebuildScoresUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly recalculator: UnitRecalculator,
  ) {}

  async execute(period?: string): Promise<RebuildResult> {
    const started = process.hrtime.bigint();
    const scope = period ?? null;
    const { units, sheets } = await this.unitOfWork.run(async (tx) => {
      const m = tx.manager;
      // The services' sessions run without JIT (see createServiceDataSource); this scan of every stored
      // sheet is the one statement long enough to gain from it.
      await m.query('SET LOCAL jit = on');
      await lockAggregatesExclusive(m);
      await m.query('DELETE FROM cell_aggregate WHERE ($1::text IS NULL OR period = $1)', [scope]);
      // Fresh statistics: with a stale row estimate the planner sorts millions of unnested rows on disk
      // instead of hashing them in parallel.
      await m.query('ANALYZE counted_sheet');
      await m.query('DROP TABLE IF EXISTS rebuilt_cell');
      await m.query('DROP TABLE IF EXISTS rebuild_group');
      const where = `s.rejected_at IS NULL AND (${scope === null ? 'TRUE' : 's.period = $1'})`;
      // One integer per sheet group (period, methodology, framework, unit, cell — a unit lies in one
      // province, so the province never splits a group). The per-value grouping below then hashes two
      // integers instead of five texts: about half the CPU per unnested value. A plain (unlogged) table,
      // not a temporary one, because parallel workers cannot read a temporary table; created and dropped
      // inside this transaction under the exclusive lock, so no other rebuild ever sees it.
      await m.query(
        `CREATE UNLOGGED TABLE rebuild_group AS
         SELECT (row_number() OVER ())::int AS gid, d.*
           FROM (SELECT DISTINCT s.period, s.methodology, s.framework_version, s.unit_code, s.province_code, s.weighting_cell
                   FROM counted_sheet s WHERE ${where}) AS d`,
        scope === null ? [] : [scope],
      );
      await m.query('ANALYZE rebuild_group');
      // Grouped per (group, framework position); the cost of this statement is per unnested value.
      await m.query(
        `CREATE TEMP TABLE rebuilt_cell ON COMMIT DROP AS
         SELECT g.period, g.methodology, g.framework_version, g.unit_code, g.weighting_cell, c.idx,
                c.n, c.sum_w, c.sum_wx, c.sum_wx2, c.sum_w2
           FROM (SELECT g.gid, v.idx, count(*)::int AS n, sum(s.weight) AS sum_w, sum(s.weight * v.x) AS sum_wx,
                        sum(s.weight * v.x * v.x) AS sum_wx2, sum(s.weight * s.weight) AS sum_w2
                   FROM counted_sheet s
                   JOIN rebuild_group g ON g.period = s.period AND g.methodology = s.methodology
                    AND g.framework_version = s.framework_version AND g.unit_code = s.unit_code
                    AND g.province_code = s.province_code AND g.weighting_cell = s.weighting_cell
                  CROSS JOIN LATERAL unnest(s.indicator_idx, s.indicator_value) AS v(idx, x)
                  WHERE ${where}
                  GROUP BY g.gid, v.idx) AS c
           JOIN rebuild_group g ON g.gid = c.gid`,
        scope === null ? [] : [scope],
      );
      // A unit lies in one province: its code from any of its groups.
      await m.query(
        `CREATE TEMP TABLE rebuilt_unit ON COMMIT DROP AS
         SELECT DISTINCT ON (g.unit_code, g.period) g.unit_code, g.period, g.province_code
           FROM rebuild_group g ORDER BY g.unit_code, g.period`,
      );
      await m.query('DROP TABLE rebuild_group');
      // Unit and province sums per (row, position), then rolled up to one row of arrays per (unit, period,
      // methodology, framework version, cell), every position of the framework present (0 where no sheet
      // answered it), as counting leaves them.
      await m.query(
        `INSERT INTO cell_aggregate (unit_code, period, methodology, framework_version, weighting_cell,
                                     n, sum_w, sum_wx, sum_wx2, sum_w2)
         WITH s AS (
           SELECT r.unit, r.period, r.methodology, r.framework_version, r.weighting_cell, r.idx,
                  sum(r.n)::int AS n, sum(r.sum_w) AS sum_w, sum(r.sum_wx) AS sum_wx, sum(r.sum_wx2) AS sum_wx2,
                  sum(r.sum_w2) AS sum_w2
             FROM (SELECT c.unit_code AS unit, c.* FROM rebuilt_cell c
                   UNION ALL
                   SELECT u.province_code AS unit, c.* FROM rebuilt_cell c
                     JOIN rebuilt_unit u ON u.unit_code = c.unit_code AND u.period = c.period
                    WHERE c.unit_code <> u.province_code) AS r
            GROUP BY r.unit, r.period, r.methodology, r.framework_version, r.weighting_cell, r.idx)
         SELECT k.unit, k.period, k.methodology, k.framework_version, k.weighting_cell,
                array_agg(coalesce(s.n, 0) ORDER BY p.i), array_agg(coalesce(s.sum_w, 0) ORDER BY p.i),
                array_agg(coalesce(s.sum_wx, 0) ORDER BY p.i), array_agg(coalesce(s.sum_wx2, 0) ORDER BY p.i),
                array_agg(coalesce(s.sum_w2, 0) ORDER BY p.i)
           FROM (SELECT DISTINCT unit, period, methodology, framework_version, weighting_cell FROM s) AS k
           JOIN framework f ON f.version = k.framework_version
          CROSS JOIN LATERAL generate_series(1, cardinality(f.indicator_codes)) AS p(i)
           LEFT JOIN s ON s.unit = k.unit AND s.period = k.period AND s.methodology = k.methodology
                      AND s.framework_version = k.framework_version AND s.weighting_cell = k.weighting_cell
                      AND s.idx = p.i
          GROUP BY k.unit, k.period, k.methodology, k.framework_version, k.weighting_cell`,
      );
      const [{ count }] = await m.query(
        `SELECT count(*)::int AS count FROM counted_sheet WHERE rejected_at IS NULL AND ($1::text IS NULL OR period = $1)`,
        [scope],
      );
      const targets = await this.targets(m, scope);
      for (const t of targets) await this.recalculator.recalculate(tx, { ...t, submissionIds: [] });
      return { units: targets.length, sheets: count as number };
    });
    return { units, sheets, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
  }

  /**
   * Every unit to rescore: those with surviving sheets (scored with their latest framework version), and
   * those whose snapshot exists but whose sheets are all gone (rescored empty with their stored version).
   */
  private async targets(m: EntityManager, scope: string | null): Promise<RebuildTarget[]> {
    return m.query(
      `WITH rebuilt AS (
         SELECT unit, province_code, period, methodology, max(framework_version) AS framework_version
           FROM (SELECT c.unit_code AS unit, u.province_code, c.period, c.methodology, c.framework_version
                   FROM rebuilt_cell c JOIN rebuilt_unit u ON u.unit_code = c.unit_code AND u.period = c.period
                 UNION ALL
                 SELECT u.province_code, u.province_code, c.period, c.methodology, c.framework_version
                   FROM rebuilt_cell c JOIN rebuilt_unit u ON u.unit_code = c.unit_code AND u.period = c.period) AS x
          GROUP BY unit, province_code, period, methodology)
       SELECT unit AS "unitCode", province_code AS "provinceCode", period, methodology, framework_version AS "frameworkVersion"
         FROM rebuilt
       UNION ALL
       SELECT s.unit_code, s.province_code, s.period, s.methodology, s.framework_version
         FROM score_snapshot s
        WHERE s.framework_version IS NOT NULL AND ($1::text IS NULL OR s.period = $1)
          AND NOT EXISTS (SELECT 1 FROM rebuilt r WHERE r.unit = s.unit_code AND r.period = s.period AND r.methodology = s.methodology)
        ORDER BY 3, 1`,
      [scope],
    );
  }
}
