import { Column, Entity, PrimaryColumn } from 'typeorm';

const PK = 'PK_enumerator_interview';

/**
 * When each sheet's interview took place, per enumerator: the schedule rules' neighbours come from this
 * narrow table through its one index, whatever the planner knows of the wave (see the migration
 * EnumeratorInterview), and without reading the sheets themselves.
 */
@Entity('enumerator_interview')
export class EnumeratorInterviewEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: PK })
  waveId: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: PK })
  enumeratorId: string;

  @PrimaryColumn({ type: 'timestamptz', primaryKeyConstraintName: PK })
  startedAt: Date;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: PK })
  submissionId: string;

  @Column({ type: 'timestamptz' })
  finishedAt: Date;
}
