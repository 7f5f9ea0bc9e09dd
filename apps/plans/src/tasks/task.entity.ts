import type { ReportSchedule } from './report-schedule';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type TaskStatus = 'not_started' | 'in_progress' | 'done' | 'cancelled';

/** 'issue-sub-plan': "issue your agency's plan", done when the lead agency's sub-plan is issued. */
export type TaskKind = 'work' | 'issue-sub-plan';

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

  @Column({ type: 'text', default: 'work' })
  kind: TaskKind;

  /** Recurring progress reports; each occurrence is a deadline with the task's reminder rules. */
  @Column({ type: 'jsonb', nullable: true })
  reportSchedule: ReportSchedule | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
