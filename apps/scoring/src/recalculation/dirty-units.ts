import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';

export interface DirtyMark {
  units: string[];
  provinceCode: string;
  period: string;
  methodology: string;
  frameworkVersion: string;
  submissionId: string;
}

/** A claimed dirty row: what the worker recalculates. */
export interface DirtyUnit {
  unitCode: string;
  provinceCode: string;
  period: string;
  methodology: string;
  frameworkVersion: string;
  submissionIds: string[];
}

/** At most this many submission ids go into one ScoresRecalculated (contract of the event). */
export const MAX_IDS_PER_RECALCULATION = 500;

/** The `dirty_unit` queue: marked by counting and rejecting, drained by the recalculation worker. */
@Injectable()
export class DirtyUnits {
  /** Marks every unit of the sheet dirty, in the caller's transaction (units in order: no deadlock). */
  async mark(manager: EntityManager, m: DirtyMark): Promise<void> {
    await preparedQuery(
      manager,
      `INSERT INTO dirty_unit AS d (unit_code, period, methodology, province_code, framework_version, submission_ids)
       SELECT u.unit, $2, $3, $4, $5, ARRAY[$6::uuid] FROM unnest($1::text[]) AS u(unit) ORDER BY u.unit
       ON CONFLICT (unit_code, period, methodology) DO UPDATE SET
         framework_version = EXCLUDED.framework_version,
         submission_ids = d.submission_ids || EXCLUDED.submission_ids`,
      [m.units, m.period, m.methodology, m.provinceCode, m.frameworkVersion, m.submissionId],
    );
  }

  /**
   * The batch form of `mark`: every unit a batch touched in one statement, each (unit, period,
   * methodology) once with the batch's submission ids in event order and the framework of its last
   * sheet (what repeated `mark` calls would leave), rows in unit order like `mark`.
   */
  async markAll(manager: EntityManager, marks: DirtyMark[]): Promise<void> {
    const rows = new Map<string, Omit<DirtyMark, 'units' | 'submissionId'> & { unit: string; ids: string[] }>();
    for (const m of marks) {
      for (const unit of m.units) {
        const key = [unit, m.period, m.methodology].join('\u0000');
        const row = rows.get(key) ?? { ...m, unit, ids: [] };
        row.frameworkVersion = m.frameworkVersion;
        row.ids.push(m.submissionId);
        rows.set(key, row);
      }
    }
    if (rows.size === 0) return;
    const all = [...rows.values()];
    await preparedQuery(
      manager,
      `INSERT INTO dirty_unit AS d (unit_code, period, methodology, province_code, framework_version, submission_ids)
       SELECT r.unit, r.period, r.methodology, r.province, r.framework, string_to_array(r.ids, ',')::uuid[]
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
                AS r(unit, period, methodology, province, framework, ids)
        ORDER BY r.unit, r.period, r.methodology
       ON CONFLICT (unit_code, period, methodology) DO UPDATE SET
         framework_version = EXCLUDED.framework_version,
         submission_ids = d.submission_ids || EXCLUDED.submission_ids`,
      [
        all.map((r) => r.unit),
        all.map((r) => r.period),
        all.map((r) => r.methodology),
        all.map((r) => r.provinceCode),
        all.map((r) => r.frameworkVersion),
        all.map((r) => r.ids.join(',')),
      ],
    );
  }

  /**
   * Takes the oldest dirty unit no other transaction holds (several replicas drain side by side) and
   * keeps it locked until the caller's transaction ends. Returns undefined when there is none.
   */
  async claimNext(manager: EntityManager): Promise<DirtyUnit | undefined> {
    const rows: DirtyUnit[] = await preparedQuery(
      manager,
      `SELECT unit_code AS "unitCode", province_code AS "provinceCode", period, methodology,
              framework_version AS "frameworkVersion", submission_ids AS "submissionIds"
         FROM dirty_unit ORDER BY marked_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
    );
    return rows[0];
  }

  /**
   * Settles a claimed row after its recalculation announced `announced` ids: deleted, or, when more than
   * one event's worth of ids piled up, left dirty with the rest (one more recalculation announces them).
   */
  async settle(manager: EntityManager, d: DirtyUnit, announced: number): Promise<void> {
    const key = [d.unitCode, d.period, d.methodology];
    if (announced >= d.submissionIds.length) {
      await preparedQuery(
        manager,
        'DELETE FROM dirty_unit WHERE unit_code = $1 AND period = $2 AND methodology = $3',
        key,
      );
    } else {
      await preparedQuery(
        manager,
        `UPDATE dirty_unit SET submission_ids = submission_ids[$4:] WHERE unit_code = $1 AND period = $2 AND methodology = $3`,
        [...key, announced + 1],
      );
    }
  }

  /** Moves a unit whose recalculation failed to the back of the queue, so it cannot starve the others. */
  async postpone(manager: EntityManager, d: Pick<DirtyUnit, 'unitCode' | 'period' | 'methodology'>): Promise<void> {
    await preparedQuery(
      manager,
      'UPDATE dirty_unit SET marked_at = now() WHERE unit_code = $1 AND period = $2 AND methodology = $3',
      [d.unitCode, d.period, d.methodology],
    );
  }
}
