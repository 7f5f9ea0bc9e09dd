import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';
import type { FrameworkCatalog } from '../frameworks/framework-catalog';
import type { AggregateRow } from '../scores/compute-unit-score';
import type { CellDelta } from './aggregate-deltas';
import { float8Array, int4Array, readFloat8Array, readInt4Array } from '../database/binary-arrays';

/** The five key columns of a `cell_aggregate` row, as the statements below unnest them. */
const KEY = `unit_code, period, methodology, framework_version, weighting_cell`;

type Sums = Pick<CellDelta, 'n' | 'sumW' | 'sumWx' | 'sumWx2' | 'sumW2'>;
type Key = Pick<CellDelta, 'unitCode' | 'period' | 'methodology' | 'frameworkVersion' | 'weightingCell'>;
const keyOf = (k: Key) => [k.unitCode, k.period, k.methodology, k.frameworkVersion, k.weightingCell].join('\u0000');

/** Up to how many rows the write statement is prepared (one prepared text per row count and connection). */
const PREPARED_WRITE_ROWS = 8;

const unnamed = <T>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> => manager.query(sql, params);

/**
 * A row's arrays as `array_send` prints them (bytea, hex): PostgreSQL copies each float8's bytes instead
 * of printing it as decimal text, which was over half of reading a unit's rows (10 rows, 3,360 numbers).
 */
const SENT_SUMS = `array_send(a.n) AS n, array_send(a.sum_w) AS "sumW", array_send(a.sum_wx) AS "sumWx",
                   array_send(a.sum_wx2) AS "sumWx2", array_send(a.sum_w2) AS "sumW2"`;
type SentSums = Record<keyof Sums, Buffer>;
const received = (s: SentSums): Sums => ({
  n: readInt4Array(s.n),
  sumW: readFloat8Array(s.sumW),
  sumWx: readFloat8Array(s.sumWx),
  sumWx2: readFloat8Array(s.sumWx2),
  sumW2: readFloat8Array(s.sumW2),
});

const column = <T extends Key>(rows: T[], k: keyof Key) => rows.map((d) => d[k]);

/** What the write statement does with one row: `u`pdate it, `i`nsert it, `d`elete it. */
type Write = Key & Sums & { op: 'u' | 'i' | 'd' };

/**
 * A row created by another transaction between this batch's read and its insert (two replicas counting
 * the first sheets of a unit and cell at once). Retriable: the replay, one event at a time, reads again.
 */
export class ConcurrentAggregateChangeError extends Error {}

/**
 * The SQL of the aggregates (`cell_aggregate`: one row per unit, period, methodology, framework version
 * and weighting cell, arrays indexed by framework position). Counting a sheet writes two rows (unit and
 * province) whatever its number of indicators. Semantics are those of `mergeAccumulators` /
 * `unmergeAccumulators` per element (see `InMemoryAggregates`). The element-wise arithmetic is done here,
 * in JavaScript, not in SQL: unnesting and re-aggregating ten arrays per row cost PostgreSQL ≈ 0.5 ms of
 * CPU per row (aggregate-cpu.integration-spec.ts), reading and writing whole arrays a fraction of it.
 */
@Injectable()
export class AggregateStore {
  /**
   * A batch's summed deltas (`sumDeltas`) in two statements: the batch's existing rows read and locked
   * `FOR UPDATE` in key order — two batches (two replicas, or a batch and its replay) always lock rows in
   * the same order and never deadlock; the rebuild holds the aggregates lock exclusively, so it never
   * meets them — then the new arrays (stored + delta, element by element, in float8 as PostgreSQL adds)
   * written back, rows missing at the read inserted (`ON CONFLICT DO NOTHING`: an insert never waits on a
   * row lock, so no lock cycle; a row created meanwhile fails the batch retriably). When the batch
   * subtracted a sheet from a row, like `unmergeAccumulators`: an element left with n = 0 is exactly
   * empty (no 1e-17 residue), the sums that cannot be negative are floored at 0, and a row left with
   * every n = 0 is deleted (or, missing before, not inserted). One delta per row, as `sumDeltas` gives.
   */
  async applyDeltas(manager: EntityManager, deltas: CellDelta[]): Promise<void> {
    if (deltas.length === 0) return;
    const stored: (Key & SentSums)[] = await preparedQuery(
      manager,
      `SELECT a.unit_code AS "unitCode", a.period, a.methodology, a.framework_version AS "frameworkVersion",
              a.weighting_cell AS "weightingCell", ${SENT_SUMS}
         FROM cell_aggregate a
         JOIN unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
                AS k(unit, period, methodology, framework, cell)
           ON (a.unit_code, a.period, a.methodology, a.framework_version, a.weighting_cell)
            = (k.unit, k.period, k.methodology, k.framework, k.cell)
        ORDER BY a.unit_code, a.period, a.methodology, a.framework_version, a.weighting_cell
          FOR UPDATE OF a`,
      [
        column(deltas, 'unitCode'),
        column(deltas, 'period'),
        column(deltas, 'methodology'),
        column(deltas, 'frameworkVersion'),
        column(deltas, 'weightingCell'),
      ],
    );
    const byKey = new Map(stored.map((s) => [keyOf(s), received(s)]));
    const writes: Write[] = [];
    for (const d of deltas) {
      const s = byKey.get(keyOf(d));
      const sums = s ? added(s, d) : copied(d);
      if (d.subtracts && !tidy(sums)) {
        if (s) writes.push({ ...d, ...sums, op: 'd' });
      } else {
        writes.push({ ...d, ...sums, op: s ? 'u' : 'i' });
      }
    }
    await this.write(manager, writes);
  }

  /**
   * The batch's updates, deletions and inserts in one statement (rows already locked, inserts in key
   * order), each row's arrays bound as binary parameters (`binary-arrays.ts`): 11 parameters a row, and
   * a batch writes at most 2 rows a sheet, far below PostgreSQL's 65,535 parameters for 500 sheets.
   */
  private async write(manager: EntityManager, writes: Write[]): Promise<void> {
    if (writes.length === 0) return;
    const inserts = writes.filter((w) => w.op === 'i').length;
    const params: unknown[] = [];
    const rows = writes.map((w) => {
      const at = params.length;
      params.push(w.unitCode, w.period, w.methodology, w.frameworkVersion, w.weightingCell, w.op);
      params.push(
        int4Array(w.n),
        float8Array(w.sumW),
        float8Array(w.sumWx),
        float8Array(w.sumWx2),
        float8Array(w.sumW2),
      );
      const $ = (k: number) => `$${at + k}`;
      return (
        `(${$(1)}::text, ${$(2)}::text, ${$(3)}::text, ${$(4)}::text, ${$(5)}::text, ${$(6)}::text, ` +
        `${$(7)}::int[], ${$(8)}::float8[], ${$(9)}::float8[], ${$(10)}::float8[], ${$(11)}::float8[])`
      );
    });
    // Its text depends on the number of rows: prepared for the small batches of low arrival rates, where
    // the statement's fixed cost counts per sheet; a big batch spreads it and would only fill the cache.
    const query = writes.length <= PREPARED_WRITE_ROWS ? preparedQuery : unnamed;
    const [{ inserted }] = await query<{ inserted: number }>(
      manager,
      `WITH d(unit, period, methodology, framework, cell, op, n, w, wx, wx2, w2) AS (VALUES ${rows.join(', ')}),
       updated AS (
         UPDATE cell_aggregate AS a SET n = d.n, sum_w = d.w, sum_wx = d.wx, sum_wx2 = d.wx2, sum_w2 = d.w2
           FROM d
          WHERE d.op = 'u' AND (a.unit_code, a.period, a.methodology, a.framework_version, a.weighting_cell)
                             = (d.unit, d.period, d.methodology, d.framework, d.cell)),
       deleted AS (
         DELETE FROM cell_aggregate AS a USING d
          WHERE d.op = 'd' AND (a.unit_code, a.period, a.methodology, a.framework_version, a.weighting_cell)
                             = (d.unit, d.period, d.methodology, d.framework, d.cell)),
       inserted AS (
         INSERT INTO cell_aggregate (${KEY}, n, sum_w, sum_wx, sum_wx2, sum_w2)
         SELECT d.unit, d.period, d.methodology, d.framework, d.cell, d.n, d.w, d.wx, d.wx2, d.w2
           FROM d WHERE d.op = 'i'
          ORDER BY d.unit, d.period, d.methodology, d.framework, d.cell
         ON CONFLICT (${KEY}) DO NOTHING RETURNING 1)
       SELECT count(*)::int AS inserted FROM inserted`,
      params,
    );
    if (inserted !== inserts)
      throw new ConcurrentAggregateChangeError('an aggregate row of the batch was created meanwhile');
  }

  /**
   * A unit's aggregates as one row per (indicator, cell), in a fixed order (code, cell) so every
   * recalculation (incremental or rebuild) sums alike: positions mapped to codes through the unit's
   * frameworks, a code's sums added across the framework versions its sheets were counted with (in
   * version order), empty elements left out. The rows' arrays are read as they are and unnested here:
   * unnesting them in SQL (and sending back one row per element) cost PostgreSQL ≈ 1.5 ms per unit.
   */
  async rowsOf(
    manager: EntityManager,
    frameworks: Pick<FrameworkCatalog, 'require'>,
    unitCode: string,
    period: string,
    methodology: string,
  ): Promise<AggregateRow[]> {
    const sent: ({ frameworkVersion: string; weightingCell: string } & SentSums)[] = await preparedQuery(
      manager,
      `SELECT a.framework_version AS "frameworkVersion", a.weighting_cell AS "weightingCell", ${SENT_SUMS}
         FROM cell_aggregate a WHERE unit_code = $1 AND period = $2 AND methodology = $3`,
      [unitCode, period, methodology],
    );
    const stored = sent.map((s) => ({ ...s, ...received(s) }));
    stored.sort((a, b) => compare(a.frameworkVersion, b.frameworkVersion) || compare(a.weightingCell, b.weightingCell));
    const rows = new Map<string, AggregateRow>();
    for (const s of stored) {
      const framework = await frameworks.require(manager, s.frameworkVersion);
      for (let i = 0; i < s.n.length; i++) {
        if (!(s.n[i] > 0)) continue;
        const indicatorCode = framework.codeAt(i + 1)!;
        const key = `${indicatorCode}\u0000${s.weightingCell}`;
        const row = rows.get(key);
        if (row) {
          row.n += s.n[i];
          row.sumW += s.sumW[i];
          row.sumWx += s.sumWx[i];
          row.sumWx2 += s.sumWx2[i];
          row.sumW2 += s.sumW2[i];
        } else {
          rows.set(key, {
            indicatorCode,
            weightingCell: s.weightingCell,
            n: s.n[i],
            sumW: s.sumW[i],
            sumWx: s.sumWx[i],
            sumWx2: s.sumWx2[i],
            sumW2: s.sumW2[i],
          });
        }
      }
    }
    return [...rows.values()].sort(
      (a, b) => compare(a.indicatorCode, b.indicatorCode) || compare(a.weightingCell, b.weightingCell),
    );
  }
}

/** Code-unit order: fixed whatever the database's collation. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Stored sums plus a delta, element by element (the float8 additions PostgreSQL would do). */
function added(s: Sums, d: Sums): Sums {
  const add = (xs: number[], ys: number[]) => xs.map((x, i) => x + ys[i]);
  return {
    n: add(s.n, d.n),
    sumW: add(s.sumW, d.sumW),
    sumWx: add(s.sumWx, d.sumWx),
    sumWx2: add(s.sumWx2, d.sumWx2),
    sumW2: add(s.sumW2, d.sumW2),
  };
}

function copied(d: Sums): Sums {
  return { n: [...d.n], sumW: [...d.sumW], sumWx: [...d.sumWx], sumWx2: [...d.sumWx2], sumW2: [...d.sumW2] };
}

/**
 * After a subtraction, in place: an element with n ≤ 0 made exactly empty, the sums that cannot be
 * negative floored at 0. False when every element is empty (the row is to be deleted).
 */
function tidy(s: Sums): boolean {
  let any = false;
  for (let i = 0; i < s.n.length; i++) {
    if (s.n[i] <= 0) {
      s.n[i] = 0;
      s.sumW[i] = 0;
      s.sumWx[i] = 0;
      s.sumWx2[i] = 0;
      s.sumW2[i] = 0;
    } else {
      any = true;
      s.sumW[i] = Math.max(0, s.sumW[i]);
      s.sumWx2[i] = Math.max(0, s.sumWx2[i]);
      s.sumW2[i] = Math.max(0, s.sumW2[i]);
    }
  }
  return any;
}
