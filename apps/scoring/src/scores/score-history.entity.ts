import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ScoreWithInterval } from '@papi/papi';

/** One dimension in a history row: its score and interval (sub-dimensions stay in the snapshot). */
export interface HistoryDimension extends ScoreWithInterval {
  number: number;
  n: number;
}

/** Every recalculation of a unit's estimate for a period, in order: how an estimate moved over time. */
@Entity('score_history')
@Index('ix_score_history_unit_period', ['unitCode', 'period', 'methodology', 'id'])
export class ScoreHistoryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  unitCode: string;

  @Column({ type: 'text' })
  period: string;

  @Column({ type: 'text' })
  methodology: string;

  @Column({ type: 'int' })
  n: number;

  @Column({ type: 'double precision', nullable: true })
  aggregate: number | null;

  @Column({ type: 'double precision', nullable: true })
  aggregateLow: number | null;

  @Column({ type: 'double precision', nullable: true })
  aggregateHigh: number | null;

  @Column({ type: 'jsonb' })
  dimensions: HistoryDimension[];

  /** Sheets counted or removed by this recalculation (empty for a rebuild). */
  @Column({ type: 'int' })
  sheets: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  recalculatedAt: Date;
}
