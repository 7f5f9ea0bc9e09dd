import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type TaskStatus = 'not_started' | 'in_progress' | 'done' | 'cancelled';

/** One task of a plan. "overdue" and "on track" are derived from dates and progress, never stored. */
@Entity('task')
@Index('ix_task_plan', ['planId'])
@Index('ix_task_due_open', ['dueDate'], { where: `status NOT IN ('done', 'cancelled')` })
export class TaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  planId: string;

  @Column({ type: 'text' })
  provinceCode: string;

  @Column({ type: 'int' })
  dimension: number;

  @Column({ type: 'text', nullable: true })
  subDimension: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'uuid' })
  leadAgencyId: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  coordinatingAgencyIds: string[];

  @Column({ type: 'date' })
  dueDate: string;

  @Column({ type: 'text', default: 'not_started' })
  status: TaskStatus;

  @Column({ type: 'int', default: 0 })
  progressPercent: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
