import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type DeliveryStatus = 'pending' | 'sent';

/**
 * One email per dedupe key (a reminder's (task, due date, threshold), or an alert id). The row is
 * written before sending; 'sent' is committed after the SMTP server accepts it. Only a crash between
 * those two steps can send twice, and then with the same Message-ID.
 */
@Entity('delivery')
@Index('ux_delivery_dedupe_key', ['dedupeKey'], { unique: true })
@Index('ix_delivery_pending', ['createdAt'], { where: `status = 'pending'` })
export class DeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  dedupeKey: string;

  @Column({ type: 'text' })
  messageId: string;

  @Column({ type: 'text', default: 'pending' })
  status: DeliveryStatus;

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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
