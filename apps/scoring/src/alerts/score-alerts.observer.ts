import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ScoreAlertRaised, ScoreAlertResolved, type ScoreAlertRule } from '@papi/contracts';
import type { BenchmarkTable, DimensionScore } from '@papi/papi';
import { Transaction } from '@papi/platform-messaging';
import { SERVICE_CONFIG } from '@papi/platform-http';
import { BenchmarkRowEntity } from '../benchmarks/benchmark-row.entity';
import { BenchmarkTableEntity } from '../benchmarks/benchmark-table.entity';
import { toBenchmarkTable } from '../benchmarks/benchmark-table.mapper';
import type { ScoringConfig } from '../config/scoring.config';
import { targetsFor, type ProvinceTargets } from '../plan-targets/targets-for';
import type { RecalculatedEstimate, ScoreObserver } from '../scores/score-observer';
import { periodYear } from '../scores/survey-period';
import { ALERT_RULES, evaluateRules, type RuleCondition } from './alert-rules';
import { projectedDimensionRank } from './projected-dimension-rank';
import { ScoreAlertEntity } from './score-alert.entity';

const DIMENSIONS = [1, 2, 3, 4, 5, 6, 7, 8];

/**
 * Score alerts (contract §8), judged on every recalculated PROVINCE estimate inside the recalculating
 * transaction, which already holds the unit's snapshot row: an alert opens once when its condition
 * becomes true (n ≥ ALERT_MIN_SAMPLE) and closes when it becomes false; events only on transitions.
 *
 * Districts are excluded: the plans' targets are the province's PAPI targets, PAPI publishes and
 * ranks provinces only, and a district's sample (a fraction of the province's) would raise alerts on
 * noise against a target that was never set for it.
 */
@Injectable()
export class ScoreAlertsObserver implements ScoreObserver {
  constructor(@Inject(SERVICE_CONFIG) private readonly config: ScoringConfig) {}

  async onRecalculated(tx: Transaction, e: RecalculatedEstimate): Promise<void> {
    if (e.unitCode !== e.provinceCode) return;
    const year = periodYear(e.period);
    if (year === null) return;
    const now = new Date();
    const open = await tx.manager.findBy(ScoreAlertEntity, { unitCode: e.unitCode, period: e.period, status: 'open' });
    if (e.n < this.config.ALERT_MIN_SAMPLE) {
      // The estimate no longer qualifies (sheets were rejected): nothing can be judged, so open alerts close.
      for (const alert of open) await this.close(tx, alert, null, now);
      return;
    }
    const targets = await targetsFor(tx.manager, e.provinceCode, year);
    const previous = await previousDimensions(tx.manager, e);
    const table = targets.rank === null ? undefined : await latestBenchmarkTable(tx.manager, year);
    for (const dimension of DIMENSIONS) {
      const scored = e.score.dimensions.find((d) => d.number === dimension);
      const conditions = this.conditions(e, dimension, scored, targets, previous, table);
      for (const rule of ALERT_RULES) {
        const alert = open.find((a) => a.dimension === dimension && a.rule === rule);
        const condition = conditions[rule];
        if (alert && !condition?.active) await this.close(tx, alert, scored?.score ?? null, now);
        if (!alert && condition?.active) await this.open(tx, e, year, dimension, rule, condition, scored!, now);
      }
    }
  }

  private conditions(
    e: RecalculatedEstimate,
    dimension: number,
    scored: DimensionScore | undefined,
    targets: ProvinceTargets,
    previous: Map<number, number | null> | undefined,
    table: BenchmarkTable | undefined,
  ): Record<ScoreAlertRule, RuleCondition | null> {
    const score = scored?.score ?? null;
    return evaluateRules({
      score,
      high: scored?.high ?? null,
      targetScore: targets.dimensions.get(dimension),
      previousScore: previous?.get(dimension),
      dropPoints: this.config.ALERT_DROP_POINTS,
      projectedRank:
        table && score !== null ? projectedDimensionRank(table, e.provinceCode, dimension, score) : undefined,
      targetRank: targets.rank,
    });
  }

  private async open(
    tx: Transaction,
    e: RecalculatedEstimate,
    year: number,
    dimension: number,
    rule: ScoreAlertRule,
    condition: RuleCondition,
    scored: DimensionScore,
    now: Date,
  ): Promise<void> {
    const key = [e.unitCode, e.period, dimension, rule];
    const cooling: unknown[] = await tx.manager.query(
      `SELECT 1 FROM score_alert WHERE unit_code = $1 AND period = $2 AND dimension = $3 AND rule = $4
         AND status = 'closed' AND closed_at > $5 LIMIT 1`,
      [...key, new Date(now.getTime() - this.config.ALERT_COOLDOWN)],
    );
    if (cooling.length > 0) return;
    const id = randomUUID();
    // The partial unique index on open alerts makes a second opening a no-op, whoever gets there first.
    const inserted: unknown[] = await tx.manager.query(
      `INSERT INTO score_alert (id, unit_code, province_code, period, dimension, rule, status, value, threshold, high, n, opened_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'open', $7, $8, $9, $10, $11)
       ON CONFLICT (unit_code, period, dimension, rule) WHERE status = 'open' DO NOTHING RETURNING id`,
      [
        id,
        e.unitCode,
        e.provinceCode,
        e.period,
        dimension,
        rule,
        condition.value,
        condition.threshold,
        scored.high,
        e.n,
        now,
      ],
    );
    if (inserted.length === 0) return;
    await tx.publish(ScoreAlertRaised, {
      alertId: id,
      unitCode: e.unitCode,
      provinceCode: e.provinceCode,
      period: e.period,
      dimension,
      rule,
      value: condition.value,
      threshold: condition.threshold,
      high: scored.high!,
      n: e.n,
      year,
      raisedAt: now.toISOString(),
    });
  }

  private async close(tx: Transaction, alert: ScoreAlertEntity, value: number | null, now: Date): Promise<void> {
    const closed: unknown[] = await tx.manager.query(
      `UPDATE score_alert SET status = 'closed', closed_at = $2, closing_value = $3
        WHERE id = $1 AND status = 'open' RETURNING id`,
      [alert.id, now, value],
    );
    if (closed.length === 0) return;
    await tx.publish(ScoreAlertResolved, {
      alertId: alert.id,
      unitCode: alert.unitCode,
      provinceCode: alert.provinceCode,
      period: alert.period,
      dimension: alert.dimension,
      rule: alert.rule,
      value,
      resolvedAt: now.toISOString(),
    });
  }
}

/** Dimension scores of the unit's latest earlier period with a snapshot (wave codes sort by time). */
async function previousDimensions(
  manager: EntityManager,
  e: RecalculatedEstimate,
): Promise<Map<number, number | null> | undefined> {
  const rows: { score: { dimensions: DimensionScore[] } | null }[] = await manager.query(
    `SELECT score FROM score_snapshot WHERE unit_code = $1 AND methodology = $2 AND period < $3 AND score IS NOT NULL
      ORDER BY period DESC LIMIT 1`,
    [e.unitCode, e.methodology, e.period],
  );
  const score = rows[0]?.score;
  return score ? new Map(score.dimensions.map((d) => [d.number, d.score])) : undefined;
}

/**
 * The latest benchmark table of the period's year or before: a table of a later edition did not exist
 * when the period was surveyed, and a later era's table may not even hold the province.
 */
async function latestBenchmarkTable(manager: EntityManager, year: number): Promise<BenchmarkTable | undefined> {
  const header = await manager
    .getRepository(BenchmarkTableEntity)
    .createQueryBuilder('t')
    .where('t.year <= :year', { year })
    .orderBy('t.year', 'DESC')
    .getOne();
  if (!header) return undefined;
  const rows = await manager.findBy(BenchmarkRowEntity, { year: header.year });
  return toBenchmarkTable(header, rows);
}
