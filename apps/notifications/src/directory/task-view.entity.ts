import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Notifications' own copy of tasks, learnt from `plans.tasks` events: progress and agencies for emails. */
@Entity('task_view')
@Index('ix_task_view_lead_agency', ['leadAgencyId'])
export class TaskViewEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  planId: string;

  @Column({ type: 'text' })
  provinceCode: string;

  @Column({ type: 'text' })
  title: string;

  /** PAPI dimension 1–8 the task serves (0: not tied to one); null for rows from before it was kept. */
  @Column({ type: 'smallint', nullable: true })
  dimension: number | null;

  @Column({ type: 'uuid' })
  leadAgencyId: string;

  @Column({ type: 'uuid', array: true })
  coordinatingAgencyIds: string[];

  @Column({ type: 'date' })
  dueDate: string;

  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'int' })
  progressPercent: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
