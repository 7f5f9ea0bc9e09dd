import { Inject, Injectable } from '@nestjs/common';
import { ScoresRecalculated } from '@papi/contracts';
import type { Transaction } from '@papi/platform-messaging';
import { preparedQuery } from '../database/prepared-query';
import { AggregateStore } from '../aggregates/aggregate-store';
import { FrameworkCatalog } from '../frameworks/framework-catalog';
import { computeUnitScore } from '../scores/compute-unit-score';
import type { RecalculatedEstimate, ScoreObserver } from '../scores/score-observer';
import { SCORE_OBSERVERS } from '../scores/score-observer';
import { PopulationFrames } from './population-frame';

export interface RecalculationTarget {
  unitCode: string;
  provinceCode: string;
  period: string;
  methodology: string;
  frameworkVersion: string;
  /** Sheets announced with this recalculation (≤ 500; empty for a rebuild). */
  submissionIds: string[];
}

/**
 * The one door from stored aggregates to a published estimate, used by the worker and by the rebuild:
 * reads the unit's aggregate rows once, scores them with `computeUnitScore`, then in the caller's
 * transaction updates the snapshot, appends to the history, lets every observer react and publishes
 * one ScoresRecalculated.
 */
@Injectable()
export class UnitRecalculator {
  constructor(
    private readonly aggregates: AggregateStore,
    private readonly frameworks: FrameworkCatalog,
    private readonly frames: PopulationFrames,
    @Inject(SCORE_OBSERVERS) private readonly observers: ScoreObserver[],
  ) {}

  async recalculate(tx: Transaction, t: RecalculationTarget): Promise<RecalculatedEstimate> {
    const manager = tx.manager;
    const rows = await this.aggregates.rowsOf(manager, this.frameworks, t.unitCode, t.period, t.methodology);
    const framework = await this.frameworks.require(manager, t.frameworkVersion);
    const frame = await this.frames.sharesFor(manager, t);
    const score = computeUnitScore(framework.structure, rows, frame);
    const lastSubmissionId = t.submissionIds.at(-1) ?? null;
    await preparedQuery(
      manager,
      `INSERT INTO score_snapshot AS s (unit_code, period, methodology, province_code, framework_version, n, score, last_submission_id, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, now())
       ON CONFLICT (unit_code, period, methodology) DO UPDATE SET
         province_code = EXCLUDED.province_code, framework_version = EXCLUDED.framework_version, n = EXCLUDED.n,
         score = EXCLUDED.score, last_submission_id = COALESCE(EXCLUDED.last_submission_id, s.last_submission_id),
         updated_at = EXCLUDED.updated_at`,
      [
        t.unitCode,
        t.period,
        t.methodology,
        t.provinceCode,
        t.frameworkVersion,
        score.n,
        JSON.stringify(score),
        lastSubmissionId,
      ],
    );
    const dimensions = score.dimensions.map(({ number, score: s, low, high, n }) => ({
      number,
      score: s,
      low,
      high,
      n,
    }));
    await preparedQuery(
      manager,
      `INSERT INTO score_history (unit_code, period, methodology, n, aggregate, aggregate_low, aggregate_high, dimensions, sheets)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9)`,
      [
        t.unitCode,
        t.period,
        t.methodology,
        score.n,
        score.aggregate.score,
        score.aggregate.low,
        score.aggregate.high,
        JSON.stringify(dimensions),
        t.submissionIds.length,
      ],
    );
    const estimate: RecalculatedEstimate = {
      unitCode: t.unitCode,
      provinceCode: t.provinceCode,
      period: t.period,
      methodology: t.methodology,
      n: score.n,
      score,
    };
    for (const observer of this.observers) await observer.onRecalculated(tx, estimate);
    await tx.publish(ScoresRecalculated, {
      unitCode: t.unitCode,
      provinceCode: t.provinceCode,
      period: t.period,
      methodology: t.methodology,
      n: score.n,
      aggregate: score.aggregate.score,
      dimensions: Object.fromEntries(score.dimensions.map((d) => [String(d.number), d.score])),
      submissionIds: t.submissionIds,
    });
    return estimate;
  }
}
