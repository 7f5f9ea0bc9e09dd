import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ScoreAlertRule } from '@papi/contracts';

export type ScoreAlertStatus = 'open' | 'closed';

/**
 * One opening of an alert for (unit, period, dimension, rule), from opening to closing; its id is the
 * alertId of ScoreAlertRaised / ScoreAlertResolved and the email's dedupe key. At most one open alert
 * per key (partial unique index), so a concurrent or repeated recalculation cannot open it twice.
 */
@Entity('score_alert')
@Index('ux_score_alert_open', ['unitCode', 'period', 'dimension', 'rule'], { unique: true, where: `status = 'open'` })
@Index('ix_score_alert_key_closed', ['unitCode', 'period', 'dimension', 'rule', 'closedAt'])
export class ScoreAlertEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  unitCode: string;

  @Column({ type: 'text' })
  provinceCode: string;

  @Column({ type: 'text' })
  period: string;

  @Column({ type: 'smallint' })
  dimension: number;

  @Column({ type: 'text' })
  rule: ScoreAlertRule;

  @Column({ type: 'text' })
  status: ScoreAlertStatus;

  /** The estimate that opened it: the dimension score, or the projected rank for `rank`. */
  @Column({ type: 'double precision' })
  value: number;

  /** The bar it missed: target score, previous score minus the allowed drop, or target rank. */
  @Column({ type: 'double precision' })
  threshold: number;

  /** Upper bound of the dimension's 95% interval when it opened. */
  @Column({ type: 'double precision' })
  high: number;

  @Column({ type: 'int' })
  n: number;

  @Column({ type: 'timestamptz' })
  openedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** The estimate that closed it; null when the estimate stopped qualifying (n below the minimum). */
  @Column({ type: 'double precision', nullable: true })
  closingValue: number | null;
}
