import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { METHODOLOGY_VERSION, type DimensionScore, type ScoreWithInterval, type UnitScore } from '@papi/papi';
import type { HistoryDimension } from './score-history.entity';

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

interface SnapshotRow {
  unitCode: string;
  provinceCode: string;
  period: string;
  n: number;
  score: UnitScore;
  updatedAt: Date;
}

/** A dimension without its sub-dimensions: what trend lines and the heat table draw. */
function dimensionSummary({ number, score, low, high, n }: DimensionScore): HistoryDimension {
  return { number, score, low, high, n };
}

/** Read models of `GET /api/v1/scores/*` under the current methodology; only estimates with sheets (n > 0). */
@Injectable()
export class ScoreReads {
  constructor(private readonly dataSource: DataSource) {}

  /** The latest snapshot of every period of a unit, oldest period first (wave codes sort by time). */
  async series(unitCode: string) {
    const rows: SnapshotRow[] = await this.dataSource.query(
      `SELECT period, n, score, updated_at AS "updatedAt" FROM score_snapshot
        WHERE unit_code = $1 AND methodology = $2 AND n > 0 AND score IS NOT NULL ORDER BY period`,
      [unitCode, METHODOLOGY_VERSION],
    );
    return {
      unit: unitCode,
      methodology: METHODOLOGY_VERSION,
      items: rows.map((r) => ({
        period: r.period,
        n: r.n,
        aggregate: r.score.aggregate,
        dimensions: r.score.dimensions.map(dimensionSummary),
        updatedAt: r.updatedAt.toISOString(),
      })),
    };
  }

  /** Recalculations of one unit and period, newest first. */
  async history(unitCode: string, period: string, limit: number, offset: number) {
    const params = [unitCode, period, METHODOLOGY_VERSION];
    const [{ total }] = await this.dataSource.query(
      'SELECT count(*)::int AS total FROM score_history WHERE unit_code = $1 AND period = $2 AND methodology = $3',
      params,
    );
    const rows: {
      n: number;
      aggregate: number | null;
      aggregateLow: number | null;
      aggregateHigh: number | null;
      dimensions: HistoryDimension[];
      sheets: number;
      recalculatedAt: Date;
    }[] = await this.dataSource.query(
      `SELECT n, aggregate, aggregate_low AS "aggregateLow", aggregate_high AS "aggregateHigh", dimensions, sheets,
              recalculated_at AS "recalculatedAt"
         FROM score_history WHERE unit_code = $1 AND period = $2 AND methodology = $3
        ORDER BY id DESC LIMIT $4 OFFSET $5`,
      [...params, limit, offset],
    );
    const items = rows.map((r) => ({
      n: r.n,
      aggregate: { score: r.aggregate, low: r.aggregateLow, high: r.aggregateHigh } satisfies ScoreWithInterval,
      dimensions: r.dimensions,
      sheets: r.sheets,
      recalculatedAt: r.recalculatedAt.toISOString(),
    }));
    return { unit: unitCode, period, methodology: METHODOLOGY_VERSION, items, total: total as number, limit, offset };
  }

  /** Every unit's latest estimate for a period (optionally one province's units): the heat table. */
  async units(period: string, province: string | undefined, limit: number, offset: number) {
    const where = `period = $1 AND methodology = $2 AND n > 0 AND score IS NOT NULL AND ($3::text IS NULL OR province_code = $3)`;
    const params = [period, METHODOLOGY_VERSION, province ?? null];
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM score_snapshot WHERE ${where}`,
      params,
    );
    const rows: SnapshotRow[] = await this.dataSource.query(
      `SELECT unit_code AS "unitCode", province_code AS "provinceCode", n, score, updated_at AS "updatedAt"
         FROM score_snapshot WHERE ${where} ORDER BY province_code, length(unit_code), unit_code LIMIT $4 OFFSET $5`,
      [...params, limit, offset],
    );
    const items = rows.map((r) => ({
      unit: r.unitCode,
      provinceCode: r.provinceCode,
      level: r.unitCode === r.provinceCode ? 'province' : 'unit',
      n: r.n,
      aggregate: r.score.aggregate,
      dimensions: r.score.dimensions.map(dimensionSummary),
      updatedAt: r.updatedAt.toISOString(),
    }));
    return {
      period,
      province: province ?? null,
      methodology: METHODOLOGY_VERSION,
      items,
      total: total as number,
      limit,
      offset,
    };
  }
}
