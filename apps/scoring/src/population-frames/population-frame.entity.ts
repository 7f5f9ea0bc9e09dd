import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A province's population by weighting cell (sex × age group), valid from a date until the next frame
 * of that province (a census or a yearly estimate). Head counts are stored; shares are derived.
 */
@Entity('population_frame')
export class PopulationFrameEntity {
  @PrimaryColumn({ type: 'text' })
  provinceCode: string;

  @PrimaryColumn({ type: 'date' })
  validFrom: string;

  /** `female:30-39` → head count, all 10 cells. */
  @Column({ type: 'jsonb' })
  cells: Record<string, number>;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
