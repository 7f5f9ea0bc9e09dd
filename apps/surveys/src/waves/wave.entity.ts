import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A survey period (code such as `2020-Q3`) for one province, read with one framework version. */
@Entity('wave')
@Index('ux_wave_province_code', ['provinceCode', 'code'], { unique: true })
export class WaveEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  provinceCode: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  frameworkVersion: string;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
