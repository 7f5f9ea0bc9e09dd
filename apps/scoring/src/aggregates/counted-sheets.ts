import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { float4Array, int2Array } from '../database/binary-arrays';
import { preparedQuery } from '../database/prepared-query';
import type { NewSheet, ResponsePlan, StoredState } from './response-batch';
import type { StoredSheet } from './sheet-contribution';

/**
 * Another transaction changed one of the batch's sheets between its read and its write (only possible
 * while a partition moves between replicas). Retriable: the replay, one event at a time, reads again.
 */
export class ConcurrentSheetChangeError extends Error {}

/** The `counted_sheet` statements of a batch: one read, one insert, one rejection, whatever its size. */
@Injectable()
export class CountedSheets {
  async statesOf(manager: EntityManager, submissionIds: string[]): Promise<Map<string, StoredState>> {
    const rows: { id: string; rejected: boolean }[] = await preparedQuery(
      manager,
      `SELECT submission_id AS id, rejected_at IS NOT NULL AS rejected FROM counted_sheet
        WHERE submission_id = ANY($1::uuid[])`,
      [[...new Set(submissionIds)]],
    );
    return new Map(rows.map((r) => [r.id, r.rejected ? 'rejected' : 'counted']));
  }

  /**
   * Inserts the batch's new sheets; one counted and rejected within the batch is stored rejected. The
   * sheets' positions and values travel as one binary `smallint[]` and one `real[]` for the whole batch,
   * each sheet a slice of them (PostgreSQL copies the numbers instead of parsing ≈ 90 decimals a sheet),
   * so the statement's text never changes and it stays prepared whatever the batch size.
   */
  async insert(manager: EntityManager, inserts: ResponsePlan['inserts']): Promise<void> {
    if (inserts.length === 0) return;
    const column = <T>(f: (s: NewSheet) => T) => inserts.map((i) => f(i.sheet));
    const starts: number[] = [];
    let next = 1;
    for (const { sheet } of inserts) {
      starts.push(next);
      next += sheet.positions.length;
    }
    const stored: unknown[] = await preparedQuery(
      manager,
      `INSERT INTO counted_sheet (submission_id, unit_code, province_code, period, methodology, framework_version,
                                  weighting_cell, weight, indicator_idx, indicator_value, rejected_at)
       SELECT s.id, s.unit, s.province, s.period, s.methodology, s.framework, s.cell, s.weight,
              ($12::smallint[])[s.start : s.start + s.length - 1], ($13::real[])[s.start : s.start + s.length - 1],
              CASE WHEN s.rejected THEN now() END
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                     $8::float8[], $9::int[], $10::int[], $11::bool[])
                AS s(id, unit, province, period, methodology, framework, cell, weight, start, length, rejected)
        ORDER BY s.id
       ON CONFLICT (submission_id) DO NOTHING RETURNING submission_id`,
      [
        column((s) => s.submissionId),
        column((s) => s.unitCode),
        column((s) => s.provinceCode),
        column((s) => s.period),
        column((s) => s.methodology),
        column((s) => s.frameworkVersion),
        column((s) => s.contribution.weightingCell),
        column((s) => s.contribution.weight),
        starts,
        column((s) => s.positions.length),
        inserts.map((i) => i.rejected),
        int2Array(inserts.flatMap((i) => i.sheet.positions)),
        // Float4-rounded values (`sheetContribution`): exactly what `real` stores.
        float4Array(inserts.flatMap((i) => i.sheet.contribution.values)),
      ],
    );
    if (stored.length !== inserts.length)
      throw new ConcurrentSheetChangeError('a sheet of the batch was stored meanwhile');
  }

  /** Marks sheets counted before the batch rejected and returns them, to be subtracted. */
  async reject(manager: EntityManager, submissionIds: string[]): Promise<Map<string, StoredSheet>> {
    if (submissionIds.length === 0) return new Map();
    const rows: (StoredSheet & { id: string })[] = await preparedQuery(
      manager,
      // Wrapped in a SELECT: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
      `WITH rejected AS (
         UPDATE counted_sheet SET rejected_at = now() WHERE submission_id = ANY($1::uuid[]) AND rejected_at IS NULL
         RETURNING submission_id, unit_code, province_code, period, methodology, framework_version, weighting_cell,
                   weight, indicator_idx, indicator_value)
       SELECT submission_id AS id, unit_code AS "unitCode", province_code AS "provinceCode", period, methodology,
              framework_version AS "frameworkVersion", weighting_cell AS "weightingCell", weight,
              indicator_idx AS "indicatorIdx", indicator_value AS "indicatorValue"
         FROM rejected`,
      [submissionIds],
    );
    if (rows.length !== submissionIds.length)
      throw new ConcurrentSheetChangeError('a sheet of the batch was rejected meanwhile');
    return new Map(rows.map(({ id, ...sheet }) => [id, sheet]));
  }
}
