import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { UnitScore } from '@papi/papi';

/** The latest estimate of a unit for a period under one methodology version. */
@Entity('score_snapshot')
@Index('ix_score_snapshot_period_province', ['period', 'provinceCode'])
export class ScoreSnapshotEntity {
  @PrimaryColumn({ type: 'text' })
  unitCode: string;

  @PrimaryColumn({ type: 'text' })
  period: string;

  @PrimaryColumn({ type: 'text' })
  methodology: string;

  @Column({ type: 'text' })
  provinceCode: string;

  /** The framework version the unit was scored with (that of its latest sheet). */
  @Column({ type: 'text', nullable: true })
  frameworkVersion: string | null;

  @Column({ type: 'int', default: 0 })
  n: number;

  @Column({ type: 'jsonb', nullable: true })
  score: UnitScore | null;

  @Column({ type: 'uuid', nullable: true })
  lastSubmissionId: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
