import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type ResponseStatus = 'received' | 'counted' | 'flagged' | 'rejected';

/** One answer sheet, stored as submitted (with its hash for idempotent resubmission). */
@Entity('response')
@Index('ix_response_wave_unit', ['waveId', 'unitCode'])
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

  @Column({ type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;
}
