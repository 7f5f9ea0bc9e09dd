import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditAction = 'created' | 'updated';
export type AuditEntityType = 'agency' | 'plan' | 'task' | 'progress-report';

/**
 * The domain audit trail: who changed which record, when, from what to what. Written in the same
 * transaction as the change, so a committed change always has its entry and a rolled-back one never.
 */
@Entity('audit_entry')
@Index('ix_audit_entry_entity', ['entityType', 'entityId', 'at'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  provinceCode: string;

  @Column({ type: 'text' })
  entityType: AuditEntityType;

  @Column({ type: 'uuid' })
  entityId: string;

  @Column({ type: 'text' })
  action: AuditAction;

  @Column({ type: 'text', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'text', nullable: true })
  actorRole: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'jsonb', nullable: true })
  before: object | null;

  @Column({ type: 'jsonb', nullable: true })
  after: object | null;

  @Column({ type: 'text', nullable: true })
  correlationId: string | null;
}
