import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What an agency reports on a task: text, the percent done at that point, links to evidence. */
@Entity('progress_report')
@Index('ix_progress_report_task', ['taskId', 'createdAt'])
export class ProgressReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  taskId: string;

  @Column({ type: 'text' })
  provinceCode: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'int' })
  percent: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  evidenceUrls: string[];

  @Column({ type: 'text', nullable: true })
  authorUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
