import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A survey period (code such as `2020-Q3`) for one province, asked with one published instrument version. */
@Entity('wave')
@Index('ux_wave_province_code', ['provinceCode', 'code'], { unique: true })
export class WaveEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  provinceCode: string;

  @Column({ type: 'text' })
  code: string;

  /** The instrument's framework version, kept here so scoring events name it without a join. */
  @Column({ type: 'text' })
  frameworkVersion: string;

  /** Null only for waves created before instruments existed (the seeder backfills the seeded one). */
  @Column({ type: 'uuid', nullable: true })
  instrumentId: string | null;

  /** Target sample per unit code (districts before 1 July 2025, communes after). */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  targets: Record<string, number>;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
