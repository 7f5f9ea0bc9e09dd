import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A reminder for a digest agency, held back from individual sending. Keyed by the reminder's dedupe
 * key, so a redelivered deadline event adds nothing; `digestKey` is set when a digest took it in.
 */
@Entity('digest_entry')
@Index('ix_digest_entry_open', ['agencyId', 'localDate'], { where: 'digest_key IS NULL' })
export class DigestEntryEntity {
  @PrimaryColumn({ type: 'text' })
  dedupeKey: string;

  @Column({ type: 'uuid' })
  agencyId: string;

  /** The local (Asia/Ho_Chi_Minh) day of the digest this reminder belongs to. */
  @Column({ type: 'date' })
  localDate: string;

  @Column({ type: 'uuid' })
  taskId: string;

  @Column({ type: 'text' })
  provinceCode: string;

  @Column({ type: 'text' })
  planNumber: string;

  @Column({ type: 'text' })
  taskTitle: string;

  @Column({ type: 'date' })
  dueDate: string;

  @Column({ type: 'text', nullable: true })
  digestKey: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
