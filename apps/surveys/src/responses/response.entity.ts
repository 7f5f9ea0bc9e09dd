import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { QualityFlag } from '../quality';

export type ResponseStatus = 'received' | 'counted' | 'flagged' | 'rejected';

/**
 * One answer sheet, stored as submitted (with its hash for idempotent resubmission), its indicator
 * values and the columns the quality rules and the review queue search by.
 */
@Entity('response')
@Index('ix_response_wave_unit', ['waveId', 'unitCode'])
@Index('ix_response_wave_status_received', ['waveId', 'status', 'receivedAt'])
@Index('ix_response_wave_received', ['waveId', 'receivedAt', 'submissionId'])
export class ResponseEntity {
  @PrimaryColumn({ type: 'uuid' })
  submissionId: string;

  @Column({ type: 'uuid' })
  waveId: string;

  @Column({ type: 'text' })
  period: string;

  @Column({ type: 'text' })
  provinceCode: string;

  @Column({ type: 'text' })
  unitCode: string;

  @Column({ type: 'text' })
  status: ResponseStatus;

  @Column({ type: 'text' })
  sheetHash: string;

  @Column({ type: 'jsonb' })
  sheet: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  indicators: Record<string, number>;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz' })
  finishedAt: Date;

  @Column({ type: 'int' })
  durationSeconds: number;

  @Column({ type: 'text' })
  enumeratorId: string;

  @Column({ type: 'text', nullable: true })
  respondentKey: string | null;

  /** Post-stratification cell, sex × age group (`female:30-39`). */
  @Column({ type: 'text' })
  weightingCell: string;

  /** Why the quality rules held the sheet back (empty when it was counted at once). */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  flags: QualityFlag[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;
}
