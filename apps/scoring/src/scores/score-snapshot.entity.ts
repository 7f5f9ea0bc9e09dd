import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { UnitScore } from '@papi/papi';

/** The latest estimate of a unit for a period under one methodology version. */
@Entity('score_snapshot')
export class ScoreSnapshotEntity {
  @PrimaryColumn({ type: 'text' })
  unitCode: string;

  @PrimaryColumn({ type: 'text' })
  period: string;

  @PrimaryColumn({ type: 'text' })
  methodology: string;

  @Column({ type: 'text' })
  provinceCode: string;

  @Column({ type: 'int', default: 0 })
  n: number;

  @Column({ type: 'jsonb', nullable: true })
  score: UnitScore | null;

  @Column({ type: 'uuid', nullable: true })
  lastSubmissionId: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
