import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope, ResponseCountedV1, ScoresRecalculated } from '@papi/contracts';
import { METHODOLOGY_VERSION, papi2019Framework, scoreUnit, WeightedAccumulator, mergeAccumulators } from '@papi/papi';
import { Inbox, Transaction } from '@papi/platform-messaging';
import { SCORE_OBSERVERS, ScoreObserver } from '../scores/score-observer';
import { ScoreSnapshotEntity } from '../scores/score-snapshot.entity';
import { IndicatorAggregateEntity } from './indicator-aggregate.entity';

/**
 * Adds one counted sheet to the running aggregates of its unit and of its province, recomputes both
 * estimates and announces them. Cost depends on the number of indicators, not on stored sheets.
 */
@Injectable()
export class CountResponseUseCase {
  constructor(
    private readonly inbox: Inbox,
    @Inject(SCORE_OBSERVERS) private readonly observers: ScoreObserver[],
  ) {}

  async execute(event: EventEnvelope<ResponseCountedV1>): Promise<void> {
    await this.inbox.handleOnce('scoring.count-response', event, async (tx) => {
      const p = event.payload;
      for (const unitCode of [p.unitCode, p.provinceCode]) {
        await this.lockSnapshot(tx.manager, unitCode, p);
        await this.addToAggregates(tx.manager, unitCode, p);
        await this.rescore(tx, unitCode, p);
      }
    });
  }

  /** Serializes concurrent recomputations of one unit (several replicas, unit and province paths). */
  private async lockSnapshot(manager: EntityManager, unitCode: string, p: ResponseCountedV1) {
    await manager.query(
      `INSERT INTO score_snapshot (unit_code, period, methodology, province_code) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [unitCode, p.period, METHODOLOGY_VERSION, p.provinceCode],
    );
    await manager.query(
      'SELECT 1 FROM score_snapshot WHERE unit_code = $1 AND period = $2 AND methodology = $3 FOR UPDATE',
      [unitCode, p.period, METHODOLOGY_VERSION],
    );
  }

  private async addToAggregates(manager: EntityManager, unitCode: string, p: ResponseCountedV1) {
    const codes = Object.keys(p.indicators);
    if (codes.length === 0) return;
    const x = codes.map((c) => p.indicators[c]);
    await manager.query(
      `INSERT INTO indicator_aggregate AS a (unit_code, period, methodology, indicator_code, weighting_cell, n, sum_w, sum_wx, sum_wx2, sum_w2)
       SELECT $1, $2, $3, code, $4, 1, $5::float8, $5::float8 * x, $5::float8 * x * x, $5::float8 * $5::float8
         FROM unnest($6::text[], $7::float8[]) AS t(code, x)
       ON CONFLICT (unit_code, period, methodology, indicator_code, weighting_cell) DO UPDATE SET
         n = a.n + 1, sum_w = a.sum_w + EXCLUDED.sum_w, sum_wx = a.sum_wx + EXCLUDED.sum_wx,
         sum_wx2 = a.sum_wx2 + EXCLUDED.sum_wx2, sum_w2 = a.sum_w2 + EXCLUDED.sum_w2`,
      [unitCode, p.period, METHODOLOGY_VERSION, p.weightingCell, p.weight, codes, x],
    );
  }

  private async rescore(tx: Transaction, unitCode: string, p: ResponseCountedV1) {
    const rows = await tx.manager.findBy(IndicatorAggregateEntity, {
      unitCode,
      period: p.period,
      methodology: METHODOLOGY_VERSION,
    });
    const accumulators: Record<string, WeightedAccumulator> = {};
    for (const r of rows) {
      const acc = { n: r.n, sumW: r.sumW, sumWX: r.sumWx, sumWX2: r.sumWx2, sumW2: r.sumW2 };
      accumulators[r.indicatorCode] = accumulators[r.indicatorCode]
        ? mergeAccumulators(accumulators[r.indicatorCode], acc)
        : acc;
    }
    const score = scoreUnit(papi2019Framework, accumulators);
    // Sheets counted for the unit: each sheet bumps every indicator it answers, so take the largest count.
    const n = Math.max(0, ...Object.values(accumulators).map((a) => a.n));
    await tx.manager.update(
      ScoreSnapshotEntity,
      { unitCode, period: p.period, methodology: METHODOLOGY_VERSION },
      { score, n, lastSubmissionId: p.submissionId, updatedAt: new Date() },
    );
    const estimate = { unitCode, provinceCode: p.provinceCode, period: p.period, methodology: METHODOLOGY_VERSION };
    for (const o of this.observers) await o.onRecalculated(tx, { ...estimate, n, score });
    await tx.publish(ScoresRecalculated, {
      unitCode,
      provinceCode: p.provinceCode,
      period: p.period,
      methodology: METHODOLOGY_VERSION,
      n,
      aggregate: score.aggregate.score,
      dimensions: Object.fromEntries(score.dimensions.map((d) => [String(d.number), d.score])),
      submissionIds: [p.submissionId],
    });
  }
}
