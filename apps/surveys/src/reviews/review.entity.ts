import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ResponseStatus } from '../responses/response.entity';

export type ReviewDecision = 'accept' | 'reject';

/** Audit of one reviewer decision on a sheet: who, when, what, and the status it changed. */
@Entity('review')
@Index('ix_review_submission', ['submissionId', 'decidedAt'])
export class ReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  submissionId: string;

  @Column({ type: 'uuid' })
  waveId: string;

  @Column({ type: 'text' })
  decision: ReviewDecision;

  @Column({ type: 'text' })
  note: string;

  @Column({ type: 'text' })
  previousStatus: ResponseStatus;

  @Column({ type: 'text' })
  newStatus: ResponseStatus;

  @Column({ type: 'text', nullable: true })
  reviewerUserId: string | null;

  @Column({ type: 'text', nullable: true })
  reviewerRole: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  decidedAt: Date;
}
