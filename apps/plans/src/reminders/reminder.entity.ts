import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type ReminderOutcome = 'sent' | 'skipped';

/**
 * One row per (task, due date, threshold): the unique key is what makes the scan safe with several
 * replicas and after downtime. 'skipped' records an earlier threshold superseded by a later one.
 */
@Entity('reminder')
@Index('ux_reminder_dedupe_key', ['dedupeKey'], { unique: true })
export class ReminderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  dedupeKey: string;

  @Column({ type: 'uuid' })
  taskId: string;

  @Column({ type: 'date' })
  dueDate: string;

  @Column({ type: 'text' })
  threshold: string;

  @Column({ type: 'text' })
  outcome: ReminderOutcome;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
