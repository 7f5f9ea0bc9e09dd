import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Per-wave histogram of interview durations (one row per whole second, clamped), updated with each
 * sheet, so the median the speeder rule needs is read from a few thousand rows at most instead of a
 * percentile over every sheet of the wave.
 */
@Entity('wave_duration')
export class WaveDurationEntity {
  @PrimaryColumn({ type: 'uuid' })
  waveId: string;

  @PrimaryColumn({ type: 'int' })
  durationSeconds: number;

  @Column({ type: 'int' })
  sheets: number;
}
