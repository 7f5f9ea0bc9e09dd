import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type DeliveryStatus = 'queued' | 'sent' | 'failed';
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['queued', 'sent', 'failed'];

/**
 * One email per dedupe key (a reminder's (task, due date, threshold), or an alert id): the unique
 * index is what allows at most one 'sent'. The row is written 'queued' before sending; 'sent' is
 * committed after the SMTP server accepts it. Only a crash between those two steps can send twice,
 * and then with the same Message-ID.
 */
@Entity('delivery')
@Index('ux_delivery_dedupe_key', ['dedupeKey'], { unique: true })
@Index('ix_delivery_queued', ['nextAttemptAt'], { where: `status = 'queued'` })
@Index('ix_delivery_task', ['taskId'])
@Index('ix_delivery_province_created', ['provinceCode', 'createdAt'])
export class DeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  dedupeKey: string;

  @Column({ type: 'text' })
  messageId: string;

  @Column({ type: 'text', default: 'queued' })
  status: DeliveryStatus;

  @Column({ type: 'uuid', nullable: true })
  taskId: string | null;

  @Column({ type: 'text', nullable: true })
  provinceCode: string | null;

  /** Lead agency first, then the agencies in copy: the log is searchable by any of them. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  agencyIds: string[];

  @Column({ type: 'text', array: true })
  to: string[];

  @Column({ type: 'text', array: true })
  cc: string[];

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text' })
  html: string;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** The SMTP server's last reply (accept or refusal) or the connection error. */
  @Column({ type: 'text', nullable: true })
  lastResponse: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  failedAt: Date | null;
}
