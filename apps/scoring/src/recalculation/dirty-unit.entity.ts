import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A (unit, period) whose aggregates changed since its last recalculation. Counting and rejecting mark
 * it in their own transaction; the recalculation worker takes it (FOR UPDATE SKIP LOCKED), rescores the
 * unit once for all the sheets gathered here, and deletes it.
 */
@Entity('dirty_unit')
export class DirtyUnitEntity {
  @PrimaryColumn({ type: 'text' })
  unitCode: string;

  @PrimaryColumn({ type: 'text' })
  period: string;

  @PrimaryColumn({ type: 'text' })
  methodology: string;

  @Column({ type: 'text' })
  provinceCode: string;

  /** The framework of the latest sheet marked: the unit is scored with it. */
  @Column({ type: 'text' })
  frameworkVersion: string;

  /** Sheets counted or removed since the last recalculation (announced in ScoresRecalculated). */
  @Column({ type: 'uuid', array: true })
  submissionIds: string[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  markedAt: Date;
}
