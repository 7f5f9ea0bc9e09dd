import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `indicator_aggregate` (one row per indicator and cell) becomes `cell_aggregate` (one row per cell, arrays
 * indexed by framework position): counting a sheet then writes 2 rows instead of ≈ 2 × its indicators.
 * The old rows hold no framework version, so the new table is filled from `counted_sheet` (what a
 * rebuild computes); snapshots are left as they are (the same sums, up to float rounding order).
 */
export class CellAggregates1795773338166 implements MigrationInterface {
  name = 'CellAggregates1795773338166';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "cell_aggregate" ("unit_code" text NOT NULL, "period" text NOT NULL, "methodology" text NOT NULL, "framework_version" text NOT NULL, "weighting_cell" text NOT NULL, "n" integer array NOT NULL, "sum_w" double precision array NOT NULL, "sum_wx" double precision array NOT NULL, "sum_wx2" double precision array NOT NULL, "sum_w2" double precision array NOT NULL, CONSTRAINT "PK_d1a294c01f279271cc4df7b7120" PRIMARY KEY ("unit_code", "period", "methodology", "framework_version", "weighting_cell"))`,
    );
    // A row is ~3.3 KB raw for 87 indicators (above the 2 KB at which PostgreSQL starts toasting). MAIN
    // compresses the arrays inline and moves them out of line only if the row outgrows a page; with the
    // default (EXTENDED) one array goes to the TOAST table and every update rewrites its chunk there, PLAIN
    // keeps 3.3 KB per row version. Measured per counted sheet (aggregate-wal.integration-spec.ts):
    // EXTENDED 4.4 KB of WAL, uncompressed 6.9 KB, MAIN 4.2 KB, for the two rows.
    await queryRunner.query(
      `ALTER TABLE "cell_aggregate" ALTER COLUMN "n" SET STORAGE MAIN, ALTER COLUMN "sum_w" SET STORAGE MAIN,
         ALTER COLUMN "sum_wx" SET STORAGE MAIN, ALTER COLUMN "sum_wx2" SET STORAGE MAIN,
         ALTER COLUMN "sum_w2" SET STORAGE MAIN`,
    );
    await queryRunner.query(
      `INSERT INTO "cell_aggregate" (unit_code, period, methodology, framework_version, weighting_cell,
                                     n, sum_w, sum_wx, sum_wx2, sum_w2)
       WITH s AS (
         SELECT u.unit, s.period, s.methodology, s.framework_version, s.weighting_cell, v.idx,
                count(*)::int AS n, sum(s.weight) AS sum_w, sum(s.weight * v.x) AS sum_wx,
                sum(s.weight * v.x * v.x) AS sum_wx2, sum(s.weight * s.weight) AS sum_w2
           FROM counted_sheet s
          CROSS JOIN LATERAL (SELECT s.unit_code UNION SELECT s.province_code) AS u(unit)
          CROSS JOIN LATERAL unnest(s.indicator_idx, s.indicator_value) AS v(idx, x)
          WHERE s.rejected_at IS NULL
          GROUP BY 1, 2, 3, 4, 5, 6)
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
    await queryRunner.query(`DROP TABLE "indicator_aggregate"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "indicator_aggregate" ("unit_code" text NOT NULL, "period" text NOT NULL, "methodology" text NOT NULL, "indicator_code" text NOT NULL, "weighting_cell" text NOT NULL, "n" integer NOT NULL, "sum_w" double precision NOT NULL, "sum_wx" double precision NOT NULL, "sum_wx2" double precision NOT NULL, "sum_w2" double precision NOT NULL, CONSTRAINT "PK_dd45729c6b51d8e93ad7b31cb84" PRIMARY KEY ("unit_code", "period", "methodology", "indicator_code", "weighting_cell"))`,
    );
    await queryRunner.query(
      `INSERT INTO "indicator_aggregate" (unit_code, period, methodology, indicator_code, weighting_cell,
                                          n, sum_w, sum_wx, sum_wx2, sum_w2)
       SELECT a.unit_code, a.period, a.methodology, f.indicator_codes[x.i::int], a.weighting_cell,
              sum(x.n), sum(x.w), sum(x.wx), sum(x.wx2), sum(x.w2)
         FROM "cell_aggregate" a
         JOIN framework f ON f.version = a.framework_version
        CROSS JOIN LATERAL unnest(a.n, a.sum_w, a.sum_wx, a.sum_wx2, a.sum_w2) WITH ORDINALITY AS x(n, w, wx, wx2, w2, i)
        WHERE x.n > 0
        GROUP BY 1, 2, 3, 4, 5`,
    );
    await queryRunner.query(`DROP TABLE "cell_aggregate"`);
  }
}
